/**
 * The project's evidence workspace: sources on the left; the reader, claims, suggestions,
 * conflicts and the options & criteria on the right. Files dropped anywhere on the tab import.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react'
import type { Claim } from '../../shared/domain/evidence'
import type { Project } from '../../shared/domain/project'
import type { Focus } from '../ui/useHashRoute'
import { errorMessage } from '../api/client'
import { ClaimEditor, type ClaimDraft } from './ClaimEditor'
import { ClaimsView } from './ClaimsView'
import { ConflictsView } from './ConflictsView'
import { ImportDialog } from './ImportDialog'
import { OptionsCriteriaView } from './OptionsCriteriaView'
import { useClaim, useConflictSummary, useCriteria, useOptions, useSourceClaims, useSources } from './queries'
import { ReaderPane } from './ReaderPane'
import { SourceList } from './SourceList'
import { SuggestionsView } from './SuggestionsView'
import type { FocusRequest } from './Reader'
import { useClaimActions, useNames } from './useEvidence'
import { useFileImport } from './useFileImport'
import './sources.css'

export type EvidenceView = 'reader' | 'claims' | 'suggestions' | 'conflicts' | 'tags'

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')

export function SourcesTab({ project, focus: routeFocus = null }: { project: Project; focus?: Focus | null }) {
  const projectId = project.id
  const [chosenSourceId, setChosenSourceId] = useState<number | null>(null)
  const [view, setView] = useState<EvidenceView>('reader')
  const [selectedClaimId, setSelectedClaimId] = useState<number | null>(null)
  const [focus, setFocus] = useState<FocusRequest | null>(null)
  const [draft, setDraft] = useState<ClaimDraft | null>(null)
  const [importing, setImporting] = useState(false)
  const [dragging, setDragging] = useState(false)

  const sources = useSources(projectId)
  const options = useOptions(projectId)
  const criteria = useCriteria(projectId)
  const names = useNames(projectId)
  const actions = useClaimActions(projectId)

  const sourceList = useMemo(() => sources.data ?? [], [sources.data])
  const sourceId = sourceList.some((s) => s.id === chosenSourceId) ? chosenSourceId : (sourceList[0]?.id ?? null)
  const sourceClaims = useSourceClaims(projectId, sourceId)
  const readerClaims = useMemo(() => (sourceClaims.data ?? []).filter((c) => c.status !== 'dismissed'), [sourceClaims.data])
  // The counts come with the source list, so no view loads every claim of the project just to count them.
  const accepted = sourceList.reduce((n, s) => n + s.claimCount, 0)
  const suggested = sourceList.reduce((n, s) => n + s.suggestionCount, 0)
  // Conflicts are worked out after the first screen is drawn: on a large project that takes longer than the rest.
  const firstScreenDrawn = sources.isSuccess && (sourceId === null || sourceClaims.isFetched)
  const conflicts = useConflictSummary(projectId, firstScreenDrawn || view === 'conflicts')

  const showSource = useCallback((id: number) => {
    setChosenSourceId(id)
    setSelectedClaimId(null)
    setView('reader')
  }, [])
  const files = useFileImport(projectId, showSource)
  const openClaim = useCallback((claim: Claim) => {
    setChosenSourceId(claim.sourceId)
    setView('reader')
    setSelectedClaimId(claim.id)
    setFocus({ claimId: claim.id, nonce: Date.now() })
  }, [])
  // A link from elsewhere (Compare, search) names a source or claim to show once the data is here.
  // Handled once per link, so later claim edits do not pull the reader back.
  const linkedClaim = useClaim(projectId, routeFocus?.kind === 'claim' ? routeFocus.id : null).data
  const handledFocus = useRef<string | null>(null)
  useEffect(() => {
    const key = routeFocus ? `${routeFocus.kind}:${routeFocus.id}` : null
    if (!routeFocus || key === handledFocus.current) return
    if (routeFocus.kind === 'source') {
      handledFocus.current = key
      showSource(routeFocus.id)
    }
    if (routeFocus.kind === 'claim' && linkedClaim?.id === routeFocus.id) {
      handledFocus.current = key
      openClaim(linkedClaim)
    }
  }, [routeFocus, linkedClaim, showSource, openClaim])
  const edit = (claim: Claim) => setDraft({ mode: claim.status === 'suggested' ? 'accept' : 'edit', claim })

  const drop = (event: DragEvent) => {
    if (!hasFiles(event)) return
    event.preventDefault()
    setDragging(false)
    setImporting(true)
    files.run([...event.dataTransfer.files])
  }

  const error = [sources, sourceClaims, conflicts, options, criteria].find((q) => q.isError)?.error
  const tabs: { id: EvidenceView; label: string; count?: number | null; alert?: boolean }[] = [
    { id: 'reader', label: 'Reader' },
    { id: 'claims', label: 'Claims', count: accepted },
    { id: 'suggestions', label: 'Suggestions', count: suggested },
    { id: 'conflicts', label: 'Conflicts', count: conflicts.data?.pairs ?? null, alert: (conflicts.data?.open ?? 0) > 0 },
    { id: 'tags', label: 'Options & criteria' },
  ]

  return (
    <div
      className={`sources${dragging ? ' is-dragging' : ''}`}
      data-testid="sources-tab"
      onDragOver={(event) => { if (hasFiles(event)) { event.preventDefault(); setDragging(true) } }}
      onDragLeave={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false) }}
      onDrop={drop}
    >
      <SourceList sources={sourceList} selectedId={view === 'reader' ? sourceId : null} onSelect={showSource} onImport={() => setImporting(true)} />
      <div className="sources-main">
        <div className="segmented segmented--views" role="group" aria-label="Evidence views">
          {tabs.map(({ id, label, count, alert }) => (
            <button key={id} type="button" aria-pressed={view === id} data-testid={`view-${id}`}
              className={`segmented__item${view === id ? ' is-selected' : ''}`} onClick={() => setView(id)}>
              {label}
              {count !== undefined && (
                <span className={`count${alert ? ' count--alert' : ''}`} data-testid={`${id}-count`} aria-busy={count === null}
                  title={id === 'conflicts' && conflicts.data ? `${conflicts.data.open.toLocaleString()} without a preferred claim` : undefined}>
                  {count === null ? '…' : count.toLocaleString()}
                </span>
              )}
            </button>
          ))}
        </div>
        {error ? (
          <p className="form-error" role="alert">{errorMessage(error)}</p>
        ) : (
          <div className="sources-view">
            {view === 'reader' && (
              <ReaderPane projectId={projectId} sourceId={sourceId} hasSources={sourceList.length > 0} hasOptions={(options.data?.length ?? 0) > 0}
                summary={sourceList.find((s) => s.id === sourceId) ?? null}
                claims={readerClaims} names={names} selectedClaimId={selectedClaimId} focus={focus}
                onSelectClaim={setSelectedClaimId} onOpenClaim={openClaim} onEditClaim={edit} onDeleteClaim={actions.remove}
                onAddClaim={(passage) => sourceId !== null && setDraft({ mode: 'create', sourceId, passage })}
                onImport={() => setImporting(true)} onShowSuggestions={() => setView('suggestions')}
                onDeleted={() => setChosenSourceId(null)} onRestored={showSource} />
            )}
            {view === 'claims' && (
              <ClaimsView projectId={projectId} total={accepted} options={options.data ?? []} criteria={criteria.data ?? []} names={names}
                onOpen={openClaim} onEdit={edit} onDelete={actions.remove} />
            )}
            {view === 'suggestions' && (
              <SuggestionsView projectId={projectId} sources={sourceList} names={names} onOpen={openClaim} onEdit={edit} />
            )}
            {view === 'conflicts' && <ConflictsView projectId={projectId} summary={conflicts.data} names={names} onOpen={openClaim} />}
            {view === 'tags' && <OptionsCriteriaView projectId={projectId} options={options.data ?? []} criteria={criteria.data ?? []} />}
          </div>
        )}
      </div>
      <ImportDialog projectId={projectId} open={importing} onClose={() => setImporting(false)} files={files} onImported={showSource} />
      {draft && (
        <ClaimEditor projectId={projectId} draft={draft} options={options.data ?? []} criteria={criteria.data ?? []}
          onClose={() => setDraft(null)}
          onSaved={(claim) => {
            setDraft(null)
            window.getSelection()?.removeAllRanges()
            if (claim.status === 'accepted' && view === 'reader') setSelectedClaimId(claim.id)
          }} />
      )}
      {dragging && <div className="drop-overlay" aria-hidden="true">Drop files to import them</div>}
    </div>
  )
}
