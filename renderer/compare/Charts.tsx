/**
 * The ranking charts, drawn with Chart.js. Animations are off: the bars must follow a slider
 * exactly as it moves, not ease towards it. Totals are points out of 100. The charts are memoised
 * on their (deferred) inputs: the urgent render of a slider move passes them unchanged, and a
 * new `data` object would make Chart.js redraw the canvas inside that render.
 */
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip, type ChartOptions } from 'chart.js'
import { memo, useMemo } from 'react'
import { Bar } from 'react-chartjs-2'
import type { Criterion, Option } from '../../shared/domain/evidence'
import type { TotalsResult } from '../../shared/scoring'
import { formatTotal } from './model'

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip)
ChartJS.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
ChartJS.defaults.font.size = 11
ChartJS.defaults.color = '#5d6776'
ChartJS.defaults.animation = false

const WINNER = '#2f5fd0'
const OTHERS = '#a9b7cf'
// Sequential blues and teals for the heaviest criteria, grey for the rest: calm and still distinguishable.
const SEGMENTS = ['#2f5fd0', '#6c93e6', '#a8c1f2', '#3f8f80', '#86c2b5']
const REST = '#d5dae2'
const TOP_CRITERIA = SEGMENTS.length

type Props = { options: readonly Option[]; criteria: readonly Criterion[]; totals: TotalsResult }

const barOptions = (stacked: boolean, legend: boolean): ChartOptions<'bar'> => ({
  indexAxis: 'y',
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  scales: {
    x: { min: 0, max: 100, stacked, grid: { color: '#eef0f3' }, ticks: { stepSize: 25 } },
    y: { stacked, grid: { display: false } },
  },
  plugins: {
    legend: { display: legend },
    tooltip: { callbacks: { label: (item) => `${stacked ? `${item.dataset.label}: ` : ''}${(item.parsed.x ?? 0).toFixed(1)} points` } },
  },
})

const totalsOptions = barOptions(false, false)
const contributionOptions = barOptions(true, false)

function ranked(options: readonly Option[], totals: TotalsResult) {
  return totals.ranking.map((entry) => ({ entry, option: options.find((o) => o.id === entry.optionId)!, index: options.findIndex((o) => o.id === entry.optionId) }))
}

export const TotalsChart = memo(function TotalsChart({ options, totals }: Omit<Props, 'criteria'>) {
  const rows = ranked(options, totals)
  const data = {
    labels: rows.map((r) => r.option.name),
    datasets: [{ label: 'Weighted total', data: rows.map((r) => r.entry.total * 100), backgroundColor: rows.map((r) => (r.option.id === totals.winnerId ? WINNER : OTHERS)), barThickness: 14 }],
  }
  const summary = rows.map((r) => `${r.option.name} ${formatTotal(r.entry.total)}`).join(', ')
  return (
    <div className="chart" style={{ height: 28 + rows.length * 24 }} data-testid="totals-chart">
      <Bar data={data} options={totalsOptions} role="img" aria-label={`Weighted totals out of 100: ${summary}`} />
    </div>
  )
})

/** Each option's total split by criterion: the five heaviest criteria, then everything else. */
export const ContributionsChart = memo(function ContributionsChart({ options, criteria, totals }: Props) {
  const rows = ranked(options, totals)
  const top = useMemo(
    () => criteria.map((c, k) => ({ c, k, share: totals.shares[k] ?? 0 })).filter((x) => x.share > 0).sort((a, b) => b.share - a.share).slice(0, TOP_CRITERIA),
    [criteria, totals.shares],
  )
  const topIndexes = new Set(top.map((x) => x.k))
  const value = (index: number, k: number) => (totals.totals[index]?.contributions[k]?.value ?? 0) * 100
  const datasets = top.map(({ c, k }, i) => ({ label: c.name, data: rows.map((r) => value(r.index, k)), backgroundColor: SEGMENTS[i], barThickness: 14 }))
  if (criteria.length > top.length) {
    datasets.push({
      label: 'Other criteria',
      data: rows.map((r) => criteria.reduce((sum, _, k) => (topIndexes.has(k) ? sum : sum + value(r.index, k)), 0)),
      backgroundColor: REST,
      barThickness: 14,
    })
  }
  const data = { labels: rows.map((r) => r.option.name), datasets }
  return (
    <div className="contributions">
      <div className="chart" style={{ height: 28 + rows.length * 24 }} data-testid="contributions-chart">
        <Bar data={data} options={contributionOptions} role="img" aria-label="Each option's total split by criterion" />
      </div>
      <ul className="legend" aria-label="Chart legend">
        {datasets.map((d) => (
          <li key={d.label}><span className="legend__swatch" style={{ background: d.backgroundColor }} />{d.label}</li>
        ))}
      </ul>
    </div>
  )
})
