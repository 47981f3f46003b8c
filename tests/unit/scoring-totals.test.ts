import { describe, expect, it } from 'vitest'
import { computeTotals, normaliseWeights, scoreKey, utility, type MatrixCriterion } from '../../shared/scoring'

import { django, express, fastapi, hiring, latency, matrix, scale, throughput } from '../helpers/scoring-matrix'

describe('utility', () => {
  it('maps benefit scores up and cost scores (amounts) down', () => {
    expect(utility(7, 'benefit', scale)).toBeCloseTo(0.7) // (7 − 0) / 10
    expect(utility(7, 'cost', scale)).toBeCloseTo(0.3) // (10 − 7) / 10
    expect(utility(4, 'benefit', { min: 1, max: 5 })).toBeCloseTo(0.75) // (4 − 1) / 4
    expect(utility(4, 'cost', { min: 1, max: 5 })).toBeCloseTo(0.25) // (5 − 4) / 4
  })

  it('treats missing, NaN and infinite scores as 0 and clamps out-of-range ones', () => {
    expect(utility(null, 'benefit', scale)).toBe(0)
    expect(utility(null, 'cost', scale)).toBe(0) // missing is worth nothing even on a cost criterion
    expect(utility(Number.NaN, 'cost', scale)).toBe(0)
    expect(utility(Number.POSITIVE_INFINITY, 'benefit', scale)).toBe(0)
    expect(utility(14, 'benefit', scale)).toBe(1) // clamped to 10
    expect(utility(-3, 'cost', scale)).toBe(1) // clamped to 0, the cheapest amount
    expect(utility(5, 'benefit', { min: 3, max: 3 })).toBe(0) // empty scale: no division by zero
  })
})

describe('normaliseWeights', () => {
  it('divides each raw weight by the sum, and gives null when nothing is weighted', () => {
    // 45 + 10 + 45 = 100 → 0.45, 0.10, 0.45
    expect(normaliseWeights([{ weight: 45 }, { weight: 10 }, { weight: 45 }])).toEqual([0.45, 0.1, 0.45])
    // 1 + 3 = 4 → 0.25, 0.75; NaN and negatives count as 0, 250 as 100
    expect(normaliseWeights([{ weight: 1 }, { weight: 3 }, { weight: Number.NaN }, { weight: -5 }])).toEqual([0.25, 0.75, 0, 0])
    expect(normaliseWeights([{ weight: 250 }, { weight: 100 }])).toEqual([0.5, 0.5])
    expect(normaliseWeights([{ weight: 0 }, { weight: 0 }])).toBeNull()
    expect(normaliseWeights([])).toBeNull()
  })
})

