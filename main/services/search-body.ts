/**
 * Body matches in scope, best first, with bounded work however common the words are.
 *
 * - A query with at most RANKED_MAX matches in the whole index has them all ranked by bm25, titles
 *   weighted above bodies, exactly as before.
 * - A query with more (a very common word or short prefix) lists its body matches newest first,
 *   after every title match (search-candidates.ts). Ranking them was the cost: bm25 first counts
 *   the documents of each word over the whole index, 1 to 12 ms for a word found in a fifth of
 *   it (more the more segments the index has), then takes about 1.5 µs per ranked row, even
 *   when the project holds only a few of those matches. Thousands of equally weak matches are
 *   not worth it; newest first is deterministic, cheap (FTS5 walks its doclists from the end
 *   and stops), and how a list of evidence is usually read. Such hits carry rank 0: FTS5's bm25
 *   scores are negative, so 0 still sorts them after every ranked hit.
 *
 * Scope: the newest matches are walked and each row's project read from its own table
 * (~0.3 µs a row); the project being worked on holds most recent matches, so that settles it
 * nearly always. Otherwise (a project whose matches are few and older than another project's)
 * FTS5 itself finds the project's newest rows through its `scope` token (migration 0004):
 * slower per match of a busy project, whose every row holds the token, but as fast however few
 * the project's matches are.
 */
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { rowProject, type Candidate } from './search-candidates'
import { scopedExpression } from './search-query'

/** Most matches a query may have in the whole index to be ranked by bm25 (under 1 ms of ranking). */
export const RANKED_MAX = 400

/** Body candidates best first: one project's (`projectId`), or any but deleted projects'. */
export async function bodyCandidates(db: Kysely<Database>, expression: string, projectId: number | null, deletedProjectIds: readonly number[], take: number): Promise<Candidate[]> {
  // One past RANKED_MAX tells a very common query apart; newest first needs `take` of them.
  const walk = Math.max(RANKED_MAX, take) + 1
  const checked = projectId !== null || deletedProjectIds.length > 0
  const { rows } = await sql<{ id: number; project: number | null }>`
    SELECT rowid AS id, ${checked ? rowProject('search_index') : sql`NULL`} AS project FROM search_index
    WHERE search_index MATCH ${expression} ORDER BY rowid DESC LIMIT ${walk}
  `.execute(db)
  const deleted = new Set(deletedProjectIds)
  const inScope = (project: number | null) => (projectId === null ? project === null || !deleted.has(project) : project === projectId)
  const ids = rows.filter((row) => inScope(row.project)).map((row) => row.id)
  if (rows.length < walk) return rankByBm25(db, expression, ids, take)
  if (ids.length >= take) return ids.slice(0, take).map((id) => ({ id, score: 0 }))
  const scoped = scopedExpression(expression, projectId, deletedProjectIds)
  const { rows: newest } = await sql<Candidate>`
    SELECT rowid AS id, 0 AS score FROM search_index WHERE search_index MATCH ${scoped} ORDER BY rowid DESC LIMIT ${take}
  `.execute(db)
  return newest
}

/** `ids` (all matching `expression`) ranked by bm25, titles weighing ten times a body. */
async function rankByBm25(db: Kysely<Database>, expression: string, ids: number[], take: number): Promise<Candidate[]> {
  if (ids.length === 0) return []
  // Rowid bounds reach FTS5 only as integers (a bound JS number is a REAL, which FTS5 ignores,
  // walking every match instead of seeking to the range). `+rowid` keeps the list from being
  // handed to FTS5 as one lookup per rowid, which costs far more than a walk of the range.
  const { rows } = await sql<Candidate>`
    SELECT rowid AS id, bm25(search_index, 10.0, 1.0, 0.0, 0.0) AS score FROM search_index
    WHERE search_index MATCH ${expression}
      AND rowid >= CAST(${Math.min(...ids)} AS INTEGER) AND rowid <= CAST(${Math.max(...ids)} AS INTEGER)
      AND +rowid IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
    ORDER BY score, id LIMIT ${take}
  `.execute(db)
  return rows
}
