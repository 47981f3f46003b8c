/** Ranked options with their weighted totals (ties share a rank) and the two charts. */
import type { Criterion, Option } from '../../shared/domain/evidence'
import type { TotalsResult } from '../../shared/scoring'
import { plural } from '../ui/format'
import { ContributionsChart, TotalsChart } from './Charts'
import { formatTotal } from './model'

/** `chart*` are deferred copies: the charts redraw after the ranking list has painted. */
type Props = { options: readonly Option[]; totals: TotalsResult; chartCriteria: readonly Criterion[]; chartTotals: TotalsResult }

export function RankingPanel({ options, totals, chartCriteria, chartTotals }: Props) {
  if (totals.noWeights) {
    return (
      <section className="panel" aria-labelledby="ranking-title" data-testid="ranking-panel">
        <h2 className="panel__title" id="ranking-title">Ranking</h2>
        <p className="panel__empty" data-testid="no-weights">No weights set</p>
        <p className="panel__hint">Every criterion weighs 0, so nothing can be totalled. Move a slider, reset the weights or apply a preset.</p>
      </section>
    )
  }
  const tied = totals.tiedIds.length > 1
  return (
    <section className="panel" aria-labelledby="ranking-title" data-testid="ranking-panel">
      <h2 className="panel__title" id="ranking-title">
        Ranking <span className="panel__meta">weighted total, out of 100</span>
      </h2>
      <ol className="ranking" data-testid="ranking">
        {totals.ranking.map((entry) => {
          const option = options.find((o) => o.id === entry.optionId)!
          const missing = totals.totals.find((t) => t.optionId === entry.optionId)?.missing ?? 0
          const first = entry.rank === 1
          return (
            <li key={entry.optionId} className={`ranking__item${first && !tied ? ' is-winner' : ''}`} data-testid="ranking-item" data-option={option.name}>
              <span className="ranking__rank" aria-label={`Rank ${entry.rank}`}>{entry.rank}</span>
              <span className="ranking__name">{option.name}</span>
              {missing > 0 && <span className="ranking__missing" title="Missing scores count as the worst score">{plural(missing, 'gap')}</span>}
              <span className="ranking__total" data-testid="ranking-total">{formatTotal(entry.total)}</span>
            </li>
          )
        })}
      </ol>
      {tied && <p className="panel__hint">Tied for first place: no single winner.</p>}
      <TotalsChart options={options} totals={chartTotals} />
      <h3 className="panel__subtitle">What makes up each total</h3>
      <ContributionsChart options={options} criteria={chartCriteria} totals={chartTotals} />
    </section>
  )
}
