/**
 * The side panel of one cell: its score and rationale, the proposal from numeric claims (when
 * there is one), and every accepted claim about this option and criterion.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import type { Criterion, Option } from '../../shared/domain/evidence'
import type { Score } from '../../shared/domain/weights'
import type { ScoreProposal, ScoreScale } from '../../shared/scoring'
import { useCellConflicts } from '../sources/queries'
import { plural } from '../ui/format'
import { ClaimItem } from './ClaimItem'
import { formatScore, parseScore, type CellEvidence } from './model'
import type { WriteScores } from './useScoreActions'

type Props = {
  projectId: number
  option: Option
  criterion: Criterion
  scale: ScoreScale
  score: Score | undefined
  evidence: CellEvidence | undefined
  proposal: ScoreProposal | undefined
  writeScores: WriteScores
  onClose: () => void
}

const scoreText = (score: Score | undefined) => (score?.value == null ? '' : String(score.value))

export function CellPanel({ projectId, option, criterion, scale, score, evidence, proposal, writeScores, onClose }: Props) {
  const [value, setValue] = useState(scoreText(score))
  const [rationale, setRationale] = useState(score?.rationale ?? '')
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  // Which of the cell's claims disagree: asked for only when the cell has conflicts.
  const conflicts = useCellConflicts(projectId, option.id, criterion.id, !!evidence?.conflicts).data
  const conflicting = useMemo(() => new Set(conflicts?.flatMap((c) => [c.claimA.id, c.claimB.id])), [conflicts])

  // Undo, redo and "Use proposed" change the cell under the open panel: show what is saved now.
  useEffect(() => {
    setValue(scoreText(score))
    setRationale(score?.rationale ?? '')
  }, [score])
  useEffect(() => input.current?.focus(), [option.id, criterion.id])

  const base = { optionId: option.id, criterionId: criterion.id }
  const save = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseScore(value)
    const scoreChanged = parsed !== (score?.value ?? null)
    const rationaleChanged = rationale !== (score?.rationale ?? '')
    if (!scoreChanged && !rationaleChanged) return setError(null)
    // NaN would not survive the trip as a number; the contract's own wording is used instead.
    if (Number.isNaN(parsed)) return setError('Score must be a number.')
    const label = scoreChanged ? 'score change' : 'rationale change'
    setError(await writeScores([{ ...base, value: parsed, rationale }], label))
  }
  const useProposed = async () => {
    if (!proposal) return
    setError(await writeScores([{ ...base, value: proposal.score, origin: 'proposed', claimIds: proposal.claimIds }], 'accepted proposal'))
  }

  const claims = evidence?.claims ?? []
  const cited = new Set(score?.claimIds ?? [])
  return (
    <aside className="cell-panel" role="dialog" aria-labelledby="cell-panel-title" data-testid="cell-panel"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <header className="cell-panel__header">
        <h2 id="cell-panel-title" className="cell-panel__title">
          {option.name} <span className="cell-panel__times">·</span> {criterion.name}
        </h2>
        <button type="button" className="icon-button" aria-label="Close panel" onClick={onClose}>×</button>
      </header>
      <form className="cell-panel__form" onSubmit={save}>
        <label className="field">
          <span className="field__label">
            Score <span className="field__hint">{scale.min}–{scale.max}{criterion.direction === 'cost' ? ', an amount: lower is better' : ', higher is better'}</span>
          </span>
          <input ref={input} className="input input--score" value={value} inputMode="decimal" autoComplete="off"
            data-testid="cell-score-input" onChange={(e) => setValue(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Rationale</span>
          <textarea className="input" rows={3} value={rationale} data-testid="cell-rationale-input" onChange={(e) => setRationale(e.target.value)} />
        </label>
        {error && <p className="form-error" role="alert" data-testid="cell-error">{error}</p>}
        <div className="cell-panel__actions">
          <button type="submit" className="button button--primary" data-testid="cell-save">Save</button>
          {score?.origin === 'proposed' && <span className="cell-panel__origin">Proposed from figures</span>}
        </div>
      </form>
      {proposal && (
        <section className="proposal" data-testid="cell-proposal" aria-label="Proposed score">
          <div className="proposal__head">
            <span>Proposed from figures</span>
            <strong className="proposal__score">{formatScore(proposal.score)}</strong>
          </div>
          <p className="proposal__how" data-testid="proposal-explanation">{proposal.explanation}</p>
          <button type="button" className="button" data-testid="use-proposed" onClick={useProposed}
            disabled={score?.value === proposal.score && score.origin === 'proposed'}>
            Use proposed
          </button>
        </section>
      )}
      <section className="cell-panel__claims" aria-label="Evidence">
        <h3 className="panel__subtitle">
          Evidence <span className="panel__meta">{plural(claims.length, 'accepted claim')}{evidence?.conflicts ? ` · ${plural(evidence.conflicts, 'conflict')}` : ''}</span>
        </h3>
        {claims.length === 0 ? (
          <p className="panel__hint" data-testid="cell-no-evidence">No accepted claim is about {option.name} and {criterion.name} yet. Quote one in the Sources tab.</p>
        ) : (
          claims.map((claim) => <ClaimItem key={claim.id} projectId={projectId} claim={claim} cited={cited.has(claim.id)} conflicting={conflicting.has(claim.id)} />)
        )}
      </section>
    </aside>
  )
}
