/**
 * The fast conflict search and the counts must agree with the rule read literally: every pair of
 * accepted claims in a cell compared one by one. Random projects, seeded, many shapes.
 */
import { describe, expect, it } from 'vitest'
import { summariseConflicts, type CellClaim } from '../../shared/domain/conflict-summary'
import { findConflicts } from '../../shared/domain/conflicts'
import type { Claim, ConflictResolution } from '../../shared/domain/evidence'
import { normaliseUnit } from '../../shared/extraction/figures'
import { random } from '../bench/large-project-data'

const names = { options: new Map([[1, 'Django'], [2, 'FastAPI'], [3, 'Express']]), criteria: new Map([[1, 'Throughput'], [2, 'Latency']]) }

function randomClaims(seed: number, count: number): Claim[] {
  const rand = random(seed)
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]
  return Array.from({ length: count }, (_, i): Claim => {
    const withFigure = rand() < 0.6
    const min = Math.floor(rand() * 12)
    return {
      id: i + 1, projectId: 1, sourceId: 1 + Math.floor(rand() * 4), sourceTitle: 'S', sourceDate: null, sourcePublisher: null, sourceAuthor: null,
      sourceSellsRelatedServices: false, quote: `claim ${i + 1}`, isParaphrase: true, start: null, end: null,
      optionIds: [1, 2, 3].filter(() => rand() < 0.5),
      criterionId: pick([1, 2, 2, null]),
      polarity: pick(['supports', 'against', 'neutral'] as const),
      valueMin: withFigure ? min : null,
      valueMax: withFigure ? min + pick([0, 0, 1, 3]) : null,
      unit: withFigure ? pick(['req/s', 'requests per second', 'ms', 'Widgets', 'widgets', null]) : null,
      metric: withFigure ? pick([null, null, 'p99', 'P99', 'mean']) : null,
      note: '', status: pick(['accepted', 'accepted', 'accepted', 'suggested', 'dismissed'] as const), createdAt: '2026-01-01T00:00:00.000Z',
    }
  })
}

/** The rule as written, pair by pair. */
function everyPair(claims: Claim[]): string[] {
  const unit = (c: Claim) => (c.unit === null ? null : (normaliseUnit(c.unit) ?? c.unit).toLowerCase())
  const found: string[] = []
  for (const option of [1, 2, 3]) {
    for (const criterion of [1, 2]) {
      const cell = claims.filter((c) => c.status === 'accepted' && c.criterionId === criterion && c.optionIds.includes(option))
      for (const a of cell) {
        for (const b of cell) {
          if (a.id >= b.id) continue
          const sameMeasure = a.valueMin !== null && b.valueMin !== null && unit(a) === unit(b) &&
            (a.metric === null || b.metric === null || a.metric.toLowerCase() === b.metric.toLowerCase())
          const apart = sameMeasure && (a.valueMax! < b.valueMin! || b.valueMax! < a.valueMin!)
          const forAndAgainst = a.sourceId !== b.sourceId && [a.polarity, b.polarity].sort().join() === 'against,supports'
          if (apart) found.push(`${option}:${criterion}:${a.id}:${b.id}:numeric`)
          else if (forAndAgainst) found.push(`${option}:${criterion}:${a.id}:${b.id}:polarity`)
        }
      }
    }
  }
  return found
}

function summaryInput(claims: Claim[], settled: ConflictResolution[]) {
  const cellClaims: CellClaim[] = claims
    .filter((c) => c.status === 'accepted' && c.criterionId !== null)
    .flatMap((c) => c.optionIds.map((optionId) => ({ ...c, optionId, criterionId: c.criterionId! })))
  const settledIds = new Set(settled.flatMap((r) => [r.claimAId, r.claimBId]))
  return { claims: cellClaims, settled, settledClaims: cellClaims.filter((c) => settledIds.has(c.id)) }
}

describe('conflict rules', () => {
  it('finds exactly the pairs that comparing every pair finds, in a stable order', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const claims = randomClaims(seed, 20 + seed * 6)
      const conflicts = findConflicts(claims, names)
      const found = conflicts.map((c) => `${c.optionId}:${c.criterionId}:${c.claimA.id}:${c.claimB.id}:${c.kind}`)
      expect(found, `seed ${seed}`).toEqual(everyPair(claims).sort((x, y) => {
        const [a, b] = [x, y].map((k) => k.split(':').slice(0, 4).map(Number))
        return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]
      }))
      expect(conflicts.length, `seed ${seed} finds some conflicts`).toBeGreaterThan(0)
    }
  })

  it('counts per cell what the list holds, without listing, and counts only the settled pairs that still disagree', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const claims = randomClaims(seed, 30 + seed * 5)
      const listed = findConflicts(claims, names)
      // Every third conflict gets a preferred claim; one resolution names a pair that no longer disagrees.
      const settled: ConflictResolution[] = listed.filter((_, i) => i % 3 === 0)
        .map((c) => ({ claimAId: c.claimA.id, claimBId: c.claimB.id, preferredClaimId: c.claimA.id, note: '' }))
      const unique = [...new Map(settled.map((r) => [`${r.claimAId}:${r.claimBId}`, r])).values()]
      const agreeing = { claimAId: 1, claimBId: 2, preferredClaimId: 1, note: '' }
      if (!listed.some((c) => c.claimA.id === 1 && c.claimB.id === 2)) unique.push(agreeing)

      const summary = summariseConflicts(summaryInput(claims, unique))
      const withPreferences = findConflicts(claims, names, unique)
      const expected = new Map<string, { optionId: number; criterionId: number; pairs: number; numeric: number; open: number }>()
      for (const c of withPreferences) {
        const key = `${c.optionId}:${c.criterionId}`
        const cell = expected.get(key) ?? { optionId: c.optionId, criterionId: c.criterionId, pairs: 0, numeric: 0, open: 0 }
        cell.pairs++
        if (c.kind === 'numeric') cell.numeric++
        if (c.preferredClaimId === null) cell.open++
        expected.set(key, cell)
      }
      expect(summary.cells, `seed ${seed}`).toEqual([...expected.values()])
      expect(summary.pairs).toBe(withPreferences.length)
      expect(summary.open).toBe(withPreferences.filter((c) => c.preferredClaimId === null).length)
    }
  })

  it('keeps figures on different units, or on different named metrics, apart', () => {
    const base = randomClaims(7, 2).map((c) => ({ ...c, status: 'accepted' as const, optionIds: [1], criterionId: 1, polarity: 'neutral' as const }))
    const [a, b] = [{ ...base[0], valueMin: 1, valueMax: 2, unit: 'ms', metric: 'p99' }, { ...base[1], valueMin: 5, valueMax: 5, unit: 'ms', metric: 'p50' }]
    expect(findConflicts([a, b], names)).toEqual([])
    expect(findConflicts([a, { ...b, metric: null }], names).map((c) => c.explanation)).toEqual(['Django on Throughput: 1–2 ms and 5 ms do not overlap.'])
    expect(findConflicts([a, { ...b, metric: 'P99', unit: 'req/s' }], names)).toEqual([])
  })
})
