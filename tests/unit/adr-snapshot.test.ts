/** Freezing the comparison on acceptance and describing, in words, how it has changed since. */
import { describe, expect, it } from 'vitest'
import { toMatrixInput, type ComparisonState } from '../../shared/adr/comparison'
import { comparisonChangedSince, takeSnapshot } from '../../shared/adr/snapshot'
import type { Criterion, Option } from '../../shared/domain/evidence'
import { scoreKey } from '../../shared/scoring'

const TAKEN = '2026-11-22T10:00:00.000Z'

function option(id: number, name: string): Option {
  return { id, projectId: 1, name, aliases: [], description: '', position: id }
}

function criterion(id: number, name: string, weight: number, direction: 'benefit' | 'cost' = 'benefit'): Criterion {
  return { id, projectId: 1, name, description: '', direction, weight, weightLocked: false, keywords: [], unit: null, position: id }
}

//            Throughput(45)   Latency(55, lower is better)
//   Express       6                4 → u 0.6
//   Fastify       9                3 → u 0.7
// Shares 0.45 / 0.55.
// Express = 0.45·0.6 + 0.55·0.6 = 0.27 + 0.33 = 0.60
// Fastify = 0.45·0.9 + 0.55·0.7 = 0.405 + 0.385 = 0.79   ← winner
// Fastify leads at every share of either criterion (0.7 + 0.2p and 0.9 − 0.2p against Express's flat 0.6).
function state(): ComparisonState {
  const cell = (optionId: number, criterionId: number, value: number | null, claimIds: number[] = []) => ({
    optionId, criterionId, value, rationale: '', origin: 'user' as const, claimIds, updatedAt: '2026-01-01T00:00:00Z',
  })
  return {
    projectName: 'HTTP API',
    projectDescription: '',
    scale: { min: 0, max: 10 },
    options: [option(1, 'Express'), option(2, 'Fastify')],
    criteria: [criterion(10, 'Throughput', 45), criterion(11, 'Latency', 55, 'cost')],
    scores: [cell(1, 10, 6), cell(1, 11, 4, [3]), cell(2, 10, 9, [5, 3]), cell(2, 11, 3)],
    claims: [],
    sources: [{ id: 1, title: 'Bench', author: null, publisher: null, publishedDate: null, url: null }],
  }
}

describe('toMatrixInput', () => {
  it('carries weights, directions and every score into the scoring input', () => {
    const input = toMatrixInput(state())
    expect(input.criteria).toEqual([
      { id: 10, name: 'Throughput', direction: 'benefit', weight: 45 },
      { id: 11, name: 'Latency', direction: 'cost', weight: 55 },
    ])
    expect(input.scores.get(scoreKey(2, 11))).toBe(3)
    expect(input.scores.size).toBe(4)
  })
})

describe('takeSnapshot', () => {
  it('freezes totals, ranks, shares, scores, the winner, cited claims and the robustness sentences', () => {
    const snapshot = takeSnapshot(state(), TAKEN, [9, 3])
    expect(snapshot).toEqual({
      takenAt: TAKEN,
      scale: { min: 0, max: 10 },
      options: [
        { id: 1, name: 'Express', total: expect.closeTo(0.6, 9), rank: 2 },
        { id: 2, name: 'Fastify', total: expect.closeTo(0.79, 9), rank: 1 },
      ],
      criteria: [
        { id: 10, name: 'Throughput', direction: 'benefit', weight: 45, share: expect.closeTo(0.45, 9) },
        { id: 11, name: 'Latency', direction: 'cost', weight: 55, share: expect.closeTo(0.55, 9) },
      ],
      scores: [
        { optionId: 1, criterionId: 10, value: 6 },
        { optionId: 1, criterionId: 11, value: 4 },
        { optionId: 2, criterionId: 10, value: 9 },
        { optionId: 2, criterionId: 11, value: 3 },
      ],
      winnerId: 2,
      // Scores cite 3 and 5, the draft cites 9 and 3: sorted, each once.
      claimIds: [3, 5, 9],
      sensitivity: 'No single weight change makes another option win: Fastify stays ahead at any weight of any one criterion.',
      leaveOneSourceOut: 'No single source decides the outcome.',
    })
  })

  it('has no totals, ranks, shares or winner when nothing is weighted', () => {
    const unweighted = state()
    unweighted.criteria = unweighted.criteria.map((c) => ({ ...c, weight: 0 }))
    const snapshot = takeSnapshot(unweighted, TAKEN)
    expect(snapshot.options.map((o) => [o.total, o.rank])).toEqual([[null, null], [null, null]])
    expect(snapshot.criteria.map((c) => c.share)).toEqual([null, null])
    expect(snapshot.winnerId).toBeNull()
    expect(snapshot.sensitivity).toBe('No weights are set, so there is no winner to test.')
  })

  it('is a deep copy: later edits to the state or the cited ids never reach it', () => {
    const live = state()
    const cited = [9]
    const snapshot = takeSnapshot(live, TAKEN, cited)
    const frozen = structuredClone(snapshot)
    live.options[0].name = 'Express 5'
    live.criteria[0].weight = 99
    live.scores[0].value = 1
    live.scores[2].claimIds.push(77)
    live.scale.max = 5
    live.options.push(option(3, 'Django'))
    cited.push(42)
    expect(snapshot).toEqual(frozen)
  })

  it('is deterministic', () => {
    expect(takeSnapshot(state(), TAKEN, [1])).toEqual(takeSnapshot(state(), TAKEN, [1]))
  })
})

