/**
 * The schema objects (tables, indexes, triggers, views) a file must hold: exactly those Arbiter's
 * migrations create, compared by type, name and SQL against a fresh in-memory database migrated
 * to the same version. A trigger or view smuggled into a file would run code on our side later.
 */
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { migrations } from '../../db/migrations'

export type SchemaObject = { type: string; name: string; sql: string | null }

const normalise = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim())
const keyOf = (o: SchemaObject) => `${o.type}\u0000${o.name}\u0000${normalise(o.sql)}`

export function schemaObjects(sqlite: SQLite.Database): SchemaObject[] {
  return sqlite.prepare('SELECT type, name, sql FROM sqlite_master').all() as SchemaObject[]
}

const cache = new Map<number, Promise<SchemaObject[]>>()

/** The objects of a database migrated to `version`, built once per version. */
export function expectedSchema(version: number): Promise<SchemaObject[]> {
  let found = cache.get(version)
  if (!found) {
    found = buildExpected(version)
    cache.set(version, found)
  }
  return found
}

async function buildExpected(version: number): Promise<SchemaObject[]> {
  const sqlite = new SQLite(':memory:')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  try {
    const migrator = new Migrator({ db, migrationTableName: 'kysely_migration', provider: { getMigrations: async () => migrations } })
    const { error } = await migrator.migrateTo(Object.keys(migrations)[version - 1])
    if (error) throw error
    return schemaObjects(sqlite)
  } finally {
    await db.destroy()
  }
}

/** Objects in `actual` that Arbiter would not have created, and expected ones that are missing. */
export function compareSchema(actual: readonly SchemaObject[], expected: readonly SchemaObject[]) {
  const expectedKeys = new Set(expected.map(keyOf))
  const actualKeys = new Set(actual.map(keyOf))
  return {
    extra: actual.filter((o) => !expectedKeys.has(keyOf(o))),
    missing: expected.filter((o) => !actualKeys.has(keyOf(o))),
  }
}

export const describeObjects = (objects: readonly SchemaObject[]): string => {
  const shown = objects.slice(0, 5).map((o) => `${o.type} “${o.name}”`)
  return objects.length > 5 ? `${shown.join(', ')} and ${objects.length - 5} more` : shown.join(', ')
}
