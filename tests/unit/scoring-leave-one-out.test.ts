import { describe, expect, it } from 'vitest'
import { leaveOneSourceOut, scoreKey, type LeaveOneOutInput, type MatrixCell } from '../../shared/scoring'

const scale = { min: 0, max: 10 }
const django = { id: 1, name: 'Django' }
const fastapi = { id: 2, name: 'FastAPI' }
const flask = { id: 3, name: 'Flask' }
const throughput = { id: 10, name: 'Throughput', direction: 'benefit' as const, weight: 50, unit: 'req/s' }
const features = { id: 11, name: 'Built-in features', direction: 'benefit' as const, weight: 50 }

let nextId = 1
function claim(sourceId: number, optionId: number, value: number | null, criterionId = 10) {
  return { id: nextId++, sourceId, optionIds: [optionId], criterionId, valueMin: value, valueMax: value, unit: value === null ? null : 'req/s', status: 'accepted' }
}

function cells(entries: [number, number, number | null, MatrixCell['origin']][]): Map<string, MatrixCell> {
  return new Map(entries.map(([o, c, score, origin]) => [scoreKey(o, c), { score, origin }]))
}

describe('leaveOneSourceOut', () => {
  it('finds the one source the winner rests on, and leaves the user’s own cells alone', () => {
    // Claims (req/s): “TechEmpower round 22” (1): FastAPI 20,000, Flask 4,000; “Django benchmarks” (2):
    // Django 10,000; “Community survey” (3): no number. Flask's Throughput cell was typed by the user.
    // Baseline proposals: FastAPI 20,000/20,000·10 = 10, Django 10,000/20,000·10 = 5.
    // Totals (shares ½, ½):  Django  0.5·0.5 + 0.5·0.8 = 0.65
    //                        FastAPI 0.5·1.0 + 0.5·0.6 = 0.80  ← winner
    //                        Flask   0.5·0.3 + 0.5·0.5 = 0.40
    // Without source 1: FastAPI has no figure → missing; Django 10,000 is now the highest → 10.
    //   Django 0.5·1 + 0.4 = 0.9, FastAPI 0 + 0.3 = 0.3 → Django wins; 2 proposed cells changed
    //   (Flask stays 3: the user set it).
    // Without source 2: Django → missing; FastAPI still 10. Django 0.4, FastAPI 0.8 → FastAPI; 1 change.
    // Without source 3: nothing it says is a number → 0 changes, FastAPI.
    const input: LeaveOneOutInput = {
      scale,
      options: [django, fastapi, flask],
      criteria: [throughput, features],
      cells: cells([
        [1, 10, 5, 'proposed'], [2, 10, 10, 'proposed'], [3, 10, 3, 'user'],
        [1, 11, 8, 'user'], [2, 11, 6, 'user'], [3, 11, 5, 'user'],
      ]),
      claims: [claim(1, 2, 20000), claim(1, 3, 4000), claim(2, 1, 10000), claim(3, 1, null, 11)],
      sources: [
        { id: 1, title: 'TechEmpower round 22' },
        { id: 2, title: 'Django benchmarks' },
        { id: 3, title: 'Community survey' },
      ],
    }
    const result = leaveOneSourceOut(input)
    expect(result.baselineWinnerId).toBe(2)
    expect(result.sources).toEqual([
      { sourceId: 1, winnerId: 1, changesWinner: true, changedCells: 2 },
      { sourceId: 2, winnerId: 2, changesWinner: false, changedCells: 1 },
      { sourceId: 3, winnerId: 2, changesWinner: false, changedCells: 0 },
    ])
    expect(result.sentence).toBe('Removing “TechEmpower round 22” would make Django win.')
  })

  it('says no single source decides when every removal keeps the winner', () => {
    // Claims: A (1) FastAPI 20,000; B (2) Django 10,000; C (3) FastAPI 22,000 and Django 8,000.
    // Baseline: FastAPI mean 21,000 → 10; Django mean 9,000 → 9,000/21,000·10 = 4.29 → 4.3.
    //   Django 0.5·0.43 + 0.5·0.8 = 0.615, FastAPI 0.5·1 + 0.5·0.6 = 0.8 → FastAPI.
    // Without A: FastAPI 22,000 → 10, Django 9,000/22,000·10 = 4.09 → 4.1 (1 change) → FastAPI.
    // Without B: FastAPI 21,000 → 10, Django 8,000/21,000·10 = 3.81 → 3.8 (1 change) → FastAPI.
    // Without C: FastAPI 20,000 → 10, Django 10,000/20,000·10 = 5 (1 change): 0.65 vs 0.8 → FastAPI.
    const input: LeaveOneOutInput = {
      scale,
      options: [django, fastapi],
      criteria: [throughput, features],
      cells: cells([[1, 10, 4.3, 'proposed'], [2, 10, 10, 'proposed'], [1, 11, 8, 'user'], [2, 11, 6, 'user']]),
      claims: [claim(1, 2, 20000), claim(2, 1, 10000), claim(3, 2, 22000), claim(3, 1, 8000)],
      sources: [{ id: 1, title: 'A' }, { id: 2, title: 'B' }, { id: 3, title: 'C' }],
    }
    const result = leaveOneSourceOut(input)
    expect(result.sources.map((s) => [s.winnerId, s.changesWinner, s.changedCells])).toEqual([[2, false, 1], [2, false, 1], [2, false, 1]])
    expect(result.sentence).toBe('No single source decides the outcome.')
  })

  it('names a tie left by a removal and counts the other deciding sources', () => {
    // Throughput only. Claims: A (1) Django 10,000; B (2) FastAPI 10,000; C (3) FastAPI 6,000.
    // Baseline: Django 10,000 → 10; FastAPI mean 8,000 → 8 → Django wins.
    // Without C: FastAPI 10,000 → 10, Django 10 → tie (no winner) → changes the winner.
    // Without A: Django has no figure → missing; FastAPI → 10 → FastAPI wins.
    // Without B: FastAPI 6,000 → 6, Django 10 → Django.
    const input: LeaveOneOutInput = {
      scale,
      options: [django, fastapi],
      criteria: [throughput],
      cells: cells([[1, 10, 10, 'proposed'], [2, 10, 8, 'proposed']]),
      claims: [claim(1, 1, 10000), claim(2, 2, 10000), claim(3, 2, 6000)],
      sources: [{ id: 3, title: 'C' }, { id: 1, title: 'A' }, { id: 2, title: 'B' }],
    }
    const result = leaveOneSourceOut(input)
    expect(result.sources).toEqual([
      { sourceId: 3, winnerId: null, changesWinner: true, changedCells: 1 },
      { sourceId: 1, winnerId: 2, changesWinner: true, changedCells: 2 },
      { sourceId: 2, winnerId: 1, changesWinner: false, changedCells: 1 },
    ])
    expect(result.sentence).toBe('Removing “C” would leave Django and FastAPI tied; 1 other source would also change the winner.')
  })

  it('handles an empty matrix and a project with no sources', () => {
    const empty = leaveOneSourceOut({ scale, options: [], criteria: [], cells: new Map(), claims: [], sources: [{ id: 1, title: 'A' }] })
    expect(empty).toEqual({ baselineWinnerId: null, sources: [{ sourceId: 1, winnerId: null, changesWinner: false, changedCells: 0 }], sentence: 'No single source decides the outcome.' })
    const noSources = leaveOneSourceOut({ scale, options: [django], criteria: [features], cells: cells([[1, 11, 4, 'user']]), claims: [], sources: [] })
    expect(noSources).toEqual({ baselineWinnerId: 1, sources: [], sentence: 'No single source decides the outcome.' })
  })
})