describe('comparisonChangedSince', () => {
  const frozen = () => takeSnapshot(state(), TAKEN)

  it('reports nothing when the comparison is as it was, also after a JSON round trip', () => {
    expect(comparisonChangedSince(frozen(), state())).toEqual({ changed: false, reasons: [] })
    expect(comparisonChangedSince(JSON.parse(JSON.stringify(frozen())), state())).toEqual({ changed: false, reasons: [] })
  })

  it('names weight, score, option and criterion changes', () => {
    const weights = state()
    weights.criteria[0].weight = 60
    expect(comparisonChangedSince(frozen(), weights)).toEqual({ changed: true, reasons: ['Throughput weight changed from 45 to 60'] })

    const score = state()
    score.scores[1].value = 3
    expect(comparisonChangedSince(frozen(), score).reasons).toEqual(['Express × Latency score changed from 4 to 3'])

    const cleared = state()
    cleared.scores.splice(1, 1)
    expect(comparisonChangedSince(frozen(), cleared).reasons).toEqual(['Express × Latency score changed from 4 to no score'])

    // A new option without scores totals 0, so Fastify still wins; its empty cells are not listed.
    const added = state()
    added.options.push(option(3, 'Django'))
    expect(comparisonChangedSince(frozen(), added).reasons).toEqual(['option Django was added'])

    // Without Latency: Express 0.6, Fastify 0.9 — same winner.
    const removed = state()
    removed.criteria.pop()
    expect(comparisonChangedSince(frozen(), removed).reasons).toEqual(['criterion Latency was removed'])

    // On 0–20 with Latency a benefit: Express 0.45·0.3 + 0.55·0.2 = 0.245, Fastify 0.45·0.45 + 0.55·0.15 = 0.285 — same winner.
    const renamed = state()
    renamed.options[0].name = 'Express.js'
    renamed.criteria[1].direction = 'benefit'
    renamed.scale = { min: 0, max: 20 }
    expect(comparisonChangedSince(frozen(), renamed).reasons).toEqual([
      'the score scale changed from 0–10 to 0–20',
      'option Express was renamed to Express.js',
      'Latency changed from lower is better to higher is better',
    ])
  })

  it('says first when the winner changed', () => {
    // Express 10 and 0 → utilities 1 and 1 → total 1.0 > Fastify's 0.79.
    const flipped = state()
    flipped.scores[0].value = 10
    flipped.scores[1].value = 0
    expect(comparisonChangedSince(frozen(), flipped).reasons).toEqual([
      'the winner changed from Fastify to Express',
      'Express × Throughput score changed from 6 to 10',
      'Express × Latency score changed from 4 to 0',
    ])
  })

  it('lists at most five changes and counts the rest', () => {
    const busy = state()
    busy.options.push(option(3, 'Django'))
    busy.criteria[0].weight = 50
    busy.criteria[1].weight = 50
    busy.scores = busy.scores.map((s) => ({ ...s, value: (s.value ?? 0) + 0.5 }))
    const result = comparisonChangedSince(frozen(), busy)
    expect(result.changed).toBe(true)
    expect(result.reasons).toEqual([
      'option Django was added',
      'Throughput weight changed from 45 to 50',
      'Latency weight changed from 55 to 50',
      'Express × Throughput score changed from 6 to 6.5',
      'Express × Latency score changed from 4 to 4.5',
      'and 2 more changes',
    ])
  })
})
