/**
 * Passages Arbiter found on import that look like claims, waiting to be accepted, edited or
 * dismissed, one group per source. The source list already counts them, so a group loads its
 * suggestions only when it is opened (the first few open by themselves).
 */
import { useMemo, useState } from 'react'
import type { Claim, SourceSummary } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { plural } from '../ui/format'
import { useToasts } from '../ui/Toasts'
import { ClaimCard, type Names } from './ClaimCard'
import { GroupLoadState } from './GroupLoadState'
import { formatDate } from './evidence-format'
import { useAcceptClaim, useAcceptClaims, useSourceClaims } from './queries'
import { useClaimActions } from './useEvidence'

type Actions = { onOpen: (claim: Claim) => void; onEdit: (claim: Claim) => void }
type GroupActions = Actions & { onDismiss: (claim: Claim) => void }
type Props = Actions & { projectId: number; sources: SourceSummary[]; names: Names }

const OPEN_AT_START = 3
const PER_SOURCE = 100

export function SuggestionsView({ projectId, sources, names, ...actions }: Props) {
  // Here, not in a group: dismissing a source's last suggestion removes its group, and the Undo
  // toast must still appear once the dismissal is saved.
  const { dismiss } = useClaimActions(projectId)
  const waiting = sources.filter((s) => s.suggestionCount > 0)
  if (waiting.length === 0) {
    return (
      <div className="empty-state empty-state--compact" data-testid="suggestions-view">
        <h2>No suggestions waiting</h2>
        <p>When you import a source, Arbiter proposes passages that mention your options with a criterion or a figure. They appear here for review.</p>
      </div>
    )
  }
  return (
    <div className="suggestions-view" data-testid="suggestions-view">
      {waiting.map((source, index) => (
        <SuggestionGroup key={source.id} projectId={projectId} source={source} startOpen={index < OPEN_AT_START} names={names} onDismiss={dismiss} {...actions} />
      ))}
    </div>
  )
}

type GroupProps = GroupActions & { projectId: number; source: SourceSummary; startOpen: boolean; names: Names }

function SuggestionGroup({ projectId, source, startOpen, names, onOpen, onEdit, onDismiss }: GroupProps) {
  const [open, setOpen] = useState(startOpen)
  const [showAll, setShowAll] = useState(false)
  const query = useSourceClaims(projectId, source.id, open)
  const claims = useMemo(() => (query.data ?? []).filter((c) => c.status === 'suggested'), [query.data])
  const accept = useAcceptClaim(projectId)
  const acceptAll = useAcceptClaims(projectId)
  const toasts = useToasts()
  const fail = (error: unknown) => toasts.show({ message: errorMessage(error), tone: 'error' })
  const shown = showAll ? claims : claims.slice(0, PER_SOURCE)
  return (
    <details className="claim-group" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="suggestion-group">
      <summary className="claim-group__title">
        {source.title}
        <span className="claim-group__sub">{source.publisher ?? source.author ?? ''} · {formatDate(source.publishedDate)}</span>
        <span className="count">{source.suggestionCount.toLocaleString()}</span>
        {query.data && claims.length > 0 && (
          <button type="button" className="button button--small claim-group__action" disabled={acceptAll.isPending}
            onClick={(event) => { event.preventDefault(); acceptAll.mutate(claims.map((c) => c.id), { onError: fail }) }}>
            Accept all {claims.length}
          </button>
        )}
      </summary>
      <GroupLoadState open={open} query={query} loading="Loading suggestions…" />
      <div className="claim-grid">
        {shown.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} names={names} showSource={false} onOpen={onOpen}
            actions={
              <>
                <button type="button" className="button button--small button--accept" onClick={() => accept.mutate({ id: claim.id }, { onError: fail })}>Accept</button>
                <button type="button" className="button button--small" onClick={() => onEdit(claim)}>Edit</button>
                <button type="button" className="button button--small button--subtle" onClick={() => onDismiss(claim)}>Dismiss</button>
              </>
            }
          />
        ))}
      </div>
      {shown.length < claims.length && (
        <button type="button" className="button show-more" onClick={() => setShowAll(true)}>
          Show all {plural(claims.length, 'suggestion')}
        </button>
      )}
    </details>
  )
}
