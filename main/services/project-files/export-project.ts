/**
 * Writes one project to a `.arbiter` file: a fresh Arbiter database beside the target, filled in
 * one transaction with ids as they are, then renamed over the target so a reader never sees half
 * a file. Soft-deleted rows are removed before commit with the same foreign-key rules a real
 * delete follows, then the file is compacted so none of their text stays in free pages.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { ArbiterError } from '../../../shared/errors'
import { openStore, type Store } from '../../db/connection'
import { PROJECT_FILE_APPLICATION_ID, projectTables, softDeleteTables } from './format'
import { readProjectRows } from './project-rows'

export type ExportOptions = { overwrite?: boolean }
export type ExportResult = { filePath: string; bytes: number }

// SQLite allows 32,766 bound values per statement; stay well under it.
const MAX_VALUES_PER_INSERT = 20_000

const removeQuietly = (path: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true })
}

export async function exportProjectFile(store: Store, projectId: number, filePath: string, options: ExportOptions = {}): Promise<ExportResult> {
  const project = await store.db.selectFrom('projects').select('name').where('id', '=', projectId).where('deleted_at', 'is', null).executeTakeFirst()
  if (!project) throw new ArbiterError('NOT_FOUND', 'That project no longer exists.')
  if (!options.overwrite && existsSync(filePath)) {
    throw new ArbiterError('CONFLICT', `“${basename(filePath)}” already exists. Choose another name, or confirm that it should be replaced.`)
  }
  const rows = await readProjectRows(store.db, projectId)
  const tempPath = join(dirname(filePath), `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`)
  let target: Store | undefined
  try {
    target = await openStore(tempPath)
    const db = target.db
    await db.transaction().execute(async (trx) => {
      for (const table of projectTables) {
        const list = rows[table]
        if (list.length === 0) continue
        const perRow = Object.keys(list[0]).length
        const chunk = Math.max(1, Math.floor(MAX_VALUES_PER_INSERT / perRow))
        for (let i = 0; i < list.length; i += chunk) {
          await trx.insertInto(table as 'sources').values(list.slice(i, i + chunk) as never).execute()
        }
      }
      // Children of deleted rows go with them (cascade) or lose the reference (set null), exactly as in the app.
      for (const table of softDeleteTables) await trx.deleteFrom(table).where('deleted_at', 'is not', null).execute()
    })
    // Merging the search index drops the words of deleted rows; VACUUM rewrites every page.
    await sql`INSERT INTO search_index (search_index) VALUES ('optimize')`.execute(db)
    target.sqlite.exec('VACUUM')
    target.sqlite.pragma(`application_id = ${PROJECT_FILE_APPLICATION_ID}`)
    // One self-contained file: no -wal/-shm companions to lose when it is mailed or copied.
    target.sqlite.pragma('journal_mode = DELETE')
    await target.close()
    target = undefined
    renameSync(tempPath, filePath)
    return { filePath, bytes: statSync(filePath).size }
  } catch (error) {
    if (target) await target.close().catch(() => undefined)
    removeQuietly(tempPath)
    if (error instanceof ArbiterError) throw error
    throw new ArbiterError('INTERNAL', `The project could not be written to “${basename(filePath)}”: ${(error as Error).message}`)
  }
}
