/**
 * Makes search fast on large projects (1,000 sources, 100,000 claims). `search_index` is
 * rebuilt with the same rowids (and rows, but for the change at the end), and two tables are
 * added:
 *
 * - `prefix = '2 3'`: two- and three-letter prefixes get their own index entries. Results show
 *   while the user types, so "dj" or "kaf" are real queries; without these entries FTS5 merges
 *   the doclists of every word with that prefix on each query (tens of milliseconds for "re").
 *   Longer prefixes are expanded through `search_vocab` instead (see services/search-query.ts).
 *   The price is space: the index's doclists grow from 12 to 32 MB on the large-project
 *   benchmark (1,000 sources, 100,000 claims; the indexed text itself is 22 MB).
 * - `scope`: one token per row naming its project, U+E002 followed by the project id. When a
 *   project's matches are few among newer ones of other projects, search adds the token to the
 *   query so FTS5 itself skips the other projects' rows, however many there are. Search words
 *   hold only letters, digits and marks, never a private-use character, so no typed word can
 *   match it. `project_id` stays as it was (unindexed).
 * - `search_vocab`: the index's vocabulary (fts5vocab, nothing stored), to expand a typed
 *   prefix into the words it stands for.
 * - `search_titles`: the titles of sources and decisions again, on their own (same rowids).
 *   Title matches are ranked and listed before body matches, whose ranking is skipped for a
 *   very common word (services/search-body.ts); this table finds and ranks them among a few
 *   thousand short rows instead of among every match of the word.
 *
 * The triggers keeping search_index in step are those of 0001 and 0002, recreated to fill
 * `scope`, with one change: claims of a deleted source leave the index with it (and come back
 * when it is restored). Search never showed them, but they stayed indexed, and a search that
 * lists only the newest matches of a common word must not spend that list on rows it cannot
 * show.
 */
import { sql, type Kysely } from 'kysely'

// As in 0002: decisions are indexed by the text values of their sections JSON.
const sectionText = (column: string) =>
  `CASE WHEN json_valid(${column}) THEN (SELECT group_concat(value, char(10)) FROM json_tree(${column}) WHERE type = 'text') ELSE ${column} END`
const liveSource = (sourceId: string) => `(SELECT deleted_at FROM sources WHERE id = ${sourceId}) IS NULL`
/** The scope token of a project id (SQL): U+E002, a private-use character, then the id. */
const scope = (projectId: string) => `char(57346) || ${projectId}`

// As in 0001 and 0002, with `scope`.
function searchTriggers(table: string, code: number, title: string, body: string, extra = ''): string[] {
  const insert = `INSERT INTO search_index (rowid, title, body, project_id, scope)
    SELECT NEW.id * 4 + ${code}, ${title}, ${body}, NEW.project_id, ${scope('NEW.project_id')} WHERE NEW.deleted_at IS NULL ${extra};`
  return [
    `DROP TRIGGER ${table}_search_insert`,
    `DROP TRIGGER ${table}_search_update`,
    `CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${insert} END`,
    `CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN
      DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${code}; ${insert} END`,
  ]
}

// Like search_index's, but only when what search_titles holds changes.
function titleTriggers(table: string, code: number): string[] {
  const insert = `INSERT INTO search_titles (rowid, title) SELECT NEW.id * 4 + ${code}, NEW.title WHERE NEW.deleted_at IS NULL;`
  return [
    `CREATE TRIGGER ${table}_title_insert AFTER INSERT ON ${table} BEGIN ${insert} END`,
    `CREATE TRIGGER ${table}_title_update AFTER UPDATE OF id, title, project_id, deleted_at ON ${table} BEGIN
      DELETE FROM search_titles WHERE rowid = OLD.id * 4 + ${code}; ${insert} END`,
    `CREATE TRIGGER ${table}_title_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM search_titles WHERE rowid = OLD.id * 4 + ${code}; END`,
  ]
}

const statements = [
  `DROP TABLE search_index`,
  `CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, project_id UNINDEXED, scope, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  )`,
  `CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_index, row)`,
  // The delete triggers of 0001 only name the rowid: they stay as they are.
  ...searchTriggers('sources', 1, `NEW.title`, `NEW.full_text`),
  ...searchTriggers('claims', 2, `''`, `NEW.quote || ' ' || NEW.note`, `AND NEW.status <> 'dismissed' AND ${liveSource('NEW.source_id')}`),
  ...searchTriggers('decisions', 3, `NEW.title`, sectionText('NEW.sections')),
  // A source's claims leave the index when it is deleted and come back when it is restored.
  `CREATE TRIGGER sources_claims_search AFTER UPDATE OF deleted_at ON sources
    WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
      DELETE FROM search_index WHERE rowid IN (SELECT id * 4 + 2 FROM claims WHERE source_id = NEW.id);
      INSERT INTO search_index (rowid, title, body, project_id, scope)
        SELECT id * 4 + 2, '', quote || ' ' || note, project_id, ${scope('project_id')} FROM claims
        WHERE source_id = NEW.id AND NEW.deleted_at IS NULL AND deleted_at IS NULL AND status <> 'dismissed'; END`,
  `INSERT INTO search_index (rowid, title, body, project_id, scope)
    SELECT id * 4 + 1, title, full_text, project_id, ${scope('project_id')} FROM sources WHERE deleted_at IS NULL`,
  `INSERT INTO search_index (rowid, title, body, project_id, scope)
    SELECT id * 4 + 2, '', quote || ' ' || note, project_id, ${scope('project_id')} FROM claims
    WHERE deleted_at IS NULL AND status <> 'dismissed' AND ${liveSource('source_id')}`,
  `INSERT INTO search_index (rowid, title, body, project_id, scope)
    SELECT id * 4 + 3, title, ${sectionText('sections')}, project_id, ${scope('project_id')} FROM decisions WHERE deleted_at IS NULL`,

  `CREATE VIRTUAL TABLE search_titles USING fts5 (title, tokenize = 'unicode61 remove_diacritics 2')`,
  // Deleting a row removes its words from the index at once instead of marking them deleted
  // until a merge. Exporting a project drops its soft-deleted rows and optimizes search_index
  // only; on a large export the pending words reach disk before the deletes, and without this
  // the titles of deleted sources and decisions would stay readable in the file.
  `INSERT INTO search_titles (search_titles, rank) VALUES ('secure-delete', 1)`,
  ...titleTriggers('sources', 1),
  ...titleTriggers('decisions', 3),
  `INSERT INTO search_titles (rowid, title)
    SELECT id * 4 + 1, title FROM sources WHERE deleted_at IS NULL
    UNION ALL SELECT id * 4 + 3, title FROM decisions WHERE deleted_at IS NULL`,

  // One merged segment each: queries read one b-tree instead of the many a bulk insert leaves.
  `INSERT INTO search_index (search_index) VALUES ('optimize')`,
  `INSERT INTO search_titles (search_titles) VALUES ('optimize')`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
