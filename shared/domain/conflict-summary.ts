/**
 * How many conflicts each option × criterion holds, without listing them: the first screen shows
 * the counts, and a cell's pairs are listed only when the user opens it. For-and-against pairs
 * are counted from per-source tallies (every claim for the option times every claim against it,
 * less the pairs within one source); only claims with figures are paired one by one. Neutral
 * claims without a figure can never disagree, so callers may leave them out.
 */
import { conflictKind, numericPairs, opposed, type ConflictCandidate } from './conflicts'
import type { ConflictCellSummary, ConflictResolution, ConflictSummary } from './evidence'

/** An accepted claim in one cell (a claim about two options comes twice). */
export type CellClaim = ConflictCandidate & { optionId: number; criterionId: number }

const cellKey = (optionId: number, criterionId: number) => `${optionId}:${criterionId}`

export function summariseConflicts(input: {
  /** Accepted claims per cell: at least those for or against, and those with a figure. */
  claims: readonly CellClaim[]
  /** Resolutions with a preferred claim, and the cells their two claims are in now. */
  settled: readonly ConflictResolution[]
  settledClaims: readonly CellClaim[]
}): ConflictSummary {
  const cells = new Map<string, ConflictCellSummary>()
  const cellOf = (optionId: number, criterionId: number) => {
    const key = cellKey(optionId, criterionId)
    let cell = cells.get(key)
    if (!cell) cells.set(key, (cell = { optionId, criterionId, pairs: 0, numeric: 0, open: 0 }))
    return cell
  }

  // For and against: |for| × |against| minus the pairs inside each source.
  const perCell = new Map<string, { supports: number; against: number; bySource: Map<number, [number, number]> }>()
  for (const claim of input.claims) {
    if (claim.polarity === 'neutral') continue
    const key = cellKey(claim.optionId, claim.criterionId)
    let entry = perCell.get(key)
    if (!entry) perCell.set(key, (entry = { supports: 0, against: 0, bySource: new Map() }))
    let own = entry.bySource.get(claim.sourceId)
    if (!own) entry.bySource.set(claim.sourceId, (own = [0, 0]))
    if (claim.polarity === 'supports') { entry.supports++; own[0]++ } else { entry.against++; own[1]++ }
  }
  for (const [key, entry] of perCell) {
    let pairs = entry.supports * entry.against
    for (const [s, a] of entry.bySource.values()) pairs -= s * a
    if (pairs === 0) continue
    const [optionId, criterionId] = key.split(':').map(Number)
    cellOf(optionId, criterionId).pairs += pairs
  }

  // Figures that do not overlap; a pair that is also for-and-against was counted above already.
  const withFigures = input.claims.filter((c) => c.valueMin !== null && c.valueMax !== null)
  for (const cellClaims of Map.groupBy(withFigures, (c) => cellKey(c.optionId, c.criterionId)).values()) {
    const pairs = numericPairs(cellClaims)
    if (pairs.length === 0) continue
    const cell = cellOf(cellClaims[0].optionId, cellClaims[0].criterionId)
    cell.numeric += pairs.length
    cell.pairs += pairs.filter(([a, b]) => !opposed(a, b)).length
  }

  // Open = not yet given a preferred claim. A resolution only counts where its pair still disagrees.
  const settledIn = new Map<string, number>()
  const byId = Map.groupBy(input.settledClaims, (c) => c.id)
  for (const { claimAId, claimBId } of input.settled) {
    for (const a of byId.get(claimAId) ?? []) {
      const b = byId.get(claimBId)?.find((other) => other.optionId === a.optionId && other.criterionId === a.criterionId)
      if (b && conflictKind(a, b)) settledIn.set(cellKey(a.optionId, a.criterionId), (settledIn.get(cellKey(a.optionId, a.criterionId)) ?? 0) + 1)
    }
  }
  const list = [...cells.values()].sort((x, y) => x.optionId - y.optionId || x.criterionId - y.criterionId)
  for (const cell of list) cell.open = cell.pairs - (settledIn.get(cellKey(cell.optionId, cell.criterionId)) ?? 0)
  return {
    pairs: list.reduce((n, c) => n + c.pairs, 0),
    open: list.reduce((n, c) => n + c.open, 0),
    cells: list,
  }
}
