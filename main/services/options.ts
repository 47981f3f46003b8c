/** The candidates a project compares (Django, FastAPI, …), with the aliases articles use for them. */
import type { Kysely, Selectable } from 'kysely'
import type { Option } from '../../shared/domain/evidence'
import type { Database, OptionsTable } from '../db/schema'
import type { Handlers } from './handlers'
import { assertLiveProject, parseList, projectOf, restoreDeleted, softDelete, uniqueName } from './records'
import { nowIso } from './sqlite-errors'

export const toOption = (row: Selectable<OptionsTable>): Option => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  aliases: parseList(row.aliases),
  description: row.description,
  position: row.position,
})

export function createOptionService(db: Kysely<Database>) {
  const get = async (id: number) => toOption(await db.selectFrom('options').selectAll().where('id', '=', id).executeTakeFirstOrThrow())

  return {
    async list({ projectId }) {
      const rows = await db.selectFrom('options').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null)
        .orderBy('position').orderBy('id').execute()
      return rows.map(toOption)
    },
    async create({ projectId, name, aliases, description }) {
      await assertLiveProject(db, projectId)
      const last = await db.selectFrom('options').select((eb) => eb.fn.max('position').as('max')).where('project_id', '=', projectId).executeTakeFirst()
      const row = await uniqueName('an option', name, () =>
        db.insertInto('options')
          .values({ project_id: projectId, name, aliases: JSON.stringify(aliases ?? []), description: description ?? '', position: Number(last?.max ?? -1) + 1 })
          .returningAll().executeTakeFirstOrThrow(),
      )
      return toOption(row)
    },
    async update({ id, name, aliases, description }) {
      await projectOf(db, 'options', id)
      await uniqueName('an option', name ?? '', () =>
        db.updateTable('options')
          .set({
            ...(name !== undefined && { name }),
            ...(aliases !== undefined && { aliases: JSON.stringify(aliases) }),
            ...(description !== undefined && { description }),
            updated_at: nowIso(),
          })
          .where('id', '=', id).execute(),
      )
      return get(id)
    },
    async remove({ id }) {
      const { name } = await get(id)
      await softDelete(db, 'options', id)
      return { id, name }
    },
    async restore({ id }) {
      await restoreDeleted(db, 'options', id)
      return get(id)
    },
  } satisfies Handlers['options']
}
