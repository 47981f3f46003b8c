/** What options are judged on: name, direction (benefit or cost), weight and the keywords suggestions look for. */
import type { Kysely, Selectable } from 'kysely'
import type { Criterion } from '../../shared/domain/evidence'
import { starterCriteria } from '../../shared/domain/starter-criteria'
import type { CriteriaTable, Database } from '../db/schema'
import type { Handlers } from './handlers'
import { assertInProject, assertLiveProject, parseList, projectOf, restoreDeleted, softDelete, uniqueName } from './records'
import { nowIso } from './sqlite-errors'

export const toCriterion = (row: Selectable<CriteriaTable>): Criterion => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  description: row.description,
  direction: row.direction,
  weight: row.weight,
  weightLocked: row.weight_locked === 1,
  keywords: parseList(row.keywords),
  unit: row.unit,
  position: row.position,
})

const tidyKeywords = (keywords: readonly string[]) => [...new Set(keywords.map((k) => k.trim().toLowerCase()).filter(Boolean))]

export function createCriterionService(db: Kysely<Database>) {
  const get = async (id: number) => toCriterion(await db.selectFrom('criteria').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
  const nextPosition = async (projectId: number) => {
    const last = await db.selectFrom('criteria').select((eb) => eb.fn.max('position').as('max')).where('project_id', '=', projectId).executeTakeFirst()
    return Number(last?.max ?? -1) + 1
  }
  const list = async (projectId: number) => {
    const rows = await db.selectFrom('criteria').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null)
      .orderBy('position').orderBy('id').execute()
    return rows.map(toCriterion)
  }

  return {
    list: ({ projectId }) => list(projectId),
    async create({ projectId, name, description, direction, keywords, unit }) {
      await assertLiveProject(db, projectId)
      const position = await nextPosition(projectId)
      const row = await uniqueName('a criterion', name, () =>
        db.insertInto('criteria')
          .values({
            project_id: projectId, name, description: description ?? '', direction: direction ?? 'benefit',
            keywords: JSON.stringify(tidyKeywords(keywords ?? [])), unit: unit ?? null, position,
          })
          .returningAll().executeTakeFirstOrThrow(),
      )
      return toCriterion(row)
    },
    async update({ id, name, description, direction, keywords, unit }) {
      await projectOf(db, 'criteria', id)
      await uniqueName('a criterion', name ?? '', () =>
        db.updateTable('criteria')
          .set({
            ...(name !== undefined && { name }),
            ...(description !== undefined && { description }),
            ...(direction !== undefined && { direction }),
            ...(keywords !== undefined && { keywords: JSON.stringify(tidyKeywords(keywords)) }),
            ...(unit !== undefined && { unit }),
            updated_at: nowIso(),
          })
          .where('id', '=', id).execute(),
      )
      return get(id)
    },
    async remove({ id }) {
      const { name } = await get(id)
      await softDelete(db, 'criteria', id)
      return { id, name }
    },
    async restore({ id }) {
      await restoreDeleted(db, 'criteria', id)
      return get(id)
    },
    /** Adds the starter criteria the project does not have yet (matched by name, any case). */
    async addStarterSet({ projectId }) {
      await assertLiveProject(db, projectId)
      const existing = new Set((await list(projectId)).map((c) => c.name.toLowerCase()))
      const missing = starterCriteria.filter((c) => !existing.has(c.name.toLowerCase()))
      let position = await nextPosition(projectId)
      await db.transaction().execute(async (trx) => {
        for (const c of missing) {
          await trx.insertInto('criteria').values({
            project_id: projectId, name: c.name, description: c.description, direction: c.direction,
            keywords: JSON.stringify(c.keywords), unit: c.unit ?? null, position: position++,
          }).execute()
        }
      })
      return list(projectId)
    },
    async setWeights({ projectId, weights }) {
      await assertLiveProject(db, projectId)
      await assertInProject(db, 'criteria', projectId, weights.map((w) => w.criterionId))
      await db.transaction().execute(async (trx) => {
        for (const { criterionId, weight, locked } of weights) {
          await trx.updateTable('criteria')
            .set({ weight, ...(locked !== undefined && { weight_locked: locked ? 1 : 0 }), updated_at: nowIso() })
            .where('id', '=', criterionId).execute()
        }
      })
      return list(projectId)
    },
  } satisfies Handlers['criteria']
}
