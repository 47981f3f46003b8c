/**
 * Claims that cannot both be true, side by side, so the user can say which one to believe and why.
 * The view lists option × criterion groups from the counts; a group's pairs load when it is opened.
 */
import { useState } from 'react'
import type { Claim, Conflict, ConflictCellSummary, ConflictSummary } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { plural } from '../ui/format'
import { ClaimMeta, ClaimTags, type Names } from './ClaimCard'
import { GroupLoadState } from './GroupLoadState'
import { useCellConflicts, useResolveConflict } from './queries'

type Props = { projectId: number; summary: ConflictSummary | undefined; names: Names; onOpen: (claim: Claim) => void }

// Groups opened by themselves: a few, so that a project with many conflicting cells does not load them all at once.
const OPEN_AT_START = 3
// Pairs drawn at once in a group; a cell with thousands of pairs shows more on request.
const PAGE = 50

export function ConflictsView({ projectId, summary, names, onOpen }: Props) {
  if (!summary) return <div className="conflicts-view" data-testid="conflicts-view" aria-busy="true"><p className="view-intro">Looking for conflicting claims…</p></div>
  if (summary.pairs === 0) {
    return (
      <div className="empty-state empty-state--compact" data-testid="conflicts-view">
        <h2>No conflicting claims</h2>
        <p>When two accepted claims about the same option and criterion disagree — figures that do not overlap, or one for and one against — they appear here.</p>
      </div>
    )
  }
  // Disagreeing figures first: they move proposed scores. Then the groups with the most left to settle.
  const groups = [...summary.cells].sort((a, b) => Number(b.numeric > 0) - Number(a.numeric > 0) || b.open - a.open)
  let openAtStart = 0
  return (
    <div className="conflicts-view" data-testid="conflicts-view">
      <p className="view-intro">
        {summary.open === 0 ? 'Every conflict has a preferred claim.' : `${summary.open.toLocaleString()} of ${plural(summary.pairs, 'conflict')} without a preferred claim.`} Prefer the claim you trust more; the note records why.
      </p>
      {groups.map((group) => {
        const startOpen = (group.numeric > 0 || group.pairs <= 2) && openAtStart++ < OPEN_AT_START
        return <ConflictGroup key={`${group.optionId}:${group.criterionId}:${projectId}`} projectId={projectId} group={group} startOpen={startOpen} names={names} onOpen={onOpen} />
      })}
    </div>
  )
}

type GroupProps = { projectId: number; group: ConflictCellSummary; startOpen: boolean; names: Names; onOpen: (claim: Claim) => void }

/** One option × criterion: several sources for and against make many pairs, read together. */
function ConflictGroup({ projectId, group, startOpen, names, onOpen }: GroupProps) {
  const [open, setOpen] = useState(startOpen)
  const [limit, setLimit] = useState(PAGE)
  const pairs = useCellConflicts(projectId, group.optionId, group.criterionId, open)
  const figuresOnly = group.numeric === group.pairs
  return (
    <details className="conflict-group" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="conflict-group">
      <summary className="conflict-group__summary">
        <span className="conflict-group__title">
          {names.options.get(group.optionId) ?? 'Option'} on {names.criteria.get(group.criterionId) ?? 'criterion'}
        </span>
        <span className="conflict-group__meta">
          {group.numeric === 0 ? 'for and against' : figuresOnly ? 'figures disagree' : 'figures disagree, for and against'} · {plural(group.pairs, 'pair')}
          {group.open > 0 ? `, ${group.open.toLocaleString()} open` : ', all settled'}
        </span>
      </summary>
      <GroupLoadState open={open} query={pairs} loading="Loading the pairs…" />
      {pairs.data?.slice(0, limit).map((conflict) => (
        <ConflictCard key={`${conflict.claimA.id}:${conflict.claimB.id}`} projectId={projectId} conflict={conflict} names={names} onOpen={onOpen} />
      ))}
      {pairs.data && pairs.data.length > limit && (
        <button type="button" className="button show-more" onClick={() => setLimit((n) => n + PAGE * 4)}>
          Show more ({(pairs.data.length - limit).toLocaleString()} not shown)
        </button>
      )}
    </details>
  )
}

function ConflictCard({ projectId, conflict, names, onOpen }: { projectId: number; conflict: Conflict; names: Names; onOpen: (claim: Claim) => void }) {
  const [note, setNote] = useState(conflict.note)
  const resolve = useResolveConflict(projectId)
  const { claimA, claimB, preferredClaimId } = conflict
  const save = (preferred: number | null) =>
    resolve.mutate({ projectId, claimAId: claimA.id, claimBId: claimB.id, preferredClaimId: preferred, note })
  const choices: { label: string; value: number | null }[] = [
    { label: 'Prefer left', value: claimA.id },
    { label: 'No preference', value: null },
    { label: 'Prefer right', value: claimB.id },
  ]
  return (
    <article className={`conflict${preferredClaimId !== null ? ' is-resolved' : ''}`} data-testid="conflict-card">
      <header className="conflict__header">
        <span className={`kind kind--${conflict.kind}`}>{conflict.kind === 'numeric' ? 'Figures disagree' : 'For and against'}</span>
        <p className="conflict__explanation" data-testid="conflict-explanation">{conflict.explanation}</p>
      </header>
      <div className="conflict__sides">
        {[claimA, claimB].map((claim, index) => (
          <ConflictSide key={claim.id} claim={claim} names={names} side={index === 0 ? 'Left' : 'Right'}
            state={preferredClaimId === null ? 'open' : preferredClaimId === claim.id ? 'preferred' : 'other'} onOpen={onOpen} />
        ))}
      </div>
      <footer className="conflict__footer">
        <div className="segmented" role="radiogroup" aria-label="Which claim to prefer">
          {choices.map(({ label, value }) => (
            <button key={label} type="button" role="radio" aria-checked={preferredClaimId === value}
              className={`segmented__item${preferredClaimId === value ? ' is-selected' : ''}`} disabled={resolve.isPending} onClick={() => save(value)}>
              {label}
            </button>
          ))}
        </div>
        <input className="input input--small conflict__note" aria-label="Why" placeholder="Why? e.g. it names its hardware and versions"
          value={note} onChange={(e) => setNote(e.target.value)} onBlur={() => note !== conflict.note && save(preferredClaimId)} />
      </footer>
      {resolve.isError && <p className="form-error" role="alert">{errorMessage(resolve.error)}</p>}
    </article>
  )
}

type SideProps = { claim: Claim; names: Names; side: string; state: 'open' | 'preferred' | 'other'; onOpen: (claim: Claim) => void }

function ConflictSide({ claim, names, side, state, onOpen }: SideProps) {
  return (
    <div className={`conflict-side conflict-side--${state}`} data-testid="conflict-side">
      <div className="conflict-side__label">
        {side}
        {state === 'preferred' && <span className="flag flag--preferred">Preferred</span>}
        {claim.isParaphrase && <span className="flag">Paraphrase</span>}
      </div>
      {claim.start !== null ? (
        <button type="button" className="claim__quote claim__quote--button" onClick={() => onOpen(claim)} title="Show in the reader">“{claim.quote}”</button>
      ) : (
        <p className="claim__quote">{claim.quote}</p>
      )}
      <ClaimTags claim={claim} names={names} />
      <ClaimMeta claim={claim} />
    </div>
  )
}