describe('computeTotals', () => {
  it('3 options × 3 criteria with a cost criterion, computed by hand', () => {
    // Weights 45 / 10 / 45 → shares 0.45 / 0.10 / 0.45. Latency is a cost: utility = (10 − s) / 10.
    //            Throughput  Hiring  Latency (score → utility)
    //   Django       6         4      2 → 0.8
    //   Express      5         9      4 → 0.6
    //   FastAPI      9         1      7 → 0.3
    // Django  = 0.45·0.6 + 0.1·0.4 + 0.45·0.8 = 0.27  + 0.04 + 0.36  = 0.67
    // Express = 0.45·0.5 + 0.1·0.9 + 0.45·0.6 = 0.225 + 0.09 + 0.27  = 0.585
    // FastAPI = 0.45·0.9 + 0.1·0.1 + 0.45·0.3 = 0.405 + 0.01 + 0.135 = 0.55
    const result = computeTotals(matrix([django, express, fastapi], [throughput, hiring, latency], [[6, 4, 2], [5, 9, 4], [9, 1, 7]]))
    expect(result.noWeights).toBe(false)
    expect(result.shares).toEqual([0.45, 0.1, 0.45])
    expect(result.totals.map((t) => t.total)).toEqual([expect.closeTo(0.67, 12), expect.closeTo(0.585, 12), expect.closeTo(0.55, 12)])
    expect(result.totals[2].contributions).toEqual([
      { criterionId: 10, value: expect.closeTo(0.405, 12) },
      { criterionId: 11, value: expect.closeTo(0.01, 12) },
      { criterionId: 12, value: expect.closeTo(0.135, 12) },
    ])
    expect(result.ranking.map((r) => [r.optionId, r.rank])).toEqual([[1, 1], [2, 2], [3, 3]])
    expect(result.winnerId).toBe(1)
    expect(result.tiedIds).toEqual([])
  })

  it('lets tied options share a rank, keeps their given order, and names no winner', () => {
    // Shares 0.5 / 0.5. Django = 0.5·0.8 + 0.5·0.4 = 0.6; Express = 0.5·0.4 + 0.5·0.8 = 0.6;
    // FastAPI = 0.5·0.2 + 0.5·0.2 = 0.2; Flask = 0.5·0.1 + 0.5·0.1 = 0.1 → ranks 1, 1, 3, 4.
    const flask = { id: 4, name: 'Flask' }
    const criteria: MatrixCriterion[] = [{ ...throughput, weight: 50 }, { ...hiring, weight: 50 }]
    const input = matrix([fastapi, express, django, flask], criteria, [[2, 2], [4, 8], [8, 4], [1, 1]])
    const result = computeTotals(input)
    expect(result.ranking.map((r) => [r.optionId, r.rank])).toEqual([[2, 1], [1, 1], [3, 3], [4, 4]])
    expect(result.winnerId).toBeNull()
    expect(result.tiedIds).toEqual([2, 1])
  })

  it('treats totals that differ only by rounding noise as a tie', () => {
    // Shares 0.1 / 0.2 / 0.7 (weights 10/20/70). Django: 0.1·1 + 0.2·1 + 0 = 0.30000000000000004 in
    // floating point; Express: 0 + 0 + 0.7·(3/7) scored as 30/7 ≈ 4.2857 → 0.3 within 1e-9.
    const criteria: MatrixCriterion[] = [
      { ...throughput, weight: 10 },
      { ...hiring, weight: 20 },
      { id: 13, name: 'Ecosystem', direction: 'benefit', weight: 70 },
    ]
    const result = computeTotals(matrix([django, express], criteria, [[10, 10, 0], [0, 0, 30 / 7]]))
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 1])
    expect(result.tiedIds).toEqual([1, 2])
  })

  it('reports "no weights" when every weight is 0 instead of dividing by zero', () => {
    const criteria = [throughput, hiring].map((c) => ({ ...c, weight: 0 }))
    const result = computeTotals(matrix([django, express], criteria, [[5, null], [3, 4]]))
    expect(result).toMatchObject({ noWeights: true, ranking: [], winnerId: null, tiedIds: [], shares: [0, 0] })
    expect(result.totals).toEqual([
      { optionId: 1, total: null, contributions: [], missing: 1 },
      { optionId: 2, total: null, contributions: [], missing: 0 },
    ])
  })

  it('crowns a single option and handles zero options and zero criteria', () => {
    // One option: 0.45·0.5 + 0.1·0.5 + 0.45·(10 − 5)/10 = 0.5.
    const single = computeTotals(matrix([django], [throughput, hiring, latency], [[5, 5, 5]]))
    expect(single.totals[0].total).toBeCloseTo(0.5, 12)
    expect(single.winnerId).toBe(1)
    expect(single.ranking).toEqual([{ optionId: 1, rank: 1, total: expect.closeTo(0.5, 12) }])

    const none = computeTotals(matrix([], [throughput], []))
    expect(none).toMatchObject({ noWeights: false, totals: [], ranking: [], winnerId: null, tiedIds: [] })

    const noCriteria = computeTotals(matrix([django, express], [], [[], []]))
    expect(noCriteria.noWeights).toBe(true)
  })

  it('counts missing scores, clamps out-of-range ones and never returns NaN', () => {
    // Shares 0.5 / 0.5. Django: Throughput 14 → clamped to 10 → 1; Latency NaN → missing → 0.
    //   total = 0.5·1 + 0.5·0 = 0.5, missing 1.
    // Express: Throughput null → 0; Latency −2 → clamped to 0 → cost utility (10 − 0)/10 = 1.
    //   total = 0 + 0.5·1 = 0.5, missing 1. Tie.
    // FastAPI: Throughput Infinity → missing; Latency absent from the map → missing. total 0, missing 2.
    const criteria = [{ ...throughput, weight: 50 }, { ...latency, weight: 50 }]
    const input = matrix([django, express, fastapi], criteria, [[14, Number.NaN], [null, -2], [Number.POSITIVE_INFINITY, 0]])
    ;(input.scores as Map<string, number | null>).delete(scoreKey(3, 12))
    const result = computeTotals(input)
    expect(result.totals.map((t) => [t.total, t.missing])).toEqual([[0.5, 1], [0.5, 1], [0, 2]])
    expect(result.tiedIds).toEqual([1, 2])
    expect(result.totals.flatMap((t) => t.contributions.map((c) => c.value)).every(Number.isFinite)).toBe(true)
  })

  it('sums 200 criteria: equal weights make the total the mean utility', () => {
    // 200 criteria weighted 7 each → share 1/200. Django scores 10 everywhere → total 1.
    // Express scores 10 on even criteria and 0 on odd ones → total 100/200 = 0.5.
    const criteria: MatrixCriterion[] = Array.from({ length: 200 }, (_, i) => ({ id: 100 + i, name: `C${i}`, direction: 'benefit', weight: 7 }))
    const rows = [criteria.map(() => 10), criteria.map((_, i) => (i % 2 === 0 ? 10 : 0))]
    const result = computeTotals(matrix([django, express], criteria, rows))
    expect(result.totals[0].total).toBeCloseTo(1, 12)
    expect(result.totals[1].total).toBeCloseTo(0.5, 12)
    expect(result.totals[1].contributions).toHaveLength(200)
    expect(result.winnerId).toBe(1)
  })
})
