/**
 * Decisions were indexed for search by their `sections` JSON, so the section keys ("context",
 * "drivers", "outcome"…) matched every decision and snippets showed JSON punctuation. From here
 * on the index holds the section texts only (every string value, in document order), and the
 * decisions already stored are indexed again the same way.
 */
import { sql, type Kysely } from 'kysely'

// Sections are always JSON written by Arbiter; should one not be, index it as it is rather than fail the write.
const sectionText = (column: string) =>
  `CASE WHEN json_valid(${column}) THEN (SELECT group_concat(value, char(10)) FROM json_tree(${column}) WHERE type = 'text') ELSE ${column} END`

const insert = `INSERT INTO search_index (rowid, title, body, project_id)
    SELECT NEW.id * 4 + 3, NEW.title, ${sectionText('NEW.sections')}, NEW.project_id WHERE NEW.deleted_at IS NULL;`

const statements = [
  `DROP TRIGGER decisions_search_insert`,
  `DROP TRIGGER decisions_search_update`,
  `CREATE TRIGGER decisions_search_insert AFTER INSERT ON decisions BEGIN ${insert} END`,
  `CREATE TRIGGER decisions_search_update AFTER UPDATE ON decisions BEGIN
      DELETE FROM search_index WHERE rowid = OLD.id * 4 + 3; ${insert} END`,
  `DELETE FROM search_index WHERE rowid % 4 = 3`,
  `INSERT INTO search_index (rowid, title, body, project_id)
    SELECT id * 4 + 3, title, ${sectionText('sections')}, project_id FROM decisions WHERE deleted_at IS NULL`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
