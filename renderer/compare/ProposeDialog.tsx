/**
 * Proposals for one criterion's whole row, with the arithmetic shown first: the user ticks the
 * proposals to take and keeps their own score everywhere else.
 */
import { useState } from 'react'
import type { Criterion, Option } from '../../shared/domain/evidence'
import type { Score } from '../../shared/domain/weights'
import { scoreKey, type ProposalResult } from '../../shared/scoring'
import { Dialog } from '../ui/Dialog'
import { plural } from '../ui/format'
import { formatScore } from './model'
import type { ScoreInput } from './queries'

type Props = {
  criterion: Criterion | null
  result: ProposalResult | undefined
  options: readonly Option[]
  scores: ReadonlyMap<string, Score>
  onAccept: (changes: ScoreInput[]) => Promise<string | null>
  onClose: () => void
}

export function ProposeDialog({ criterion, result, options, scores, onAccept, onClose }: Props) {
  const proposals = result?.proposals ?? []
  const current = (optionId: number) => (criterion ? scores.get(scoreKey(optionId, criterion.id)) : undefined)
  // Preselects the proposals that would change something; identical ones need no decision. The
  // parent keys this dialog by criterion, so the choice starts afresh for each row.
  const [chosen, setChosen] = useState<ReadonlySet<number>>(
    () => new Set(proposals.filter((p) => current(p.optionId)?.value !== p.score).map((p) => p.optionId)),
  )
  const [error, setError] = useState<string | null>(null)

  const accept = async () => {
    if (!criterion) return
    const changes = proposals
      .filter((p) => chosen.has(p.optionId))
      .map((p) => ({ optionId: p.optionId, criterionId: criterion.id, value: p.score, origin: 'proposed' as const, claimIds: p.claimIds }))
    if (changes.length === 0) return onClose()
    const message = await onAccept(changes)
    if (message) setError(message)
    else onClose()
  }

  return (
    <Dialog
      title={criterion ? `Propose scores for ${criterion.name}` : 'Propose scores'}
      open={criterion !== null}
      onClose={onClose}
      onSubmit={accept}
      testId="propose-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>Keep my scores</button>
          <button type="submit" className="button button--primary" disabled={chosen.size === 0}>
            Use {chosen.size === 0 ? 'proposals' : plural(chosen.size, 'proposal')}
          </button>
        </>
      }
    >
      <p className="propose__intro">
        Each option's figures (unit: {result?.unit ?? 'none'}) are averaged and scored by their ratio to the highest.
        {criterion?.direction === 'cost' && ' This is a cost: the score is the amount, and lower amounts rank better.'}
      </p>
      {result?.reason && <p className="panel__hint">{result.reason}</p>}
      <ul className="propose__list">
        {proposals.map((p) => {
          const option = options.find((o) => o.id === p.optionId)
          const mine = current(p.optionId)?.value ?? null
          return (
            <li key={p.optionId} className="propose__item" data-testid="propose-item">
              <label className="propose__choice">
                <input type="checkbox" checked={chosen.has(p.optionId)}
                  onChange={(e) => setChosen((set) => { const next = new Set(set); if (e.target.checked) next.add(p.optionId); else next.delete(p.optionId); return next })} />
                <span className="propose__option">{option?.name}</span>
                <span className="propose__scores">{formatScore(mine)} → <strong>{formatScore(p.score)}</strong></span>
              </label>
              <p className="propose__how">{p.explanation}</p>
            </li>
          )
        })}
      </ul>
      {result && result.ignoredClaimIds.length > 0 && (
        <p className="panel__hint">{plural(result.ignoredClaimIds.length, 'figure')} in another unit left out.</p>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </Dialog>
  )
}
