/**
 * Opens (and creates or migrates) the SQLite store. Refuses, without writing a byte, files
 * that are not SQLite or that a newer Arbiter has migrated past what this build knows.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { migrations, SCHEMA_VERSION } from './migrations'
import { hasSqliteHeader } from './sqlite-file'
import type { Database } from './schema'

export type Store = {
  db: Kysely<Database>
  sqlite: SQLite.Database
  path: string
  schemaVersion: number
  /** True when this open created the database (first start on this file). */
  isNew: boolean
  close: () => Promise<void>
}

export type StoreProblem = 'not-sqlite' | 'newer-schema' | 'unreadable'

export class StoreOpenError extends Error {
  readonly problem: StoreProblem
  readonly path: string
  constructor(problem: StoreProblem, path: string, message: string) {
    super(message)
    this.name = 'StoreOpenError'
    this.problem = problem
    this.path = path
  }
}

const MIGRATION_TABLE = 'kysely_migration'

function assertLooksLikeSqlite(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return
  if (!hasSqliteHeader(path)) {
    throw new StoreOpenError('not-sqlite', path, `${path} is not an Arbiter database (it is not a SQLite file).`)
  }
}

function assertNotNewer(sqlite: SQLite.Database, path: string): void {
  const userVersion = sqlite.pragma('user_version', { simple: true }) as number
  const hasTable = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATION_TABLE)
  const applied = hasTable
    ? (sqlite.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).all() as { name: string }[]).map((r) => r.name)
    : []
  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name))
  if (userVersion > SCHEMA_VERSION || unknown.length > 0) {
    throw new StoreOpenError(
      'newer-schema',
      path,
      `${path} was written by a newer version of Arbiter (schema ${Math.max(userVersion, applied.length)}; this version knows ${SCHEMA_VERSION}).`,
    )
  }
}

function openSqlite(path: string, readonly: boolean): SQLite.Database {
  try {
    const sqlite = new SQLite(path, { readonly, fileMustExist: readonly })
    // Reading the schema forces SQLite to parse the header: a damaged file fails here.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get()
    return sqlite
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'SQLITE_NOTADB') {
      throw new StoreOpenError('not-sqlite', path, `${path} is not an Arbiter database (SQLite cannot read it).`)
    }
    throw new StoreOpenError('unreadable', path, `${path} could not be opened: ${(error as Error).message}`)
  }
}

export async function openStore(path: string): Promise<Store> {
  assertLooksLikeSqlite(path)
  const isNew = !existsSync(path) || statSync(path).size === 0
  mkdirSync(dirname(path), { recursive: true })
  const sqlite = openSqlite(path, false)
  try {
    assertNotNewer(sqlite, path)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    // FULL: a commit survives power loss, not just a crash of the app.
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('busy_timeout = 5000')
  } catch (error) {
    sqlite.close()
    throw error
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const store: Store = { db, sqlite, path, schemaVersion: SCHEMA_VERSION, isNew, close: () => db.destroy() }
  const migrator = new Migrator({
    db,
    migrationTableName: MIGRATION_TABLE,
    provider: { getMigrations: async () => migrations },
  })
  const { error } = await migrator.migrateToLatest()
  if (error) {
    await store.close()
    throw new StoreOpenError('unreadable', path, `${path} could not be upgraded: ${(error as Error).message}`)
  }
  sqlite.pragma(`user_version = ${SCHEMA_VERSION}`)
  return store
}
