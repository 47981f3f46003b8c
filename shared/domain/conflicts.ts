/**
 * Which claims disagree: two accepted claims about the same option and criterion whose figures
 * cannot both be true (ranges on the same unit and metric that do not overlap), or where one
 * source speaks for the option and another source against it. One source weighing a pro against
 * a con on the same criterion is a balanced view, not a disagreement, so it is not flagged.
 *
 * A large project holds thousands of claims per cell, so pairs are never compared all against
 * all: disagreeing figures are found from claims sorted by their upper end, and for-and-against
 * pairs are a product of two short lists. The work grows with the conflicts found, not with the
 * square of the claims.
 */
import { formatFigure, normaliseUnit } from '../extraction/figures'
import type { Claim, Conflict, ConflictKind, ConflictResolution } from './evidence'

/** What the rules read of a claim. */
export type ConflictCandidate = Pick<Claim, 'id' | 'sourceId' | 'polarity' | 'valueMin' | 'valueMax' | 'unit' | 'metric'>

/** "requests per second" and "req/s" are one unit; units we do not know compare by spelling. */
const unitOf = (claim: ConflictCandidate) => (claim.unit === null ? null : (normaliseUnit(claim.unit) ?? claim.unit.trim()))
const NO_UNIT = '\u0000'
const unitKey = (claim: ConflictCandidate) => unitOf(claim)?.toLowerCase() ?? NO_UNIT

// Metrics only tell claims apart when both sources name one.
const metricsAgree = (a: ConflictCandidate, b: ConflictCandidate) =>
  a.metric === null || b.metric === null || a.metric.toLowerCase() === b.metric.toLowerCase()

const hasFigure = (claim: ConflictCandidate) => claim.valueMin !== null && claim.valueMax !== null

export const opposed = (a: ConflictCandidate, b: ConflictCandidate): boolean =>
  a.sourceId !== b.sourceId && a.polarity !== b.polarity && a.polarity !== 'neutral' && b.polarity !== 'neutral'

/** How two claims of one cell disagree, if they do; figures come first because they move proposed scores. */
export function conflictKind(a: ConflictCandidate, b: ConflictCandidate): ConflictKind | null {
  const figuresApart = hasFigure(a) && hasFigure(b) && unitKey(a) === unitKey(b) && metricsAgree(a, b) &&
    (a.valueMax! < b.valueMin! || b.valueMax! < a.valueMin!)
  if (figuresApart) return 'numeric'
  return opposed(a, b) ? 'polarity' : null
}

/** A key for an unordered pair of claims. */
export const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`)

/**
 * The pairs of one cell whose figures do not overlap, each once as [lower, higher]. Per unit,
 * claims sorted by their upper end: the ones entirely below a claim's lower end are a prefix.
 * Unit and metric spellings are normalised once per claim, not once per pair.
 */
export function numericPairs<T extends ConflictCandidate>(cell: readonly T[]): [T, T][] {
  type Entry = { claim: T; metric: string | null }
  const unitKeys = new Map<string | null, string>()
  const byUnit = new Map<string, Entry[]>()
  for (const claim of cell) {
    if (!hasFigure(claim)) continue
    let key = unitKeys.get(claim.unit)
    if (key === undefined) unitKeys.set(claim.unit, (key = unitKey(claim)))
    const entry = { claim, metric: claim.metric?.toLowerCase() ?? null }
    const list = byUnit.get(key)
    if (list) list.push(entry)
    else byUnit.set(key, [entry])
  }
  const pairs: [T, T][] = []
  for (const list of byUnit.values()) {
    const byMax = [...list].sort((x, y) => x.claim.valueMax! - y.claim.valueMax! || x.claim.id - y.claim.id)
    for (const higher of list) {
      // Binary search: how many claims end strictly below this one's lower end.
      const floor = higher.claim.valueMin!
      let lo = 0
      let hi = byMax.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (byMax[mid].claim.valueMax! < floor) lo = mid + 1
        else hi = mid
      }
      for (let i = 0; i < lo; i++) {
        const lower = byMax[i]
        if (lower.metric === null || higher.metric === null || lower.metric === higher.metric) pairs.push([lower.claim, higher.claim])
      }
    }
  }
  return pairs
}

/** Groups accepted claims with a criterion by option × criterion (a claim about two options is in two cells). */
export function claimsByCell<T extends ConflictCandidate & Pick<Claim, 'status' | 'criterionId' | 'optionIds'>>(claims: readonly T[]) {
  const cells = new Map<string, { optionId: number; criterionId: number; claims: T[] }>()
  for (const claim of claims) {
    if (claim.status !== 'accepted' || claim.criterionId === null) continue
    for (const optionId of claim.optionIds) {
      const key = `${optionId}:${claim.criterionId}`
      const cell = cells.get(key)
      if (cell) cell.claims.push(claim)
      else cells.set(key, { optionId, criterionId: claim.criterionId, claims: [claim] })
    }
  }
  return cells.values()
}

const figureOf = (claim: Claim) => formatFigure({ min: claim.valueMin!, max: claim.valueMax!, unit: unitOf(claim) })

export function findConflicts(
  claims: readonly Claim[],
  names: { options: ReadonlyMap<number, string>; criteria: ReadonlyMap<number, string> },
  resolutions: readonly ConflictResolution[] = [],
): Conflict[] {
  const resolved = new Map(resolutions.map((r) => [pairKey(r.claimAId, r.claimBId), r]))
  const conflicts: Conflict[] = []
  for (const { optionId, criterionId, claims: cell } of claimsByCell(claims)) {
    const subject = `${names.options.get(optionId) ?? 'This option'} on ${names.criteria.get(criterionId) ?? 'this criterion'}`
    const add = (kind: ConflictKind, x: Claim, y: Claim) => {
      const [a, b] = x.id < y.id ? [x, y] : [y, x]
      const explanation = kind === 'numeric'
        ? `${subject}: ${figureOf(a)} and ${figureOf(b)} do not overlap.`
        : `${subject}: one claim speaks for it, the other against it.`
      const resolution = resolved.get(pairKey(a.id, b.id))
      conflicts.push({
        kind, optionId, criterionId, claimA: a, claimB: b, explanation,
        preferredClaimId: resolution?.preferredClaimId ?? null,
        note: resolution?.note ?? '',
      })
    }
    const numeric = new Set<string>()
    for (const [x, y] of numericPairs(cell)) {
      numeric.add(pairKey(x.id, y.id))
      add('numeric', x, y)
    }
    const against = cell.filter((c) => c.polarity === 'against')
    for (const x of cell) {
      if (x.polarity !== 'supports') continue
      for (const y of against) if (x.sourceId !== y.sourceId && !numeric.has(pairKey(x.id, y.id))) add('polarity', x, y)
    }
  }
  return conflicts.sort((x, y) => x.optionId - y.optionId || x.criterionId - y.criterionId || x.claimA.id - y.claimA.id || x.claimB.id - y.claimB.id)
}
