/** Claims that cannot both be true, side by side, so the user can say which one to believe and why. */
import { useState } from 'react'
import type { Claim, Conflict } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { ClaimMeta, ClaimTags, type Names } from './ClaimCard'
import { useResolveConflict } from './queries'

type Props = { projectId: number; conflicts: Conflict[]; names: Names; onOpen: (claim: Claim) => void }

export function ConflictsView({ projectId, conflicts, names, onOpen }: Props) {
  if (conflicts.length === 0) {
    return (
      <div className="empty-state empty-state--compact" data-testid="conflicts-view">
        <h2>No conflicting claims</h2>
        <p>When two accepted claims about the same option and criterion disagree — figures that do not overlap, or one for and one against — they appear here.</p>
      </div>
    )
  }
  const open = conflicts.filter((c) => c.preferredClaimId === null).length
  return (
    <div className="conflicts-view" data-testid="conflicts-view">
      <p className="view-intro">
        {open === 0 ? 'Every conflict has a preferred claim.' : `${open} of ${conflicts.length} without a preferred claim.`} Prefer the claim you trust more; the note records why.
      </p>
      {groupConflicts(conflicts).map((group) => (
        <details key={group.key} className="conflict-group" open={group.numeric || group.conflicts.length <= 2} data-testid="conflict-group">
          <summary className="conflict-group__summary">
            <span className="conflict-group__title">
              {names.options.get(group.optionId) ?? 'Option'} on {names.criteria.get(group.criterionId) ?? 'criterion'}
            </span>
            <span className="conflict-group__meta">
              {group.numeric ? 'figures disagree' : 'for and against'} · {group.conflicts.length} {group.conflicts.length === 1 ? 'pair' : 'pairs'}
              {group.open > 0 ? `, ${group.open} open` : ', all settled'}
            </span>
          </summary>
          {group.conflicts.map((conflict) => (
            <ConflictCard key={`${conflict.claimA.id}:${conflict.claimB.id}`} projectId={projectId} conflict={conflict} names={names} onOpen={onOpen} />
          ))}
        </details>
      ))}
    </div>
  )
}

type ConflictGroup = { key: string; optionId: number; criterionId: number; numeric: boolean; open: number; conflicts: Conflict[] }

/** One group per option × criterion: several sources for and against make many pairs, read together. */
function groupConflicts(conflicts: Conflict[]): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>()
  for (const conflict of conflicts) {
    const key = `${conflict.optionId}:${conflict.criterionId}`
    const group = groups.get(key) ?? { key, optionId: conflict.optionId, criterionId: conflict.criterionId, numeric: false, open: 0, conflicts: [] }
    group.conflicts.push(conflict)
    group.numeric ||= conflict.kind === 'numeric'
    if (conflict.preferredClaimId === null) group.open++
    groups.set(key, group)
  }
  // Disagreeing figures first: they move proposed scores.
  return [...groups.values()].sort((a, b) => Number(b.numeric) - Number(a.numeric) || b.open - a.open)
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
