/**
 * Projects: create, rename, list, soft delete and restore. A deleted project stays restorable
 * for the rest of the session; `purgeDeletedBefore` removes older ones at the next start.
 */
import type { Kysely, Selectable } from 'kysely'
import { ArbiterError } from '../../shared/errors'
import type { DeletedProject, Project, ProjectSummary } from '../../shared/domain/project'
import type { Database, ProjectsTable } from '../db/schema'
import type { Handlers } from './handlers'
import { seedSampleProject } from './sample/seed-sample'
import { isUniqueViolation, nowIso } from './sqlite-errors'

const toProject = (row: Selectable<ProjectsTable>): Project => ({
  id: row.id,
  name: row.name,
  description: row.description,
  isSample: row.is_sample === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

const duplicateName = (name: string) =>
  new ArbiterError('CONFLICT', `A project named "${name}" already exists. Choose another name.`)

export function createProjectService(db: Kysely<Database>, sessionStartedAt: string) {
  async function findLive(id: number) {
    const row = await db
      .selectFrom('projects')
      .selectAll()
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (!row) throw new ArbiterError('NOT_FOUND', 'That project no longer exists.')
    return row
  }

  async function nameTaken(name: string, exceptId?: number): Promise<boolean> {
    const row = await db
      .selectFrom('projects')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
      .where('deleted_at', 'is', null)
      .$if(exceptId !== undefined, (qb) => qb.where('id', '!=', exceptId!))
      .executeTakeFirst()
    return row !== undefined
  }

  async function writeGuarded<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write()
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName(name)
      throw error
    }
  }

  const service = {
    async list() {
      const rows = await db
        .selectFrom('projects as p')
        .selectAll('p')
        .select((eb) => [
          eb.selectFrom('sources').select(eb.fn.countAll<number>().as('n'))
            .whereRef('sources.project_id', '=', 'p.id').where('sources.deleted_at', 'is', null).as('source_count'),
          eb.selectFrom('options').select(eb.fn.countAll<number>().as('n'))
            .whereRef('options.project_id', '=', 'p.id').where('options.deleted_at', 'is', null).as('option_count'),
          eb.selectFrom('decisions').select(eb.fn.countAll<number>().as('n'))
            .whereRef('decisions.project_id', '=', 'p.id').where('decisions.deleted_at', 'is', null).as('decision_count'),
        ])
        .where('p.deleted_at', 'is', null)
        .orderBy('p.updated_at', 'desc')
        .orderBy('p.id', 'desc')
        .execute()
      return rows.map(
        (row): ProjectSummary => ({
          ...toProject(row),
          sourceCount: Number(row.source_count ?? 0),
          optionCount: Number(row.option_count ?? 0),
          decisionCount: Number(row.decision_count ?? 0),
        }),
      )
    },

    async get({ id }) {
      return toProject(await findLive(id))
    },

    async create({ name, description }) {
      if (await nameTaken(name)) throw duplicateName(name)
      const row = await writeGuarded(name, () =>
        db.insertInto('projects').values({ name, description: description ?? '' }).returningAll().executeTakeFirstOrThrow(),
      )
      return toProject(row)
    },

    async rename({ id, name }) {
      await findLive(id)
      if (await nameTaken(name, id)) throw duplicateName(name)
      const row = await writeGuarded(name, () =>
        db.updateTable('projects').set({ name, updated_at: nowIso() }).where('id', '=', id)
          .returningAll().executeTakeFirstOrThrow(),
      )
      return toProject(row)
    },

    async remove({ id }) {
      const row = await findLive(id)
      const deletedAt = nowIso()
      await db.updateTable('projects').set({ deleted_at: deletedAt }).where('id', '=', id).execute()
      return { id, name: row.name, deletedAt }
    },

    async restore({ id }) {
      const row = await db.selectFrom('projects').selectAll().where('id', '=', id)
        .where('deleted_at', 'is not', null).executeTakeFirst()
      if (!row) throw new ArbiterError('NOT_FOUND', 'That project is not in the recently deleted list.')
      // Someone may have reused the name meanwhile: restore under a free variant instead of failing.
      let name = row.name
      for (let n = 1; await nameTaken(name); n++) name = `${row.name} (restored${n > 1 ? ` ${n}` : ''})`
      const restored = await writeGuarded(name, () =>
        db.updateTable('projects').set({ deleted_at: null, name, updated_at: nowIso() })
          .where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
      )
      return toProject(restored)
    },

    async createSample() {
      const id = await seedSampleProject(db)
      return toProject(await findLive(id))
    },

    async listDeleted() {
      const rows = await db.selectFrom('projects').select(['id', 'name', 'deleted_at'])
        .where('deleted_at', '>=', sessionStartedAt).orderBy('deleted_at', 'desc').execute()
      return rows.map((row): DeletedProject => ({ id: row.id, name: row.name, deletedAt: row.deleted_at! }))
    },
  } satisfies Handlers['projects']

  return {
    ...service,
    /** Removes projects deleted in earlier sessions (their undo window has closed). */
    async purgeDeletedBefore(cutoff: string): Promise<number> {
      const result = await db.deleteFrom('projects').where('deleted_at', '<', cutoff).executeTakeFirst()
      return Number(result.numDeletedRows)
    },
  }
}

export type ProjectService = ReturnType<typeof createProjectService>
