/**
 * Which claims disagree: two accepted claims about the same option and criterion whose figures
 * cannot both be true (ranges on the same unit and metric that do not overlap), or where one
 * source speaks for the option and another source against it. One source weighing a pro against
 * a con on the same criterion is a balanced view, not a disagreement, so it is not flagged.
 */
import { formatFigure, normaliseUnit } from '../extraction/figures'
import type { Claim, Conflict } from './evidence'

export type Resolution = { claimAId: number; claimBId: number; preferredClaimId: number | null; note: string }

/** "requests per second" and "req/s" are one unit; units we do not know compare by spelling. */
const unitOf = (claim: Claim) => (claim.unit === null ? null : (normaliseUnit(claim.unit) ?? claim.unit.trim()))

/** `unitA`/`unitB` are the claims' unit keys, worked out once per claim rather than once per pair. */
const sameMeasure = (a: Claim, b: Claim, unitA: string | undefined, unitB: string | undefined): boolean => {
  if (a.valueMin === null || b.valueMin === null) return false
  if (unitA !== unitB) return false
  // Metrics only tell claims apart when both sources name one.
  return a.metric === null || b.metric === null || a.metric.toLowerCase() === b.metric.toLowerCase()
}

const rangesApart = (a: Claim, b: Claim): boolean => a.valueMax! < b.valueMin! || b.valueMax! < a.valueMin!

const figureOf = (claim: Claim) => formatFigure({ min: claim.valueMin!, max: claim.valueMax!, unit: unitOf(claim) })

export function findConflicts(
  claims: readonly Claim[],
  names: { options: ReadonlyMap<number, string>; criteria: ReadonlyMap<number, string> },
  resolutions: readonly Resolution[] = [],
): Conflict[] {
  const groups = new Map<string, Claim[]>()
  for (const claim of claims) {
    if (claim.status !== 'accepted' || claim.criterionId === null) continue
    for (const optionId of claim.optionIds) {
      const key = `${optionId}:${claim.criterionId}`
      const group = groups.get(key)
      if (group) group.push(claim)
      else groups.set(key, [claim])
    }
  }
  const resolved = new Map(resolutions.map((r) => [`${r.claimAId}:${r.claimBId}`, r]))
  const conflicts: Conflict[] = []
  for (const [key, group] of groups) {
    const [optionId, criterionId] = key.split(':').map(Number)
    const subject = `${names.options.get(optionId) ?? 'This option'} on ${names.criteria.get(criterionId) ?? 'this criterion'}`
    // Every pair is compared (a large project has ~10⁶ pairs per cell): the tests below are
    // symmetric, so the pair is put in id order only once it turns out to disagree.
    const units = group.map((claim) => unitOf(claim)?.toLowerCase())
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i]
        const y = group[j]
        let kind: Conflict['kind'] | null = null
        if (sameMeasure(x, y, units[i], units[j]) && rangesApart(x, y)) kind = 'numeric'
        else if (x.sourceId !== y.sourceId && x.polarity !== y.polarity && x.polarity !== 'neutral' && y.polarity !== 'neutral') kind = 'polarity'
        if (!kind) continue
        const [a, b] = x.id < y.id ? [x, y] : [y, x]
        const explanation = kind === 'numeric'
          ? `${subject}: ${figureOf(a)} and ${figureOf(b)} do not overlap.`
          : `${subject}: one claim speaks for it, the other against it.`
        const resolution = resolved.get(`${a.id}:${b.id}`)
        conflicts.push({
          kind, optionId, criterionId, claimA: a, claimB: b, explanation,
          preferredClaimId: resolution?.preferredClaimId ?? null,
          note: resolution?.note ?? '',
        })
      }
    }
  }
  return conflicts.sort((x, y) => x.optionId - y.optionId || x.criterionId - y.criterionId || x.claimA.id - y.claimA.id)
}
