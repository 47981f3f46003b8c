/**
 * Freezing the comparison when a decision is accepted, and telling later whether (and how) the
 * live comparison has moved away from what the decision was based on. Snapshots hold only
 * primitives copied out of the state, so later edits to the state can never reach them.
 */
import type { ComparisonSnapshot } from '../domain/decision'
import { computeTotals, leaveOneSourceOut, scoreKey, weightSensitivity } from '../scoring'
import { formatValue, toLeaveOneOutInput, toMatrixInput, type ComparisonState } from './comparison'

/** Reasons listed in full before the rest is summed up as "and N more changes". */
const MAX_REASONS = 5
// Weights and scores are typed or slid numbers; anything closer than this is the same value.
const SAME = 1e-9

/**
 * The comparison as it stands: totals and ranks, weights and shares, every score, the claims
 * behind the scores plus those the decision text cites, and the two robustness sentences.
 */
export function takeSnapshot(state: ComparisonState, takenAt: string, citedClaimIds: readonly number[] = []): ComparisonSnapshot {
  const input = toMatrixInput(state)
  const totals = computeTotals(input)
  const rankOf = new Map(totals.ranking.map((entry) => [entry.optionId, entry.rank]))
  const scoreOf = new Map(state.scores.map((s) => [scoreKey(s.optionId, s.criterionId), s]))
  // Cells in display order (options × criteria) so two snapshots of the same state are identical.
  const scores = state.options.flatMap((option) =>
    state.criteria.flatMap((criterion) => {
      const score = scoreOf.get(scoreKey(option.id, criterion.id))
      return score ? [{ optionId: option.id, criterionId: criterion.id, value: score.value }] : []
    }),
  )
  const claimIds = [...new Set([...state.scores.flatMap((s) => s.claimIds), ...citedClaimIds])].sort((a, b) => a - b)
  return {
    takenAt,
    scale: { min: state.scale.min, max: state.scale.max },
    options: state.options.map((option, o) => ({
      id: option.id,
      name: option.name,
      total: totals.totals[o].total,
      rank: rankOf.get(option.id) ?? null,
    })),
    criteria: state.criteria.map((criterion, k) => ({
      id: criterion.id,
      name: criterion.name,
      direction: criterion.direction,
      weight: criterion.weight,
      share: totals.noWeights ? null : totals.shares[k],
    })),
    scores,
    winnerId: totals.winnerId,
    claimIds,
    sensitivity: weightSensitivity(input).sentence,
    leaveOneSourceOut: leaveOneSourceOut(toLeaveOneOutInput(state)).sentence,
  }
}

const directionWords = { benefit: 'higher is better', cost: 'lower is better' } as const

function differs(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a !== b
  return Math.abs(a - b) > SAME
}

function winnerReason(snapshot: ComparisonSnapshot, state: ComparisonState): string[] {
  const now = computeTotals(toMatrixInput(state)).winnerId
  if (now === snapshot.winnerId) return []
  const before = snapshot.options.find((o) => o.id === snapshot.winnerId)?.name
  const after = state.options.find((o) => o.id === now)?.name
  if (before !== undefined && after !== undefined) return [`the winner changed from ${before} to ${after}`]
  if (before !== undefined) return [`${before} is no longer the single winner`]
  return after !== undefined ? [`${after} now wins`] : []
}

/** Options or criteria: what was removed, added or renamed, matched by id. */
function membershipReasons(kind: 'option' | 'criterion', before: readonly { id: number; name: string }[], after: readonly { id: number; name: string }[]): string[] {
  const afterById = new Map(after.map((item) => [item.id, item]))
  const beforeIds = new Set(before.map((item) => item.id))
  const reasons: string[] = []
  for (const item of before) {
    const now = afterById.get(item.id)
    if (!now) reasons.push(`${kind} ${item.name} was removed`)
    else if (now.name !== item.name) reasons.push(`${kind} ${item.name} was renamed to ${now.name}`)
  }
  for (const item of after) if (!beforeIds.has(item.id)) reasons.push(`${kind} ${item.name} was added`)
  return reasons
}

function criterionReasons(snapshot: ComparisonSnapshot, state: ComparisonState): string[] {
  const reasons: string[] = []
  const frozen = new Map(snapshot.criteria.map((c) => [c.id, c]))
  for (const criterion of state.criteria) {
    const before = frozen.get(criterion.id)
    if (!before) continue
    if (before.direction !== criterion.direction) {
      reasons.push(`${criterion.name} changed from ${directionWords[before.direction]} to ${directionWords[criterion.direction]}`)
    }
    if (differs(before.weight, criterion.weight)) {
      reasons.push(`${criterion.name} weight changed from ${formatValue(before.weight)} to ${formatValue(criterion.weight)}`)
    }
  }
  return reasons
}

/** Cells of options and criteria present both then and now; the others are covered by "added"/"removed". */
function scoreReasons(snapshot: ComparisonSnapshot, state: ComparisonState): string[] {
  const before = new Map(snapshot.scores.map((s) => [scoreKey(s.optionId, s.criterionId), s.value]))
  const now = new Map(state.scores.map((s) => [scoreKey(s.optionId, s.criterionId), s.value]))
  const oldOptions = new Set(snapshot.options.map((o) => o.id))
  const oldCriteria = new Set(snapshot.criteria.map((c) => c.id))
  const reasons: string[] = []
  for (const option of state.options) {
    if (!oldOptions.has(option.id)) continue
    for (const criterion of state.criteria) {
      if (!oldCriteria.has(criterion.id)) continue
      const key = scoreKey(option.id, criterion.id)
      const a = before.get(key) ?? null
      const b = now.get(key) ?? null
      if (differs(a, b)) reasons.push(`${option.name} × ${criterion.name} score changed from ${formatValue(a)} to ${formatValue(b)}`)
    }
  }
  return reasons
}

/**
 * Whether the live comparison differs from the frozen one, and how, in words: the winner first,
 * then the scale, options, criteria, weights and scores, each in display order.
 */
export function comparisonChangedSince(snapshot: ComparisonSnapshot, state: ComparisonState): { changed: boolean; reasons: string[] } {
  const scale = snapshot.scale
  const all = [
    ...winnerReason(snapshot, state),
    ...(differs(scale.min, state.scale.min) || differs(scale.max, state.scale.max)
      ? [`the score scale changed from ${formatValue(scale.min)}–${formatValue(scale.max)} to ${formatValue(state.scale.min)}–${formatValue(state.scale.max)}`]
      : []),
    ...membershipReasons('option', snapshot.options, state.options),
    ...membershipReasons('criterion', snapshot.criteria, state.criteria),
    ...criterionReasons(snapshot, state),
    ...scoreReasons(snapshot, state),
  ]
  if (all.length <= MAX_REASONS) return { changed: all.length > 0, reasons: all }
  const rest = all.length - MAX_REASONS
  return { changed: true, reasons: [...all.slice(0, MAX_REASONS), `and ${rest} more change${rest === 1 ? '' : 's'}`] }
}

