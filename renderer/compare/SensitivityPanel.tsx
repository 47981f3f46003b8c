/**
 * How fragile the result is: for each criterion, the weight band inside which the winner stays
 * the winner (with the current weight marked), the nearest flip in words, and whether any single
 * source decides the outcome.
 */
import { memo } from 'react'
import type { Criterion, Option, SourceSummary } from '../../shared/domain/evidence'
import { formatShares, type CriterionSensitivity, type LeaveOneOutResult, type SensitivityResult } from '../../shared/scoring'
import { plural } from '../ui/format'

type Props = {
  options: readonly Option[]
  criteria: readonly Criterion[]
  winnerId: number | null
  sensitivity: SensitivityResult
  leaveOneOut: LeaveOneOutResult | null
  sources: readonly SourceSummary[]
}

function bandSentence(winner: string, band: CriterionSensitivity, name: (id: number) => string): string {
  if (band.belowWinnerId === null && band.aboveWinnerId === null) return `${winner} stays ahead at any weight.`
  const [lo, hi] = formatShares(band.lo, band.hi)
  const takeovers = [
    band.belowWinnerId !== null && `${name(band.belowWinnerId)} takes over below`,
    band.aboveWinnerId !== null && `${name(band.aboveWinnerId)} takes over above`,
  ].filter(Boolean)
  return `${winner} stays ahead between ${lo} and ${hi}; ${takeovers.join('; ')}.`
}

// Memoised: its inputs are deferred, so the urgent render of a slider move passes them unchanged.
export const SensitivityPanel = memo(function SensitivityPanel({ options, criteria, winnerId, sensitivity, leaveOneOut, sources }: Props) {
  const name = (id: number) => options.find((o) => o.id === id)?.name ?? 'a removed option'
  if (options.length === 1) {
    return (
      <section className="panel" aria-labelledby="sensitivity-title" data-testid="sensitivity-panel">
        <h2 className="panel__title" id="sensitivity-title">Sensitivity</h2>
        <p className="sensitivity__headline" data-testid="sensitivity-sentence">There is only one option, so there is nothing to compare.</p>
        <p className="panel__hint">Add another option under Sources → Options &amp; criteria.</p>
      </section>
    )
  }
  const bands = new Map(sensitivity.criteria.map((c) => [c.criterionId, c]))
  const flipId = sensitivity.smallestFlip?.criterionId
  return (
    <section className="panel" aria-labelledby="sensitivity-title" data-testid="sensitivity-panel">
      <h2 className="panel__title" id="sensitivity-title">Sensitivity</h2>
      <p className="sensitivity__headline" data-testid="sensitivity-sentence">{sensitivity.sentence}</p>
      {winnerId !== null && bands.size > 0 && (
        <>
          <h3 className="panel__subtitle">Weight band that keeps {name(winnerId)} ahead</h3>
          <ul className="bands" data-testid="sensitivity-bands">
            {criteria.map((criterion) => {
              const band = bands.get(criterion.id)
              if (!band) return null
              const sentence = bandSentence(name(winnerId), band, name)
              return (
                <li key={criterion.id} className={`bands__item${criterion.id === flipId ? ' is-nearest' : ''}`} data-testid="sensitivity-band" data-criterion={criterion.name}>
                  <div className="bands__head">
                    <span className="bands__name">{criterion.name}</span>
                    <span className="bands__now">{formatShares(band.currentShare, band.currentShare)[0]}</span>
                  </div>
                  <div className="band" role="img" aria-label={sentence}>
                    <div className="band__range" style={{ left: `${band.lo * 100}%`, width: `${(band.hi - band.lo) * 100}%` }} />
                    <div className="band__marker" style={{ left: `${band.currentShare * 100}%` }} />
                  </div>
                  <p className="bands__text">{sentence}</p>
                </li>
              )
            })}
          </ul>
        </>
      )}
      {leaveOneOut && (
        <div className="loso" data-testid="leave-one-out">
          <h3 className="panel__subtitle">Leave one source out</h3>
          <p className="loso__sentence" data-testid="leave-one-out-sentence">{leaveOneOut.sentence}</p>
          <ul className="loso__list">
            {leaveOneOut.sources.map((run) => {
              const title = sources.find((s) => s.id === run.sourceId)?.title ?? 'A removed source'
              const outcome =
                run.winnerId === null ? 'no single winner' : run.changesWinner ? `${name(run.winnerId)} would win` : `winner stays ${name(run.winnerId)}`
              return (
                <li key={run.sourceId} className={run.changesWinner ? 'is-decisive' : undefined} data-testid="leave-one-out-row">
                  <span className="loso__title" title={title}>Without {title}:</span> <strong>{outcome}</strong>
                  {run.changedCells > 0 && <span className="loso__cells"> ({plural(run.changedCells, 'proposed score')} would change)</span>}
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </section>
  )
})
