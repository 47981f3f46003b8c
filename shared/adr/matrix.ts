/**
 * The comparison snapshot as a Markdown table, so a reviewer reading the ADR in a pull request
 * sees the scores, weights and winner the decision rested on without opening Arbiter.
 */
import type { ComparisonSnapshot } from '../domain/decision'
import { formatNumber, joinBlocks, oneLine, tableCell } from './markdown'

/** Totals always carry one decimal so they line up in the column. */
function totalLabel(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

/** Weights read best short: "40%", "33.3%". */
function weightLabel(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return 'no weight'
  return `${formatNumber(Math.round(share * 1000) / 10)}%`
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** The table, then the sensitivity and leave-one-source-out sentences as one paragraph. */
export function renderMatrix(snapshot: ComparisonSnapshot, heading: string): string {
  const scores = new Map(snapshot.scores.map((score) => [`${score.optionId}:${score.criterionId}`, score.value]))
  const header = row(['Criterion (weight)', ...snapshot.options.map((option) => tableCell(option.name))])
  const rule = row(['---', ...snapshot.options.map(() => '---:')])
  const criteria = snapshot.criteria.map((criterion) => {
    // A cost criterion's score is an amount, so the reader needs to know lower wins.
    const weight = `${weightLabel(criterion.share)}${criterion.direction === 'cost' ? ', lower is better' : ''}`
    const cells = snapshot.options.map((option) => {
      const value = scores.get(`${option.id}:${criterion.id}`)
      return value === null || value === undefined || !Number.isFinite(value) ? '–' : formatNumber(value)
    })
    return row([tableCell(`${criterion.name} (${weight})`), ...cells])
  })
  const totals = snapshot.options.map((option) => {
    const total = option.total === null || !Number.isFinite(option.total) ? '–' : totalLabel(option.total)
    return option.id === snapshot.winnerId ? `**${total}**` : total
  })
  const table = [header, rule, ...criteria, row(['**Weighted total**', ...totals])].join('\n')
  const scale = `Scores from ${formatNumber(snapshot.scale.min)} to ${formatNumber(snapshot.scale.max)}, as compared on ${oneLine(snapshot.takenAt)}.`
  const sentences = [scale, oneLine(snapshot.sensitivity), oneLine(snapshot.leaveOneSourceOut)].filter((s) => s !== '').join(' ')
  return joinBlocks([heading, table, sentences])
}
