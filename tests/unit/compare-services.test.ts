import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempStore, snapshotRows, type TempStore } from '../helpers/temp-store'

let temp: TempStore
let projectId: number
let ids: { django: number; express: number; throughput: number; cost: number }
beforeEach(async () => {
  temp = await openTempStore()
  projectId = (await temp.services.projects.create({ name: 'Framework' })).id
  const django = (await temp.services.options.create({ projectId, name: 'Django' })).id
  const express = (await temp.services.options.create({ projectId, name: 'Express' })).id
  const criteria = await temp.services.criteria.addStarterSet({ projectId })
  ids = { django, express, throughput: criteria.find((c) => c.name === 'Throughput')!.id, cost: criteria.find((c) => c.name === 'Cost')!.id }
})
afterEach(() => temp.close())

describe('scores', () => {
  it('saves several cells in one call, keeps rationale unless replaced, and links claims', async () => {
    const { source } = await temp.services.sources.importText({ projectId, title: 'Bench', text: 'Express served 15,000 requests per second.', format: 'text' })
    const claim = await temp.services.claims.create({
      sourceId: source.id, start: 0, end: 10, optionIds: [ids.express], criterionId: ids.throughput, polarity: 'supports', note: '',
      figure: { valueMin: 15000, valueMax: null, unit: 'req/s' },
    })
    await temp.services.compare.setScores({
      projectId,
      scores: [
        { optionId: ids.express, criterionId: ids.throughput, value: 8, rationale: 'Fast in raw benchmarks', claimIds: [claim.id] },
        { optionId: ids.django, criterionId: ids.throughput, value: 3, origin: 'proposed' },
      ],
    })
    await temp.services.compare.setScores({ projectId, scores: [{ optionId: ids.express, criterionId: ids.throughput, value: 7.5 }] })
    const { scale, scores } = await temp.services.compare.get({ projectId })
    expect(scale).toEqual({ min: 0, max: 10 })
    const express = scores.find((s) => s.optionId === ids.express)!
    expect(express).toMatchObject({ value: 7.5, rationale: 'Fast in raw benchmarks', origin: 'user', claimIds: [claim.id] })
    expect(scores.find((s) => s.optionId === ids.django)).toMatchObject({ value: 3, origin: 'proposed' })
  })

  it('refuses scores outside the scale, NaN and foreign cells, changing nothing', async () => {
    await temp.services.compare.setScores({ projectId, scores: [{ optionId: ids.django, criterionId: ids.cost, value: 4 }] })
    const before = snapshotRows(temp.store)
    const cell = { optionId: ids.django, criterionId: ids.cost }
    const attempts = [
      [{ ...cell, value: 11 }, { optionId: ids.express, criterionId: ids.cost, value: 5 }],
      [{ ...cell, value: -1 }],
      [{ ...cell, value: Number.NaN }],
      [{ ...cell, value: '7' }],
      [{ optionId: 9999, criterionId: ids.cost, value: 1 }],
    ]
    const messages = []
    for (const scores of attempts) {
      const result = await temp.dispatch('compare.setScores', { projectId, scores })
      expect(result.ok).toBe(false)
      if (!result.ok) messages.push(result.error.message)
    }
    expect(messages).toEqual([
      'Scores must be between 0 and 10; 11 is outside the scale.',
      'Scores must be between 0 and 10; -1 is outside the scale.',
      'scores.0.value: Score must be a number',
      'scores.0.value: Score must be a number',
      'Some of the chosen options are not part of this project.',
    ])
    expect(snapshotRows(temp.store)).toEqual(before)
  })
})

describe('weights and presets', () => {
  it('sets weights and locks in one transaction and validates them', async () => {
    const criteria = await temp.services.criteria.setWeights({
      projectId,
      weights: [{ criterionId: ids.throughput, weight: 90, locked: true }, { criterionId: ids.cost, weight: 0 }],
    })
    expect(criteria.find((c) => c.id === ids.throughput)).toMatchObject({ weight: 90, weightLocked: true })
    expect(criteria.find((c) => c.id === ids.cost)).toMatchObject({ weight: 0 })
    expect(await temp.dispatch('criteria.setWeights', { projectId, weights: [{ criterionId: ids.cost, weight: 101 }] })).toMatchObject({
      ok: false, error: { message: 'weights.0.weight: Weight must be between 0 and 100' },
    })
  })

  it('ships presets, applies them by criterion name without touching locked weights, and saves the current weights', async () => {
    await temp.services.criteria.setWeights({ projectId, weights: [{ criterionId: ids.throughput, weight: 5, locked: true }] })
    const presets = await temp.services.presets.list({ projectId })
    expect(presets.filter((p) => p.builtin).map((p) => p.name)).toEqual([
      'API-first product', 'Full web app with admin', 'AI/ML product', 'JavaScript team', 'Real-time features',
    ])
    const applied = await temp.services.presets.apply({ projectId, key: 'builtin:ai-ml' })
    expect(applied.find((c) => c.name === 'AI/ML fit')!.weight).toBe(100)
    expect(applied.find((c) => c.id === ids.throughput)!.weight).toBe(5)

    const saved = await temp.services.presets.save({ projectId, name: 'Our weights' })
    expect(saved.weights['AI/ML fit']).toBe(100)
    await temp.services.presets.apply({ projectId, key: 'builtin:real-time' })
    const back = await temp.services.presets.apply({ projectId, key: saved.key })
    expect(back.find((c) => c.name === 'Async / real-time')!.weight).toBe(60)
    expect(await temp.dispatch('presets.save', { projectId, name: 'api-first PRODUCT' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await temp.dispatch('presets.apply', { projectId, key: 'builtin:nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
