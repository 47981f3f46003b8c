/**
 * What every evidence service shares: finding live rows, checking they belong to the project,
 * soft delete and restore, JSON list columns, and unique-name failures turned into messages.
 */
import type { Kysely } from 'kysely'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { isUniqueViolation, nowIso } from './sqlite-errors'

export type SoftDeletable = 'options' | 'criteria' | 'sources' | 'claims'

const labels: Record<SoftDeletable | 'projects', string> = {
  projects: 'project',
  options: 'option',
  criteria: 'criterion',
  sources: 'source',
  claims: 'claim',
}

export const parseList = (json: string): string[] => {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

export async function assertLiveProject(db: Kysely<Database>, projectId: number): Promise<void> {
  const row = await db.selectFrom('projects').select('id').where('id', '=', projectId).where('deleted_at', 'is', null).executeTakeFirst()
  if (!row) throw new ArbiterError('NOT_FOUND', 'That project no longer exists.')
}

/** The live row's project id, or NOT_FOUND in words the user understands. */
export async function projectOf(db: Kysely<Database>, table: SoftDeletable, id: number): Promise<number> {
  const row = await db
    .selectFrom(table as 'options')
    .select('project_id')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!row) throw new ArbiterError('NOT_FOUND', `That ${labels[table]} no longer exists.`)
  return row.project_id
}

export async function softDelete(db: Kysely<Database>, table: SoftDeletable, id: number): Promise<void> {
  await projectOf(db, table, id)
  await db.updateTable(table as 'options').set({ deleted_at: nowIso() }).where('id', '=', id).execute()
}

/** Undoes a soft delete; a name clash (someone reused the name meanwhile) gets a clear message. */
export async function restoreDeleted(db: Kysely<Database>, table: SoftDeletable, id: number): Promise<void> {
  try {
    const result = await db
      .updateTable(table as 'options')
      .set({ deleted_at: null, updated_at: nowIso() })
      .where('id', '=', id)
      .where('deleted_at', 'is not', null)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) throw new ArbiterError('NOT_FOUND', `That ${labels[table]} is not deleted, or no longer exists.`)
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ArbiterError('CONFLICT', `Another ${labels[table]} now has the same name; rename it first, then undo again.`)
    }
    throw error
  }
}

/** Runs a write that may hit a unique name index, naming the clash in the message. */
export async function uniqueName<T>(what: string, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isUniqueViolation(error)) throw new ArbiterError('CONFLICT', `This project already has ${what} named "${name}".`)
    throw error
  }
}

/** Ids that must all be live rows of the given project (options or criteria a claim is tagged with). */
export async function assertInProject(db: Kysely<Database>, table: 'options' | 'criteria', projectId: number, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  const found = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null)
    .execute()
  if (found.length !== new Set(ids).size) {
    throw new ArbiterError('VALIDATION', `Some of the chosen ${table === 'options' ? 'options' : 'criteria'} are not part of this project.`)
  }
}
