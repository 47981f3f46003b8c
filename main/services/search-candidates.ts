/**
 * The parts of a search besides its body matches (search-body.ts): the vocabulary lookup for a
 * typed prefix, and title matches, which are all ranked and listed first.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../db/schema'

/** A prefix standing for more words than this is left to FTS5's own prefix search. */
const MAX_EXPANSIONS = 64

export type Candidate = { id: number; score: number }

/**
 * The project of a row of `table` (rowid = id * 4 + kind), read from the row's own table by
 * primary key, ~0.3 µs: search_index's copy sits after each source's whole text.
 */
export function rowProject(table: 'search_index' | 'search_titles'): RawBuilder<number | null> {
  const rowid = sql.raw(`${table}.rowid`)
  return sql<number | null>`(CASE ${rowid} % 4
    WHEN 1 THEN (SELECT project_id FROM sources WHERE id = ${rowid} / 4)
    WHEN 2 THEN (SELECT project_id FROM claims WHERE id = ${rowid} / 4)
    ELSE (SELECT project_id FROM decisions WHERE id = ${rowid} / 4) END)`
}

/**
 * The indexed words starting with `prefix` (lower-case ASCII), or null when there are too many
 * to list. The vocabulary is read in term order and stops at the limit; it costs about what
 * one prefix query does, once per search instead of once per statement.
 */
export async function prefixTerms(db: Kysely<Database>, prefix: string): Promise<string[] | null> {
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)
  const { rows } = await sql<{ term: string }>`
    SELECT term FROM search_vocab WHERE term >= ${prefix} AND term < ${next} LIMIT ${MAX_EXPANSIONS + 1}
  `.execute(db)
  return rows.length > MAX_EXPANSIONS ? null : rows.map((row) => row.term)
}

/**
 * Every title match in scope, best first, from `search_titles` (migration 0004). Its rows are
 * short and few (sources and decisions only), so finding, checking and ranking all of them
 * stays cheap however common the words are in bodies.
 */
export async function rankTitles(db: Kysely<Database>, expression: string, projectId: number | null, deletedProjectIds: readonly number[], take: number): Promise<Candidate[]> {
  const project = rowProject('search_titles')
  const inScope = projectId !== null ? sql`${project} = ${projectId}`
    : deletedProjectIds.length > 0 ? sql`${project} NOT IN (SELECT value FROM json_each(${JSON.stringify(deletedProjectIds)}))`
    : sql`1`
  const { rows } = await sql<Candidate>`
    SELECT rowid AS id, bm25(search_titles) AS score FROM search_titles
    WHERE search_titles MATCH ${expression} AND ${inScope}
    ORDER BY score, id LIMIT ${take}
  `.execute(db)
  return rows
}

/** Title matches first, then body matches without them: the first `take` of both. */
export function mergeTiers(titles: readonly Candidate[], bodies: readonly Candidate[], take: number): Candidate[] {
  const seen = new Set(titles.map((c) => c.id))
  return [...titles, ...bodies.filter((c) => !seen.has(c.id))].slice(0, take)
}
