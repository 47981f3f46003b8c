/**
 * Leave-one-source-out: would the decision survive without any one source? For each source its
 * claims are dropped, proposed cells are recomputed from what remains (cells the user typed are
 * theirs and stay), and the winner is found again. Only criteria the source has figures for are
 * recomputed, so a source with nothing to say never shows changes caused by stale proposals.
 */
import { claimMidpoint, proposeScores } from './proposals'
import { computeTotals } from './totals'
import { scoreKey, type LeaveOneOutInput, type LeaveOneOutResult, type SourceInfluence } from './types'

const SAME_SCORE = 1e-9

function sameScore(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) < SAME_SCORE
}

function nameList(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

type Without = { scores: Map<string, number | null>; changedCells: number }

/** What removing one source does to the matrix; independent of the weights. */
export type SourceRemoval = { sourceId: number; title: string; scores: ReadonlyMap<string, number | null>; changedCells: number }

type Indexed = { input: LeaveOneOutInput; baseScores: ReadonlyMap<string, number | null>; byCriterion: Map<number, LeaveOneOutInput['claims'][number][]> }

/** The matrix with one source's claims gone and the proposed cells they fed recomputed. */
function matrixWithout({ input, baseScores, byCriterion }: Indexed, sourceId: number): Without {
  const { scale, options, cells } = input
  const scores = new Map(baseScores)
  let changedCells = 0
  for (const criterion of input.criteria) {
    const claims = byCriterion.get(criterion.id) ?? []
    if (!claims.some((c) => c.sourceId === sourceId && claimMidpoint(c) !== null)) continue
    const proposedKeys = options.map((o) => scoreKey(o.id, criterion.id)).filter((key) => cells.get(key)?.origin === 'proposed')
    if (proposedKeys.length === 0) continue
    const remaining = claims.filter((claim) => claim.sourceId !== sourceId)
    const result = proposeScores({ criterion, scale, options, claims: remaining })
    const proposed = new Map(result.proposals.map((p) => [scoreKey(p.optionId, criterion.id), p.score]))
    for (const key of proposedKeys) {
      // With no figure left the cell has nothing behind it, so it becomes missing.
      const next = proposed.get(key) ?? null
      if (!sameScore(next, cells.get(key)?.score ?? null)) changedCells++
      scores.set(key, next)
    }
  }
  return { scores, changedCells }
}

const baseScoresOf = (cells: LeaveOneOutInput['cells']) => {
  const scores = new Map<string, number | null>()
  for (const [key, cell] of cells) scores.set(key, cell.score)
  return scores
}

/**
 * The expensive half, which does not depend on weights: each source's matrix without it. Computed
 * once per data change, so moving a weight slider only re-ranks (see `rankSourceRemovals`).
 */
export function sourceRemovals(input: LeaveOneOutInput): SourceRemoval[] {
  const byCriterion = new Map<number, LeaveOneOutInput['claims'][number][]>()
  for (const claim of input.claims) {
    if (claim.criterionId === null) continue
    byCriterion.set(claim.criterionId, [...(byCriterion.get(claim.criterionId) ?? []), claim])
  }
  const indexed: Indexed = { input, baseScores: baseScoresOf(input.cells), byCriterion }
  return input.sources.map((source) => ({ sourceId: source.id, title: source.title, ...matrixWithout(indexed, source.id) }))
}

/** The cheap half: the winner with and without each source, under the current weights. */
export function rankSourceRemovals(
  removals: readonly SourceRemoval[],
  input: Pick<LeaveOneOutInput, 'scale' | 'options' | 'criteria' | 'cells'>,
): LeaveOneOutResult {
  const { scale, options, criteria } = input
  const baseline = computeTotals({ scale, options, criteria, scores: baseScoresOf(input.cells) })
  const nameOf = new Map(options.map((o) => [o.id, o.name]))

  const runs = removals.map((removal) => {
    const totals = removal.changedCells === 0 ? baseline : computeTotals({ scale, options, criteria, scores: removal.scores })
    const influence: SourceInfluence = {
      sourceId: removal.sourceId,
      winnerId: totals.winnerId,
      changesWinner: totals.winnerId !== baseline.winnerId,
      changedCells: removal.changedCells,
    }
    return { title: removal.title, influence, tiedIds: totals.tiedIds }
  })

  const deciding = runs.filter((run) => run.influence.changesWinner)
  let sentence = 'No single source decides the outcome.'
  if (deciding.length > 0) {
    const { title, influence, tiedIds } = deciding[0]
    const name = (id: number) => nameOf.get(id) ?? String(id)
    // Without a single winner, say who ends up level at the top (or that nothing is weighted).
    const outcome =
      influence.winnerId !== null
        ? `make ${name(influence.winnerId)} win`
        : tiedIds.length > 0
          ? `leave ${nameList(tiedIds.map(name))} tied`
          : 'leave no winner'
    const others = deciding.length - 1
    const more = others === 0 ? '' : `; ${others} other source${others === 1 ? '' : 's'} would also change the winner`
    sentence = `Removing “${title}” would ${outcome}${more}.`
  }
  return { baselineWinnerId: baseline.winnerId, sources: runs.map((run) => run.influence), sentence }
}

/** Per source: the winner without it, whether that differs, and how many proposed cells move. */
export function leaveOneSourceOut(input: LeaveOneOutInput): LeaveOneOutResult {
  return rankSourceRemovals(sourceRemovals(input), input)
}
