/**
 * Exporting the records as Markdown files into a folder, usually a repository's decisions folder.
 * Files someone changed on disk are never overwritten silently: the service writes nothing and
 * lists them, and the user picks, per file, what happens on the next try.
 */
import { useMemo, useState } from 'react'
import { adrFileName, adrFolderFor, adrIndexFileName } from '../../shared/adr/render'
import { adrDialects, type AdrDialect, type ConflictChoice, type DecisionSummary, type ExportReport } from '../../shared/domain/decision'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Icon } from '../ui/Icon'
import { plural } from '../ui/format'
import { ConflictChoices, ExportResult } from './ExportReportView'
import { dialectLabels } from './labels'
import { chooseFolder, useExportDecisions, useExportSettings } from './queries'

type Props = { projectId: number; decisions: DecisionSummary[]; onClose: () => void }

/** `folder` + the dialect's usual subfolder, written with the folder's own separator. */
function withSubfolder(folder: string, sub: string): string {
  const windows = folder.includes('\\') && !folder.includes('/')
  const base = folder.replace(/[\\/]+$/, '')
  return `${base}${windows ? '\\' : '/'}${windows ? sub.replaceAll('/', '\\') : sub}`
}

export function ExportDialog(props: Props) {
  const settings = useExportSettings(props.projectId)
  if (!settings.data) return null
  return <ExportForm {...props} initialFolder={settings.data.folder ?? ''} initialDialect={settings.data.dialect} />
}

function ExportForm({ projectId, decisions, onClose, initialFolder, initialDialect }: Props & { initialFolder: string; initialDialect: AdrDialect }) {
  const [folder, setFolder] = useState(initialFolder)
  const [dialect, setDialect] = useState<AdrDialect>(initialDialect)
  const [report, setReport] = useState<ExportReport | null>(null)
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({})
  const [pickError, setPickError] = useState<string | null>(null)
  const exporter = useExportDecisions(projectId)
  const sub = adrFolderFor(dialect)
  const files = useMemo(
    () => [...[...decisions].sort((a, b) => a.number - b.number).map((d) => adrFileName(d, dialect)), adrIndexFileName(dialect)],
    [decisions, dialect],
  )
  const conflicts = report?.conflicts ?? []
  const done = report !== null && conflicts.length === 0
  const undecided = conflicts.some((c) => !choices[c.fileName])

  // A new folder or format is a new export: earlier answers no longer apply.
  const restart = () => {
    setReport(null)
    setChoices({})
    exporter.reset()
  }
  const pick = async () => {
    setPickError(null)
    try {
      const chosen = await chooseFolder('Export decision records to', folder.trim() || null)
      if (chosen) {
        setFolder(chosen)
        restart()
      }
    } catch (error) {
      setPickError(errorMessage(error))
    }
  }
  const submit = () => {
    if (done) return onClose()
    const resolutions = conflicts.length > 0 ? choices : undefined
    exporter.mutate({ folder: folder.trim(), dialect, resolutions }, { onSuccess: setReport })
  }

  return (
    <Dialog title={done ? 'Export finished' : 'Export decision records'} open onClose={onClose} onSubmit={submit} testId="export-dialog"
      footer={<>
        <button type="button" className="button" onClick={onClose}>{done ? 'Close' : 'Cancel'}</button>
        {!done && (
          <button type="submit" className="button button--primary" disabled={!folder.trim() || exporter.isPending || undecided} data-testid="export-submit">
            {conflicts.length > 0 ? 'Export with these choices' : exporter.isPending ? 'Exporting…' : `Export ${plural(files.length, 'file')}`}
          </button>
        )}
      </>}>
      {done ? (
        <ExportResult report={report} />
      ) : (
        <div className="export" data-testid="export-form">
          <div className="field">
            <label className="field__label" htmlFor="export-folder">Folder</label>
            <div className="export__folder">
              <input id="export-folder" className="input" value={folder} placeholder="/path/to/repo/docs/decisions" spellCheck={false}
                onChange={(e) => { setFolder(e.target.value); restart() }} data-testid="export-folder" />
              <button type="button" className="button" onClick={() => void pick()} data-testid="choose-folder">
                <Icon name="folder" size={14} /> Choose…
              </button>
            </div>
            <span className="field__hint" data-testid="export-hint">
              {dialectLabels[dialect]} keeps records in <code>{sub}</code> of the repository.
              {folder.trim() && !folder.replace(/[\\/]+$/, '').replaceAll('\\', '/').endsWith(sub) && (
                <> <button type="button" className="link-button" onClick={() => { setFolder(withSubfolder(folder.trim(), sub)); restart() }}>Add {sub}</button></>
              )}
            </span>
            {pickError && <p className="form-error" role="alert">{pickError}</p>}
          </div>
          <div className="field">
            <span className="field__label" id="export-dialect-label">Format</span>
            <div className="segmented segmented--full" role="radiogroup" aria-labelledby="export-dialect-label">
              {adrDialects.map((d) => (
                <button key={d} type="button" role="radio" aria-checked={dialect === d} className={`segmented__item${dialect === d ? ' is-selected' : ''}`}
                  onClick={() => { setDialect(d); restart() }} data-testid={`export-dialect-${d}`}>
                  {dialectLabels[d]}
                </button>
              ))}
            </div>
          </div>
          {conflicts.length > 0 ? (
            <ConflictChoices conflicts={conflicts} choices={choices} onChoose={(file, choice) => setChoices((all) => ({ ...all, [file]: choice }))} />
          ) : (
            <div className="field">
              <span className="field__label">Files to write</span>
              <ul className="export__files" data-testid="export-files">
                {files.map((name) => <li key={name}>{name}</li>)}
              </ul>
            </div>
          )}
          {exporter.error && <p className="form-error" role="alert" data-testid="export-error">{errorMessage(exporter.error)}</p>}
        </div>
      )}
    </Dialog>
  )
}
