/** Seeding the sample project: its scores, the claims behind them and the preset weights. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sampleScores } from '../../main/services/sample/sample-content'
import { builtinPresets } from '../../shared/domain/weights'
import { openTempStore, type TempStore } from '../helpers/temp-store'

let temp: TempStore
beforeEach(async () => {
  temp = await openTempStore()
})
afterEach(() => temp.close())

describe('sample project seeding', () => {
  it('scores every option on every criterion, with rationales and cited claims', async () => {
    const { services } = temp
    const project = await services.projects.createSample()
    const projectId = project.id
    const [options, criteria, claims, compare] = await Promise.all([
      services.options.list({ projectId }),
      services.criteria.list({ projectId }),
      services.claims.list({ projectId }),
      services.compare.get({ projectId }),
    ])
    expect(compare.scale).toEqual({ min: 0, max: 10 })
    expect(compare.scores).toHaveLength(64)
    expect(new Set(compare.scores.map((s) => `${s.optionId}:${s.criterionId}`)).size).toBe(64)

    const optionName = new Map(options.map((o) => [o.id, o.name]))
    const criterionName = new Map(criteria.map((c) => [c.id, c.name]))
    const claimById = new Map(claims.map((c) => [c.id, c]))
    for (const score of compare.scores) {
      const cell = `${optionName.get(score.optionId)} × ${criterionName.get(score.criterionId)}`
      expect(score.rationale.length, cell).toBeGreaterThan(0)
      expect(score.origin).toBe('user')
      expect(score.value).not.toBeNull()
      const expected = sampleScores.scores.find((s) => `${s.option} × ${s.criterion}` === cell)!
      expect(score.value, cell).toBe(expected.value)
      expect(score.claimIds, cell).toHaveLength(expected.claims.length)
      for (const id of score.claimIds) {
        const claim = claimById.get(id)!
        expect(claim, `${cell} cites claim ${id}`).toBeDefined()
        expect(claim.optionIds, `${cell} cites claim ${id}`).toContain(score.optionId)
        expect(claim.criterionId, `${cell} cites claim ${id}`).toBe(score.criterionId)
      }
    }
    const cited = compare.scores.filter((s) => s.claimIds.length > 0)
    expect(cited.length).toBeGreaterThan(compare.scores.length * 0.75)
  })

  it('weights the criteria as the API-first preset does', async () => {
    const { services } = temp
    const project = await services.projects.createSample()
    const preset = builtinPresets.find((p) => p.key === 'builtin:api-first')!
    const criteria = await services.criteria.list({ projectId: project.id })
    expect(criteria).toHaveLength(16)
    expect(Object.fromEntries(criteria.map((c) => [c.name, c.weight]))).toEqual(preset.weights)
  })

  it('seeds a second copy under a new name with its own scores', async () => {
    const { services } = temp
    const first = await services.projects.createSample()
    const second = await services.projects.createSample()
    expect(second.name).not.toBe(first.name)
    const [a, b] = await Promise.all([services.compare.get({ projectId: first.id }), services.compare.get({ projectId: second.id })])
    expect(b.scores).toHaveLength(64)
    const firstClaims = new Set(a.scores.flatMap((s) => s.claimIds))
    expect(b.scores.flatMap((s) => s.claimIds).some((id) => firstClaims.has(id))).toBe(false)
  })
})
