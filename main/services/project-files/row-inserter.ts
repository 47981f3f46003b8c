/**
 * Inserts a project file's rows through one prepared statement per table and column set, reused
 * for every row. Building and preparing a statement per row (with the search-index triggers
 * compiled each time) took most of an import's time: ~40 s for 100,000 claims. Runs on the
 * store's own connection, so it is part of the import's transaction.
 */
import type SQLite from 'better-sqlite3'
import type { Insertable } from 'kysely'
import type { Database } from '../../db/schema'

export type RowInserter = <T extends keyof Database & string>(table: T, row: Insertable<Database[T]>) => number

export function rowInserter(sqlite: SQLite.Database): RowInserter {
  const statements = new Map<string, SQLite.Statement>()
  return (table, row) => {
    // Column names come from the row schemas (strict objects of known columns), never from file text.
    const columns = Object.keys(row)
    const key = `${table}(${columns.join(',')})`
    let statement = statements.get(key)
    if (!statement) {
      statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
      statements.set(key, statement)
    }
    // The id of this row, not of what its triggers inserted into the search index.
    return Number(statement.run(row).lastInsertRowid)
  }
}
