import { describe, expect, it } from 'vitest'
import { computeTotals, flipSentence, weightSensitivity, type MatrixCriterion } from '../../shared/scoring'

import { django, express, fastapi, hiring, latency, matrix, throughput } from '../helpers/scoring-matrix'

describe('weightSensitivity', () => {
  it('finds lo, hi, the takeover options and the smallest flip exactly (worked by hand)', () => {
    // Utilities (Latency is a cost: u = (10 − s)/10), shares 0.45 / 0.10 / 0.45:
    //            Throughput  Hiring  Latency
    //   Django      0.6        0.4     0.8     total 0.67   ← winner
    //   Express     0.5        0.9     0.6     total 0.585
    //   FastAPI     0.9        0.1     0.3     total 0.55
    // With share p on criterion k, T_o(p) = p·u_ok + (1 − p)·B_ok, B_ok = the others' weighted mean.
    //
    // Hiring (p = 0.10; others Throughput : Latency = 45 : 45 = ½ : ½):
    //   B_D = (0.6 + 0.8)/2 = 0.7   → T_D = 0.7  − 0.30p
    //   B_E = (0.5 + 0.6)/2 = 0.55  → T_E = 0.55 + 0.35p
    //   B_F = (0.9 + 0.3)/2 = 0.6   → T_F = 0.6  − 0.50p
    //   D − E = 0.15 − 0.65p = 0 at p = 3/13 ≈ 0.2308 (falls with p → upper bound, Express above)
    //   D − F = 0.1 + 0.2p > 0 on [0, 1]       → no bound
    //   ⇒ lo 0, hi 3/13, above: Express.
    // Throughput (p = 0.45; others Hiring : Latency = 10 : 45 = 2/11 : 9/11):
    //   B_D = (2·0.4 + 9·0.8)/11 = 8/11, B_E = (2·0.9 + 9·0.6)/11 = 7.2/11, B_F = (2·0.1 + 9·0.3)/11 = 2.9/11
    //   D − E = 0.8/11·(1 − p) + 0.1p > 0 on [0, 1]          → no bound
    //   D − F = 5.1/11·(1 − p) − 0.3p = 5.1/11 − 8.4/11·p = 0 at p = 5.1/8.4 = 17/28 ≈ 0.6071
    //   ⇒ lo 0, hi 17/28, above: FastAPI.
    // Latency (p = 0.45; others Throughput : Hiring = 9/11 : 2/11):
    //   B_D = (9·0.6 + 2·0.4)/11 = 6.2/11, B_E = (9·0.5 + 2·0.9)/11 = 6.3/11, B_F = (9·0.9 + 2·0.1)/11 = 8.3/11
    //   D − E = −0.1/11 + 2.3/11·p = 0 at p = 1/23 ≈ 0.0435  (rises with p → lower bound)
    //   D − F = −2.1/11 + 7.6/11·p = 0 at p = 21/76 ≈ 0.2763 (the higher lower bound wins)
    //   ⇒ lo 21/76, hi 1, below: FastAPI (it ties Django at 21/76, Express is still behind there).
    // Distances: Hiring 3/13 − 0.10 ≈ 0.1308, Throughput 17/28 − 0.45 ≈ 0.1571, Latency 0.45 − 21/76 ≈ 0.1737.
    // Smallest: Hiring rises from 10% to 3/13 = 23.08% → "23%".
    const input = matrix([django, express, fastapi], [throughput, hiring, latency], [[6, 4, 2], [5, 9, 4], [9, 1, 7]])
    const result = weightSensitivity(input)
    expect(result.reason).toBeUndefined()
    expect(result.criteria).toEqual([
      { criterionId: 10, currentShare: 0.45, lo: 0, hi: expect.closeTo(17 / 28, 12), belowWinnerId: null, aboveWinnerId: 3 },
      { criterionId: 11, currentShare: 0.1, lo: 0, hi: expect.closeTo(3 / 13, 12), belowWinnerId: null, aboveWinnerId: 2 },
      { criterionId: 12, currentShare: 0.45, lo: expect.closeTo(21 / 76, 12), hi: 1, belowWinnerId: 3, aboveWinnerId: null },
    ])
    expect(result.smallestFlip).toEqual({ criterionId: 11, fromShare: 0.1, toShare: expect.closeTo(3 / 13, 12), newWinnerId: 2, direction: 'rises' })
    expect(result.sentence).toBe('Express wins if Hiring / talent pool weight rises from 10% to 23%.')
  })

  it('reports the flip at the tie point: there the new option ties, just past it the new option leads', () => {
    const input = matrix([django, express, fastapi], [throughput, hiring, latency], [[6, 4, 2], [5, 9, 4], [9, 1, 7]])
    const at = weightSensitivity(input).smallestFlip!.toShare
    // Raw weights that give Hiring the share p while Throughput and Latency keep 45 : 45.
    const withShare = (p: number) => ({ ...input, criteria: [{ ...throughput, weight: 50 * (1 - p) }, { ...hiring, weight: 100 * p }, { ...latency, weight: 50 * (1 - p) }] })
    expect(computeTotals(withShare(at)).tiedIds).toEqual([1, 2])
    expect(computeTotals(withShare(at + 1e-6)).winnerId).toBe(2)
    expect(computeTotals(withShare(at - 1e-6)).winnerId).toBe(1)
  })

  it('words a falling weight and keeps the earlier criterion when two flips are equally near', () => {
    // Two criteria, shares 0.3 / 0.7. Fastify: Throughput 0.9, Ecosystem 0.6 → 0.27 + 0.42 = 0.69.
    // Express: 0.1, 0.7 → 0.03 + 0.49 = 0.52. Fastify wins.
    // Throughput share p: Fastify − Express = (0.6 − 0.7) + p·(0.8 − (−0.1)) = −0.1 + 0.9p = 0 at p = 1/9.
    // Ecosystem share q: difference = 0.8 − 0.9q = 0 at q = 8/9. Both are 0.3 − 1/9 = 8/9 − 0.7 ≈ 0.189
    // away (q = 1 − p), so Throughput, listed first, is reported: falls from 30% to 11.1% → "11%".
    const fastify = { id: 4, name: 'Fastify' }
    const ecosystem: MatrixCriterion = { id: 13, name: 'Ecosystem', direction: 'benefit', weight: 70 }
    const result = weightSensitivity(matrix([fastify, express], [{ ...throughput, weight: 30 }, ecosystem], [[9, 6], [1, 7]]))
    expect(result.criteria.map((c) => [c.lo, c.hi, c.belowWinnerId, c.aboveWinnerId])).toEqual([
      [expect.closeTo(1 / 9, 12), 1, 2, null],
      [0, expect.closeTo(8 / 9, 12), null, 2],
    ])
    expect(result.smallestFlip).toMatchObject({ criterionId: 10, direction: 'falls', newWinnerId: 2 })
    expect(result.sentence).toBe('Express wins if Throughput weight falls from 30% to 11%.')
  })

  it('says so when no single weight change flips the winner', () => {
    // Utility gaps Django − Express: Throughput 0.8 − 0.5 = 0.3, Latency (cost, both 3) 0.7 − 0.7 = 0,
    // Hiring 0.7 − 0.6 = 0.1. Totals 0.5·0.8 + 0.3·0.7 + 0.2·0.7 = 0.75 vs 0.5·0.5 + 0.21 + 0.12 = 0.58.
    // For any criterion k the lead is p·gap_k + (1 − p)·(the others' weighted gap), a mix of numbers
    // ≥ 0, so it never goes negative; it only reaches 0 at p = 1 on Latency, a tie at the end of the
    // range, which counts as the boundary and not as a flip.
    const criteria = [{ ...throughput, weight: 50 }, { ...latency, weight: 30 }, { ...hiring, weight: 20 }]
    const result = weightSensitivity(matrix([express, django], criteria, [[5, 3, 6], [8, 3, 7]]))
    expect(result.smallestFlip).toBeNull()
    expect(result.criteria.every((c) => c.belowWinnerId === null && c.aboveWinnerId === null)).toBe(true)
    expect(result.sentence).toBe('No single weight change makes another option win: Django stays ahead at any weight of any one criterion.')
  })

  it('handles a criterion whose rivals all weigh 0', () => {
    // Weights 50 / 0. Throughput alone decides: Django 0.8 vs Express 0.4 → Django.
    // Throughput (p = 1, others weigh 0 so they stay 0): T = p·u, D − E = 0.4p > 0 for p > 0,
    //   tie only at p = 0 → lo 0, hi 1, no takeover.
    // Hiring (p = 0, others = Throughput): D − E = 0.4(1 − p) + p·(0.2 − 0.9) = 0.4 − 1.1p = 0 at p = 4/11.
    //   → "Express wins if Hiring / talent pool weight rises from 0% to 36%."
    const criteria = [{ ...throughput, weight: 50 }, { ...hiring, weight: 0 }]
    const result = weightSensitivity(matrix([django, express], criteria, [[8, 2], [4, 9]]))
    expect(result.criteria[0]).toEqual({ criterionId: 10, currentShare: 1, lo: 0, hi: 1, belowWinnerId: null, aboveWinnerId: null })
    expect(result.criteria[1].hi).toBeCloseTo(4 / 11, 12)
    expect(result.sentence).toBe('Express wins if Hiring / talent pool weight rises from 0% to 36%.')
  })

  it('returns nothing to test, with a reason, when there is no winner', () => {
    const noWeights = weightSensitivity(matrix([django, express], [{ ...throughput, weight: 0 }], [[3], [4]]))
    expect(noWeights).toMatchObject({ criteria: [], smallestFlip: null, reason: 'no-weights' })
    const tie = weightSensitivity(matrix([django, express], [throughput], [[4], [4]]))
    expect(tie).toEqual({ criteria: [], smallestFlip: null, reason: 'tie', sentence: 'Django and Express tie for first place, so there is no single winner to test.' })
    expect(weightSensitivity(matrix([], [throughput], [])).reason).toBe('no-options')
  })

  it('lets a single option stay ahead at any weight', () => {
    const result = weightSensitivity(matrix([django], [throughput, hiring], [[3, 4]]))
    expect(result.criteria.map((c) => [c.lo, c.hi])).toEqual([[0, 1], [0, 1]])
    expect(result.sentence).toBe('No single weight change makes another option win: Django stays ahead at any weight of any one criterion.')
  })

  it('shows one decimal when whole percents would read the same', () => {
    expect(flipSentence('Express', 'Throughput', { fromShare: 0.3, toShare: 0.296, direction: 'falls' })).toBe('Express wins if Throughput weight falls from 30.0% to 29.6%.')
    expect(flipSentence('Express', 'Throughput', { fromShare: 0.1, toShare: 0.1004, direction: 'rises' })).toBe('Express wins if Throughput weight rises from 10.00% to 10.04%.')
  })

  it('gives a consistent interval for every criterion of a 12 × 40 and a 12 × 200 matrix', () => {
    // A deterministic pseudo-random matrix (no Math.random, so failures reproduce).
    let seed = 7
    const next = () => ((seed = (seed * 16807) % 2147483647) % 1000) / 100
    const build = (n: number) => {
      const options = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `Option ${i + 1}` }))
      const criteria: MatrixCriterion[] = Array.from({ length: n }, (_, i) => ({ id: 100 + i, name: `C${i}`, direction: i % 3 === 0 ? 'cost' : 'benefit', weight: 1 + (i % 100) }))
      return matrix(options, criteria, options.map(() => criteria.map(() => next())))
    }
    // Speed is measured by tests/bench/compare-slider.ts, not asserted here.
    const input = build(40)
    expect(computeTotals(input).ranking).toHaveLength(12)
    expect(weightSensitivity(input).criteria).toHaveLength(40)
    const wide = weightSensitivity(build(200))
    expect(wide.criteria).toHaveLength(200)
    expect(wide.criteria.every((c) => c.lo <= c.currentShare && c.currentShare <= c.hi && c.lo >= 0 && c.hi <= 1)).toBe(true)
  })
})
