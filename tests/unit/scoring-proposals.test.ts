import { describe, expect, it } from 'vitest'
import { computeTotals, proposeScores, scoreKey, type ScoringClaim } from '../../shared/scoring'

const fastify = { id: 1, name: 'Fastify' }
const express = { id: 2, name: 'Express' }
const koa = { id: 3, name: 'Koa' }
const hapi = { id: 4, name: 'Hapi' }
const options = [fastify, express, koa, hapi]
const scale = { min: 0, max: 10 }

let nextId = 1
function claim(optionIds: number[], valueMin: number | null, valueMax: number | null, unit: string | null, extra: Partial<ScoringClaim> = {}): ScoringClaim {
  return { id: nextId++, sourceId: 100, optionIds, valueMin, valueMax, unit, status: 'accepted', ...extra }
}

describe('proposeScores', () => {
  it('scores throughput by ratio to the highest, mixing unit spellings and range midpoints', () => {
    // Comparable unit: req/s ("requests per second", "rps" and "req/s" all normalise to it).
    //   Fastify: 45,000 req/s                                  → 45,000
    //   Express: 10,000–20,000 rps (midpoint 15,000) and 20,000 req/s → mean (15,000 + 20,000)/2 = 17,500
    //   Koa:     8,000–10,000 requests per second              → midpoint 9,000
    //   Hapi:    only a 12 ms figure (other unit, ignored) and a suggested claim (not accepted) → none
    // Scores: 45,000/45,000·10 = 10; 17,500/45,000·10 = 3.888… → 3.9; 9,000/45,000·10 = 2.
    const fast = claim([1], 45000, 45000, 'req/s', { sourceId: 100 })
    const expressA = claim([2], 10000, 20000, 'rps', { sourceId: 101 })
    const expressB = claim([2], 20000, 20000, 'req/s', { sourceId: 102 })
    const koaRange = claim([3], 8000, 10000, 'requests per second', { sourceId: 101 })
    const latencyFigure = claim([4], 12, 12, 'ms', { sourceId: 103 })
    const suggested = claim([4], 30000, 30000, 'req/s', { status: 'suggested' })
    const dismissed = claim([4], 31000, 31000, 'req/s', { status: 'dismissed' })
    const noNumber = claim([4], null, null, null)
    const result = proposeScores({
      criterion: { id: 10, direction: 'benefit', unit: 'requests/sec' },
      scale,
      options,
      claims: [fast, expressA, expressB, koaRange, latencyFigure, suggested, dismissed, noNumber],
    })
    expect(result.unit).toBe('req/s')
    expect(result.highest).toEqual({ optionId: 1, value: 45000 })
    expect(result.ignoredClaimIds).toEqual([latencyFigure.id])
    expect(result.reason).toBeUndefined()
    expect(result.proposals).toEqual([
      {
        optionId: 1, score: 10, value: 45000, claimIds: [fast.id], sourceIds: [100],
        explanation: '45,000 req/s (1 claim) ÷ highest 45,000 req/s (Fastify) × 10 = 10',
      },
      {
        optionId: 2, score: 3.9, value: 17500, claimIds: [expressA.id, expressB.id], sourceIds: [101, 102],
        explanation: '17,500 req/s (mean of 2 claims) ÷ highest 45,000 req/s (Fastify) × 10 = 3.9',
      },
      {
        optionId: 3, score: 2, value: 9000, claimIds: [koaRange.id], sourceIds: [101],
        explanation: '9,000 req/s (midpoint of 8,000–10,000 req/s) ÷ highest 45,000 req/s (Fastify) × 10 = 2',
      },
    ])
  })

  it('picks the most common unit when the criterion has none, and leaves inversion to utility', () => {
    // Units: ms ×3 ("ms", "milliseconds", "ms"), req/s ×1 → ms. Latency is a cost: the score is the amount.
    //   Express: 10–14 ms → midpoint 12; Fastify: 6 ms and 10 milliseconds → mean 8.
    //   Express 12/12·10 = 10; Fastify 8/12·10 = 6.666… → 6.7.
    // Utility (cost): Express (10 − 10)/10 = 0, Fastify (10 − 6.7)/10 = 0.33 → Fastify, lower latency, wins.
    const claims = [claim([2], 10, 14, 'ms'), claim([1], 6, 6, 'ms'), claim([1], 10, 10, 'milliseconds'), claim([3], 5000, 5000, 'req/s')]
    const result = proposeScores({ criterion: { id: 12, direction: 'cost' }, scale, options, claims })
    expect(result.unit).toBe('ms')
    expect(result.proposals.map((p) => [p.optionId, p.score])).toEqual([[1, 6.7], [2, 10]])
    expect(result.proposals[0].explanation).toBe('8 ms (mean of 2 claims) ÷ highest 12 ms (Express) × 10 = 6.7')
    expect(result.ignoredClaimIds).toEqual([claims[3].id])

    const scores = new Map(result.proposals.map((p) => [scoreKey(p.optionId, 12), p.score]))
    const totals = computeTotals({ scale, options: [fastify, express], criteria: [{ id: 12, name: 'Latency', direction: 'cost', weight: 50 }], scores })
    expect(totals.totals.map((t) => t.total)).toEqual([expect.closeTo(0.33, 12), 0])
    expect(totals.winnerId).toBe(1)
  })

  it('offsets by the scale minimum and shows it in the explanation', () => {
    // Scale 1–5: 1 + 17,500/45,000 × 4 = 1 + 1.5556 = 2.5556 → 2.6.
    const result = proposeScores({
      criterion: { id: 10, direction: 'benefit', unit: 'req/s' },
      scale: { min: 1, max: 5 },
      options,
      claims: [claim([1], 45000, 45000, 'req/s'), claim([2], 17500, 17500, 'req/s')],
    })
    expect(result.proposals[1]).toMatchObject({ score: 2.6, explanation: '1 + 17,500 req/s (1 claim) ÷ highest 45,000 req/s (Fastify) × 4 = 2.6' })
  })

  it('counts a claim naming several options for each, uses a one-sided figure as is, and matches unknown units by text', () => {
    // Koa and Hapi share one claim of 30 points; Fastify has a lower bound only (60 points) → 60.
    // 30/60·10 = 5 for Koa and Hapi, 10 for Fastify. "Points" and "points " are the same unit.
    const shared = claim([3, 4], 30, 30, 'Points')
    const result = proposeScores({
      criterion: { id: 14, direction: 'benefit', unit: 'points ' },
      scale,
      options,
      claims: [claim([1], 60, null, 'points'), shared, claim([2], Number.NaN, Number.NaN, 'points')],
    })
    expect(result.proposals.map((p) => [p.optionId, p.score])).toEqual([[1, 10], [3, 5], [4, 5]])
    expect(result.proposals[1].claimIds).toEqual([shared.id])
  })

  it('proposes nothing, with a reason, when the highest value is zero or negative or there are no figures', () => {
    const zero = proposeScores({ criterion: { id: 15, direction: 'cost', unit: 'USD' }, scale, options, claims: [claim([1], 0, 0, '$'), claim([2], -5, -5, 'usd')] })
    expect(zero.proposals).toEqual([])
    expect(zero.reason).toBe('The highest figure is zero or negative, so ratios to it mean nothing.')
    const none = proposeScores({ criterion: { id: 15, direction: 'cost', unit: 'USD' }, scale, options, claims: [claim([1], 5, 5, 'ms')] })
    expect(none).toMatchObject({ proposals: [], unit: 'USD', reason: 'No accepted claim gives a comparable number for these options.' })
  })

  it('holds a negative figure at the bottom of the scale when the highest is positive', () => {
    // −20/80 would be below 0 → clamped to the scale minimum 0; 80/80·10 = 10.
    const result = proposeScores({ criterion: { id: 16, direction: 'benefit', unit: '%' }, scale, options, claims: [claim([1], 80, 80, '%'), claim([2], -20, -20, 'percent')] })
    expect(result.proposals.map((p) => p.score)).toEqual([10, 0])
  })
})

