/**
 * Weighted totals and ranking. Runs on every slider input event, so it is a single
 * O(options × criteria) pass with no allocation per cell beyond the key string.
 */
import type { CriterionDirection } from '../domain/starter-criteria'
import { scoreKey, type MatrixInput, type OptionTotal, type RankEntry, type ScoreScale, type TotalsResult } from './types'

/** Totals closer than this are a tie; floating-point sums of equal inputs can differ in the last bits. */
export const TIE_EPSILON = 1e-9

/** A usable score clamped into the scale, or null when it is missing or not a finite number. */
export function cleanScore(score: number | null | undefined, scale: ScoreScale): number | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null
  return Math.min(scale.max, Math.max(scale.min, score))
}

/**
 * How good a score is, in [0, 1]. A cost criterion's score is an amount (lower is better), so it
 * is inverted here. Missing scores are worth 0; an empty or inverted scale makes every score 0
 * rather than dividing by zero.
 */
export function utility(score: number | null | undefined, direction: CriterionDirection, scale: ScoreScale): number {
  const clean = cleanScore(score, scale)
  const range = scale.max - scale.min
  if (clean === null || !(range > 0) || !Number.isFinite(range)) return 0
  const value = direction === 'cost' ? (scale.max - clean) / range : (clean - scale.min) / range
  return Math.min(1, Math.max(0, value))
}

/** A raw slider value made safe: NaN and negatives are 0, values past 100 are 100. */
export function rawWeight(weight: number): number {
  return Number.isFinite(weight) ? Math.min(100, Math.max(0, weight)) : 0
}

/** Each criterion's share of the summed raw weights, in input order; null when the sum is 0. */
export function normaliseWeights(criteria: readonly { weight: number }[]): number[] | null {
  const raw = criteria.map((c) => rawWeight(c.weight))
  const sum = raw.reduce((a, b) => a + b, 0)
  return sum > 0 ? raw.map((w) => w / sum) : null
}

/** Utilities per option × criterion plus what sensitivity needs to avoid a second pass. */
export type UtilityTable = {
  raw: number[]
  rawSum: number
  shares: number[] | null
  /** utilities[optionIndex][criterionIndex] */
  utilities: number[][]
  missing: number[]
}

export function utilityTable(input: MatrixInput): UtilityTable {
  const raw = input.criteria.map((c) => rawWeight(c.weight))
  const rawSum = raw.reduce((a, b) => a + b, 0)
  const shares = rawSum > 0 ? raw.map((w) => w / rawSum) : null
  const missing: number[] = []
  const utilities = input.options.map((option) => {
    let gaps = 0
    const row = input.criteria.map((criterion) => {
      const score = input.scores.get(scoreKey(option.id, criterion.id))
      if (cleanScore(score, input.scale) === null) gaps++
      return utility(score, criterion.direction, input.scale)
    })
    missing.push(gaps)
    return row
  })
  return { raw, rawSum, shares, utilities, missing }
}

/** Best first; a tie group is anchored on its first member so near-ties cannot chain downwards. */
export function rankTotals(ids: readonly number[], totals: readonly number[]): RankEntry[] {
  const order = ids.map((_, i) => i).sort((a, b) => totals[b] - totals[a] || a - b)
  const ranking: RankEntry[] = []
  let start = 0
  while (start < order.length) {
    let end = start + 1
    while (end < order.length && totals[order[start]] - totals[order[end]] < TIE_EPSILON) end++
    // Within a tie, display follows the order the options were given in.
    const group = order.slice(start, end).sort((a, b) => a - b)
    for (const i of group) ranking.push({ optionId: ids[i], rank: start + 1, total: totals[i] })
    start = end
  }
  return ranking
}

export function totalsFromTable(input: MatrixInput, table: UtilityTable): TotalsResult {
  const { shares, utilities, missing } = table
  const totals: OptionTotal[] = input.options.map((option, o) => {
    if (!shares) return { optionId: option.id, total: null, contributions: [], missing: missing[o] }
    let total = 0
    const contributions = input.criteria.map((criterion, k) => {
      const value = shares[k] * utilities[o][k]
      total += value
      return { criterionId: criterion.id, value }
    })
    return { optionId: option.id, total: Math.min(1, Math.max(0, total)), contributions, missing: missing[o] }
  })
  const zeroShares = input.criteria.map(() => 0)
  if (!shares) return { noWeights: true, shares: zeroShares, totals, ranking: [], winnerId: null, tiedIds: [] }
  const ranking = rankTotals(
    totals.map((t) => t.optionId),
    totals.map((t) => t.total ?? 0),
  )
  const top = ranking.filter((entry) => entry.rank === 1).map((entry) => entry.optionId)
  return {
    noWeights: false,
    shares,
    totals,
    ranking,
    winnerId: top.length === 1 ? top[0] : null,
    tiedIds: top.length > 1 ? top : [],
  }
}

/** Normalised weights × utilities per option, the ranking, and the winner (null on a tie at the top). */
export function computeTotals(input: MatrixInput): TotalsResult {
  return totalsFromTable(input, utilityTable(input))
}
