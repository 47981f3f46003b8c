/** Passages Arbiter found on import that look like claims, waiting to be accepted, edited or dismissed. */
import { useMemo, useState } from 'react'
import type { Claim, SourceSummary } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { plural } from '../ui/format'
import { useToasts } from '../ui/Toasts'
import { ClaimCard, type Names } from './ClaimCard'
import { formatDate } from './evidence-format'
import { useAcceptClaim, useAcceptClaims, useClaimsWithStatus } from './queries'
import { useClaimActions } from './useEvidence'

type Props = {
  projectId: number
  sources: SourceSummary[]
  names: Names
  onOpen: (claim: Claim) => void
  onEdit: (claim: Claim) => void
}

const PER_SOURCE = 100

export function SuggestionsView({ projectId, sources, names, onOpen, onEdit }: Props) {
  const query = useClaimsWithStatus(projectId, 'suggested')
  const suggestions = query.data
  const accept = useAcceptClaim(projectId)
  const acceptAll = useAcceptClaims(projectId)
  const actions = useClaimActions(projectId)
  const toasts = useToasts()
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())

  const groups = useMemo(() => {
    const bySource = Map.groupBy(suggestions ?? [], (claim: Claim) => claim.sourceId)
    return sources.filter((s) => bySource.has(s.id)).map((source) => ({ source, claims: bySource.get(source.id)! }))
  }, [suggestions, sources])

  if (query.isError) return <p className="form-error" role="alert">{errorMessage(query.error)}</p>
  if (!suggestions) return <div className="suggestions-view" data-testid="suggestions-view" aria-busy="true"><p className="view-intro">Loading suggestions…</p></div>

  if (groups.length === 0) {
    return (
      <div className="empty-state empty-state--compact" data-testid="suggestions-view">
        <h2>No suggestions waiting</h2>
        <p>When you import a source, Arbiter proposes passages that mention your options with a criterion or a figure. They appear here for review.</p>
      </div>
    )
  }
  const fail = (error: unknown) => toasts.show({ message: errorMessage(error), tone: 'error' })
  return (
    <div className="suggestions-view" data-testid="suggestions-view">
      {groups.map(({ source, claims }) => {
        const shown = expanded.has(source.id) ? claims : claims.slice(0, PER_SOURCE)
        return (
          <section key={source.id} className="claim-group" data-testid="suggestion-group">
            <div className="claim-group__header">
              <h3 className="claim-group__title">
                {source.title}
                <span className="claim-group__sub">{source.publisher ?? source.author ?? ''} · {formatDate(source.publishedDate)}</span>
                <span className="count">{claims.length}</span>
              </h3>
              <button type="button" className="button button--small" disabled={acceptAll.isPending}
                onClick={() => acceptAll.mutate(claims.map((c) => c.id), { onError: fail })}>
                Accept all {claims.length}
              </button>
            </div>
            <div className="claim-grid">
              {shown.map((claim) => (
                <ClaimCard key={claim.id} claim={claim} names={names} showSource={false} onOpen={onOpen}
                  actions={
                    <>
                      <button type="button" className="button button--small button--accept" onClick={() => accept.mutate({ id: claim.id }, { onError: fail })}>Accept</button>
                      <button type="button" className="button button--small" onClick={() => onEdit(claim)}>Edit</button>
                      <button type="button" className="button button--small button--subtle" onClick={() => actions.dismiss(claim)}>Dismiss</button>
                    </>
                  }
                />
              ))}
            </div>
            {shown.length < claims.length && (
              <button type="button" className="button show-more" onClick={() => setExpanded((s) => new Set([...s, source.id]))}>
                Show all {plural(claims.length, 'suggestion')}
              </button>
            )}
          </section>
        )
      })}
    </div>
  )
}