describe('proposals keep different metrics apart', () => {
  it('averages only the figures that measure the same thing', () => {
    const options = [{ id: 1, name: 'Express' }, { id: 2, name: 'Fastify' }]
    const base = { sourceId: 1, unit: 'req/s', status: 'accepted' }
    const result = proposeScores({
      criterion: { id: 9, direction: 'benefit' },
      scale: { min: 0, max: 10 },
      options,
      claims: [
        { ...base, id: 1, optionIds: [1], valueMin: 15000, valueMax: 20000, metric: 'throughput' },
        { ...base, id: 2, optionIds: [1], valueMin: 3000, valueMax: 5000, metric: 'throughput with database query' },
        { ...base, id: 3, optionIds: [2], valueMin: 40000, valueMax: 50000, metric: 'throughput' },
        { ...base, id: 4, optionIds: [2], valueMin: 45000, valueMax: 45000, metric: null },
      ],
    })
    // Express: 17,500 (claim 2 measures something else); Fastify: mean of 45,000 and 45,000 = 45,000.
    // 17,500 ÷ 45,000 × 10 = 3.888… → 3.9
    expect(result.ignoredClaimIds).toEqual([2])
    expect(result.proposals.find((p) => p.optionId === 1)).toMatchObject({ score: 3.9, claimIds: [1] })
  })
})
