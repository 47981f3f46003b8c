/**
 * One-at-a-time weight sensitivity. When criterion k's share p moves and the others keep their
 * proportions, every option's total is linear in p:
 *   T_o(p) = p·U_ok + (1 − p)·B_ok,   B_ok = Σ_{j≠k} r_j·U_oj / Σ_{j≠k} r_j   (r = raw weights)
 * so the winner's lead over each rival is a line and the range where it stays ahead is found
 * exactly from the lines' roots, with no sampling. If every other weight is 0, B_ok = 0: the
 * others stay at 0 and all totals shrink together towards a tie at p = 0.
 *
 * Flip points are reported at the tie point itself: "X wins if … rises to 23%" means X at least
 * ties there and leads outright at any share beyond it.
 */
import { TIE_EPSILON, totalsFromTable, utilityTable } from './totals'
import type { CriterionSensitivity, FlipDirection, MatrixInput, SensitivityResult, WeightFlip } from './types'

// Slopes flatter than this are parallel lines: the lead never changes sign.
const SLOPE_EPSILON = 1e-12

type Bound = { at: number; optionId: number | null; slope: number }

/** Share → percent text; more decimals only when whole percents would read as "from 10% to 10%". */
export function formatShares(from: number, to: number): [string, string] {
  for (const decimals of [0, 1, 2]) {
    const a = (from * 100).toFixed(decimals)
    const b = (to * 100).toFixed(decimals)
    if (a !== b || decimals === 2) return [`${a}%`, `${b}%`]
  }
  return ['', '']
}

export function flipSentence(winnerName: string, criterionName: string, flip: { fromShare: number; toShare: number; direction: FlipDirection }): string {
  const [from, to] = formatShares(flip.fromShare, flip.toShare)
  return `${winnerName} wins if ${criterionName} weight ${flip.direction} from ${from} to ${to}.`
}

function nameList(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Exact [lo, hi] per criterion, the takeover options at each end, and the nearest flip. */
export function weightSensitivity(input: MatrixInput): SensitivityResult {
  const table = utilityTable(input)
  const totals = totalsFromTable(input, table)
  const nameOf = new Map(input.options.map((o) => [o.id, o.name]))
  if (input.options.length === 0) {
    return { criteria: [], smallestFlip: null, sentence: 'There are no options to compare.', reason: 'no-options' }
  }
  if (totals.noWeights) {
    return { criteria: [], smallestFlip: null, sentence: 'No weights are set, so there is no winner to test.', reason: 'no-weights' }
  }
  if (totals.winnerId === null) {
    const names = totals.tiedIds.map((id) => nameOf.get(id) ?? String(id))
    return { criteria: [], smallestFlip: null, sentence: `${nameList(names)} tie for first place, so there is no single winner to test.`, reason: 'tie' }
  }

  const { raw, rawSum, utilities } = table
  const shares = totals.shares
  const w = input.options.findIndex((o) => o.id === totals.winnerId)
  const weighted = utilities.map((row) => row.reduce((sum, u, j) => sum + raw[j] * u, 0))
  const criteria: CriterionSensitivity[] = []
  let best: WeightFlip | null = null

  for (let k = 0; k < input.criteria.length; k++) {
    const criterion = input.criteria[k]
    const p = shares[k]
    const restRaw = rawSum - raw[k]
    const rest = (o: number) => (restRaw > 0 ? (weighted[o] - raw[k] * utilities[o][k]) / restRaw : 0)
    const bw = rest(w)
    const lo: Bound = { at: 0, optionId: null, slope: 0 }
    const hi: Bound = { at: 1, optionId: null, slope: 0 }
    for (let o = 0; o < input.options.length; o++) {
      if (o === w) continue
      // Lead of the winner over o: D(p) = a + b·p, positive at the current p.
      const a = bw - rest(o)
      const b = utilities[w][k] - utilities[o][k] - a
      if (Math.abs(b) < SLOPE_EPSILON) continue
      const root = -a / b
      const id = input.options[o].id
      if (b > 0 && root > 0) {
        // o leads below the root; the steepest rival leads just below a shared root.
        if (root > lo.at + TIE_EPSILON || (Math.abs(root - lo.at) <= TIE_EPSILON && b > lo.slope)) Object.assign(lo, { at: root, optionId: id, slope: b })
      } else if (b < 0 && root < 1) {
        if (root < hi.at - TIE_EPSILON || (Math.abs(root - hi.at) <= TIE_EPSILON && -b > hi.slope)) Object.assign(hi, { at: root, optionId: id, slope: -b })
      }
    }
    const loAt = Math.min(p, Math.max(0, lo.at))
    const hiAt = Math.max(p, Math.min(1, hi.at))
    criteria.push({ criterionId: criterion.id, currentShare: p, lo: loAt, hi: hiAt, belowWinnerId: lo.optionId, aboveWinnerId: hi.optionId })

    // Nearest flip wins; on equal distance the earlier criterion, and "falls" before "rises", is kept.
    const candidates: WeightFlip[] = []
    if (lo.optionId !== null) candidates.push({ criterionId: criterion.id, fromShare: p, toShare: loAt, newWinnerId: lo.optionId, direction: 'falls' })
    if (hi.optionId !== null) candidates.push({ criterionId: criterion.id, fromShare: p, toShare: hiAt, newWinnerId: hi.optionId, direction: 'rises' })
    for (const flip of candidates) {
      if (!best || Math.abs(flip.toShare - flip.fromShare) < Math.abs(best.toShare - best.fromShare) - SLOPE_EPSILON) best = flip
    }
  }

  const winnerName = nameOf.get(totals.winnerId) ?? String(totals.winnerId)
  if (!best) {
    return {
      criteria,
      smallestFlip: null,
      sentence: `No single weight change makes another option win: ${winnerName} stays ahead at any weight of any one criterion.`,
    }
  }
  const flip = best
  const criterionName = input.criteria.find((c) => c.id === flip.criterionId)?.name ?? String(flip.criterionId)
  return { criteria, smallestFlip: flip, sentence: flipSentence(nameOf.get(flip.newWinnerId) ?? String(flip.newWinnerId), criterionName, flip) }
}
