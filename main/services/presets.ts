/** Named weight sets: the ones Arbiter ships and the ones a user saves; applied by criterion name. */
import type { Kysely } from 'kysely'
import { builtinPresets, type WeightPreset } from '../../shared/domain/weights'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { toCriterion } from './criteria'
import type { Handlers } from './handlers'
import { assertLiveProject, uniqueName } from './records'
import { nowIso } from './sqlite-errors'

const parseWeights = (json: string): Record<string, number> => {
  const value: unknown = JSON.parse(json)
  if (typeof value !== 'object' || value === null) return {}
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number'))
}

export function createPresetService(db: Kysely<Database>) {
  const userPresets = async (projectId: number): Promise<WeightPreset[]> => {
    const rows = await db.selectFrom('weight_presets').selectAll().where('project_id', '=', projectId).orderBy('name').execute()
    return rows.map((row) => ({
      id: row.id, key: `saved:${row.id}`, name: row.name, description: row.description, weights: parseWeights(row.weights), builtin: false,
    }))
  }
  const liveCriteria = (projectId: number) =>
    db.selectFrom('criteria').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute()

  return {
    async list({ projectId }) {
      await assertLiveProject(db, projectId)
      return [...builtinPresets, ...(await userPresets(projectId))]
    },
    async save({ projectId, name, description }) {
      await assertLiveProject(db, projectId)
      if (builtinPresets.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
        throw new ArbiterError('CONFLICT', `"${name}" is the name of a preset that comes with Arbiter; choose another name.`)
      }
      const weights = Object.fromEntries((await liveCriteria(projectId)).map((c) => [c.name, c.weight]))
      const row = await uniqueName('a preset', name, () =>
        db.insertInto('weight_presets').values({ project_id: projectId, name, description: description ?? '', weights: JSON.stringify(weights) })
          .returningAll().executeTakeFirstOrThrow(),
      )
      return { id: row.id, key: `saved:${row.id}`, name: row.name, description: row.description, weights, builtin: false }
    },
    async apply({ projectId, key }) {
      const preset = [...builtinPresets, ...(await userPresets(projectId))].find((p) => p.key === key)
      if (!preset) throw new ArbiterError('NOT_FOUND', 'That preset no longer exists.')
      const byName = new Map(Object.entries(preset.weights).map(([name, weight]) => [name.toLowerCase(), weight]))
      const criteria = await liveCriteria(projectId)
      // Inside a transaction only `trx` may query: the single connection is held by it.
      await db.transaction().execute(async (trx) => {
        for (const criterion of criteria) {
          const weight = byName.get(criterion.name.toLowerCase())
          // Locked weights stay where the user pinned them.
          if (weight === undefined || criterion.weight_locked) continue
          await trx.updateTable('criteria').set({ weight, updated_at: nowIso() }).where('id', '=', criterion.id).execute()
        }
      })
      return (await liveCriteria(projectId)).map(toCriterion)
    },
    async remove({ id }) {
      const row = await db.selectFrom('weight_presets').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
      if (!row) throw new ArbiterError('NOT_FOUND', 'That preset no longer exists.')
      await db.deleteFrom('weight_presets').where('id', '=', id).execute()
      return { id, name: row.name }
    },
  } satisfies Handlers['presets']
}
