/**
 * Opens a `.arbiter` file for reading without trusting it. The file may have been crafted, so it
 * is opened read-only by its own handle (never attached to the user's database), checked for
 * damage, identity, version and schema before any row is read, and nothing stored in it is run.
 * Files from an older Arbiter are copied to a temp folder and upgraded there; the original is
 * never written.
 */
import { hasSqliteHeader } from '../../db/sqlite-file'
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import SQLite from 'better-sqlite3'
import { ArbiterError } from '../../../shared/errors'
import { openStore } from '../../db/connection'
import { migrations, SCHEMA_VERSION } from '../../db/migrations'
import { PROJECT_FILE_APPLICATION_ID } from './format'
import { compareSchema, describeObjects, expectedSchema, schemaObjects } from './schema-objects'


export type OpenedProjectFile = { sqlite: SQLite.Database; schemaVersion: number }

const refuse = (filePath: string, why: string) => new ArbiterError('VALIDATION', `“${basename(filePath)}” ${why}`)

function assertSqliteHeader(filePath: string): void {
  let size: number
  try {
    size = statSync(filePath).size
  } catch {
    throw new ArbiterError('NOT_FOUND', `“${basename(filePath)}” does not exist or cannot be read.`)
  }
  if (size < 16 || !hasSqliteHeader(filePath)) {
    throw refuse(filePath, 'is not an Arbiter project file (it is not a SQLite database).')
  }
}

function openReadOnly(filePath: string): SQLite.Database {
  try {
    const sqlite = new SQLite(filePath, { readonly: true, fileMustExist: true })
    // Functions reached from a crafted schema must not have side effects, whatever we run.
    sqlite.pragma('trusted_schema = OFF')
    return sqlite
  } catch (error) {
    throw refuse(filePath, `could not be opened: ${(error as Error).message}`)
  }
}

const damaged = (filePath: string) => refuse(filePath, 'is damaged or incomplete (it may have been cut short while copying) and cannot be imported.')

/** Runs the checks in order; the first failure closes the handle and explains itself. */
async function checkOpened(filePath: string, sqlite: SQLite.Database): Promise<number> {
  try {
    const result = sqlite.pragma('quick_check', { simple: true })
    if (result !== 'ok') throw damaged(filePath)
  } catch (error) {
    if (error instanceof ArbiterError) throw error
    throw damaged(filePath)
  }
  if (sqlite.pragma('application_id', { simple: true }) !== PROJECT_FILE_APPLICATION_ID) {
    throw refuse(filePath, 'is a SQLite database but not an Arbiter project file.')
  }
  const version = sqlite.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    throw refuse(filePath, `was made by a newer version of Arbiter (file version ${version}; this version reads up to ${SCHEMA_VERSION}). Update Arbiter to import it.`)
  }
  if (version < 1) throw refuse(filePath, 'is not a complete Arbiter project file (it has no schema version).')
  const { extra, missing } = compareSchema(schemaObjects(sqlite), await expectedSchema(version))
  if (extra.length > 0) throw refuse(filePath, `contains objects Arbiter does not create (${describeObjects(extra)}); it was not imported.`)
  if (missing.length > 0) throw refuse(filePath, `is missing parts of Arbiter's schema (${describeObjects(missing)}); it was not imported.`)
  const applied = (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  if (applied.join('\n') !== Object.keys(migrations).slice(0, version).join('\n')) {
    throw refuse(filePath, 'has a schema history this version of Arbiter does not recognise; it was not imported.')
  }
  return version
}

/**
 * Opens, checks and (for older files) upgrades a copy; calls `read` with a read-only handle on
 * a file of the current schema, then closes it and removes any temp copy.
 */
export async function withProjectFile<T>(filePath: string, read: (file: OpenedProjectFile) => T | Promise<T>): Promise<T> {
  assertSqliteHeader(filePath)
  let sqlite = openReadOnly(filePath)
  let tempDir: string | undefined
  try {
    const version = await checkOpened(filePath, sqlite)
    if (version < SCHEMA_VERSION) {
      sqlite.close()
      tempDir = mkdtempSync(join(tmpdir(), 'arbiter-upgrade-'))
      const copy = join(tempDir, 'project.arbiter')
      copyFileSync(filePath, copy)
      const upgraded = await openStore(copy).catch((error: Error) => {
        throw refuse(filePath, `was made by an older Arbiter and could not be upgraded: ${error.message}`)
      })
      upgraded.sqlite.pragma('journal_mode = DELETE')
      await upgraded.close()
      sqlite = openReadOnly(copy)
    }
    return await read({ sqlite, schemaVersion: version })
  } finally {
    if (sqlite.open) sqlite.close()
    if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  }
}
