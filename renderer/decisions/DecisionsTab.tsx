/**
 * The project's architecture decision records: the list (filter, search, create, import,
 * export) or, once one is opened, its editor. Deleting asks first and can be undone.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AdrDialect, Decision, DecisionStatus, ImportReport } from '../../shared/domain/decision'
import type { Project } from '../../shared/domain/project'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { useToasts } from '../ui/Toasts'
import type { Focus } from '../ui/useHashRoute'
import { linkTargetsOf } from './AdrPreview'
import { DecisionEditor } from './DecisionEditor'
import { DecisionFilters, DecisionList } from './DecisionList'
import { DecisionsEmpty, DecisionsToolbar } from './DecisionsToolbar'
import { ExportDialog } from './ExportDialog'
import { ImportReportDialog } from './ImportReportDialog'
import { recordNumber } from './labels'
import { chooseFolder, useCreateDecision, useDecision, useDecisions, useExportSettings, useImportFolder, useRemoveDecision, useRestoreDecision } from './queries'
import { useDebounced } from '../ui/useDebounced'
import './decisions.css'

/** `focus` names a record to open (a search hit, or a link that points at one decision). */
export function DecisionsTab({ project, focus = null }: { project: Project; focus?: Focus | null }) {
  const projectId = project.id
  const toasts = useToasts()
  const focusId = focus?.kind === 'decision' ? focus.id : null
  const [openId, setOpenId] = useState<number | null>(focusId)
  const [status, setStatus] = useState<DecisionStatus | null>(null)
  const [query, setQuery] = useState('')
  const [exporting, setExporting] = useState(false)
  const [imported, setImported] = useState<{ folder: string; report: ImportReport } | null>(null)
  const [deleting, setDeleting] = useState<Decision | null>(null)
  const [chosenDialect, setDialect] = useState<AdrDialect | null>(null)
  const all = useDecisions(projectId)
  const shown = useDecisions(projectId, status, useDebounced(query, 150))
  const opened = useDecision(projectId, openId ?? 0, openId !== null)
  const settings = useExportSettings(projectId)
  const create = useCreateDecision(projectId)
  const importer = useImportFolder(projectId)
  const remove = useRemoveDecision(projectId)
  const restore = useRestoreDecision(projectId)
  const dialect = chosenDialect ?? settings.data?.dialect ?? 'madr'
  const failed = (error: Error) => toasts.show({ message: errorMessage(error), tone: 'error' })

  // A new focus (another search hit) opens its record even when the tab is already showing.
  useEffect(() => {
    if (focusId !== null) setOpenId(focusId)
  }, [focusId])
  // A record deleted elsewhere (or a stale link) closes back to the list.
  useEffect(() => {
    if (opened.isError) setOpenId(null)
  }, [opened.isError])

  const records = useMemo(() => all.data ?? [], [all.data])
  const counts = useMemo(() => {
    const byStatus = new Map<DecisionStatus, number>()
    for (const d of records) byStatus.set(d.status, (byStatus.get(d.status) ?? 0) + 1)
    return byStatus
  }, [records])
  const linkTargets = useCallback((d: AdrDialect) => linkTargetsOf(records, d), [records])

  const createNew = (fromComparison: boolean) => create.mutate(fromComparison, { onSuccess: (d) => setOpenId(d.id), onError: failed })
  const importFolder = async () => {
    try {
      const folder = await chooseFolder('Import decision records from a folder', null)
      if (!folder) return
      importer.mutate(folder, { onSuccess: (report) => setImported({ folder, report }), onError: failed })
    } catch (error) {
      failed(error as Error)
    }
  }
  const confirmDelete = (decision: Decision) =>
    remove.mutate(decision.id, {
      onSuccess: () => {
        setDeleting(null)
        setOpenId(null)
        toasts.show({
          message: `Deleted ${recordNumber(decision.number)} ${decision.title}.`,
          actionLabel: 'Undo',
          onAction: () => restore.mutate(decision.id, { onError: failed }),
        })
      },
      onError: failed,
    })

  const actions = { onCreate: createNew, creating: create.isPending, onImport: () => void importFolder(), importing: importer.isPending, onExport: () => setExporting(true) }

  return (
    <div className={openId !== null ? 'decisions decisions--editing' : 'decisions'} data-testid="decisions-tab">
      {openId !== null ? (
        opened.data ? (
          <DecisionEditor key={opened.data.id} decision={opened.data} dialect={dialect} onDialect={setDialect} linkTargets={linkTargets}
            onClose={() => setOpenId(null)} onOpen={setOpenId} onDelete={setDeleting}
            onOpenNumber={(n) => setOpenId(records.find((d) => d.number === n)?.id ?? openId)} />
        ) : (
          <p className="decisions__loading" aria-busy="true">Loading the decision…</p>
        )
      ) : all.isError ? (
        <p className="form-error" role="alert">Could not load the decisions: {errorMessage(all.error)}</p>
      ) : !all.data ? (
        <p className="decisions__loading" aria-busy="true">Loading decisions…</p>
      ) : records.length === 0 ? (
        <DecisionsEmpty projectName={project.name} {...actions} />
      ) : (
        <>
          <DecisionsToolbar {...actions}>
            <DecisionFilters status={status} onStatus={setStatus} query={query} onQuery={setQuery} counts={counts} />
          </DecisionsToolbar>
          {shown.data && shown.data.length > 0 ? (
            <DecisionList decisions={shown.data} onOpen={setOpenId} />
          ) : (
            <p className="decisions__none" data-testid="decisions-none">{shown.data ? 'No decisions match.' : 'Searching…'}</p>
          )}
        </>
      )}
      {exporting && <ExportDialog projectId={projectId} decisions={records} onClose={() => setExporting(false)} />}
      {imported && <ImportReportDialog folder={imported.folder} report={imported.report} onClose={() => setImported(null)} />}
      <Dialog title={deleting ? `Delete ${recordNumber(deleting.number)}?` : ''} open={deleting !== null} tone="danger" testId="delete-decision-dialog"
        onClose={() => setDeleting(null)} onSubmit={() => deleting && confirmDelete(deleting)}
        footer={<>
          <button type="button" className="button" onClick={() => setDeleting(null)}>Cancel</button>
          <button type="submit" className="button button--danger" disabled={remove.isPending} data-testid="confirm-delete">Delete decision</button>
        </>}>
        <p>“{deleting?.title}” is removed from the list and from future exports. You can undo this right after.</p>
      </Dialog>
    </div>
  )
}
