/**
 * Full-text search over sources, claims and decisions (the FTS5 table `search_index`, kept in
 * step by triggers). Hits come back best first: title matches (sources and decisions) by bm25,
 * then body matches by bm25, or newest first for a very common query (search-body.ts), each
 * with a plain-text snippet and highlight offsets (a claim's title is its quote). Rows of
 * deleted projects, sources, claims or decisions never show, including claims whose source was
 * deleted.
 */
import { sql, type Kysely } from 'kysely'
import type { SearchHit, SearchKind } from '../../shared/domain/search'
import type { Database } from '../db/schema'
import type { Handlers } from './handlers'
import { mergeTiers, prefixTerms, rankTitles, type Candidate } from './search-candidates'
import { expandablePrefix, matchExpression, queryWords } from './search-query'
import { makeSnippet, snippetTerms, type SnippetTerms } from './search-snippet'
import { bodyCandidates } from './search-body'

const DEFAULT_LIMIT = 50
// A claim's title is its quote; the palette shows one line of it.
const TITLE_MAX = 300
const kinds: Record<number, SearchKind> = { 1: 'source', 2: 'claim', 3: 'decision' }

type Row = {
  id: number
  ref: number
  code: number
  project_id: number
  project_name: string
  title: string
  source_id: number | null
  rank: number
  body: string | null
}

/** The FTS5 expression for `words` and the terms to highlight; null when the last word is a prefix of no indexed word. */
async function queryFor(db: Kysely<Database>, words: string[]): Promise<{ expression: string; terms: SnippetTerms } | null> {
  const prefix = expandablePrefix(words)
  const lastTerms = prefix === null ? null : await prefixTerms(db, prefix)
  if (lastTerms?.length === 0) return null
  return { expression: matchExpression(words, lastTerms), terms: snippetTerms(words, lastTerms) }
}

/**
 * Candidates best first: every title match in scope, then body matches (search-body.ts), with
 * spares in case a row turns out deleted (triggers keep the index in step; liveRows checks).
 * Title matches are live by construction (`search_titles` drops deleted sources and decisions;
 * rankTitles leaves out deleted projects), so when they alone fill the page, bodies are not
 * searched: nothing found there would be shown.
 */
async function candidatesFor(db: Kysely<Database>, expression: string, projectId: number | null, wanted: number): Promise<Candidate[]> {
  const take = wanted * 3
  // Deleted projects keep their rows (they can be restored): searches of every project skip them.
  const deleted = projectId === null
    ? (await db.selectFrom('projects').select('id').where('deleted_at', 'is not', null).execute()).map((p) => p.id)
    : []
  const titles = await rankTitles(db, expression, projectId, deleted, take)
  if (titles.length >= wanted) return titles
  return mergeTiers(titles, await bodyCandidates(db, expression, projectId, deleted, take), take)
}

/** The live rows among `candidates`, in their order, at most `wanted` of them. */
async function liveRows(db: Kysely<Database>, candidates: Candidate[], projectId: number | null, wanted: number): Promise<Row[]> {
  const found: Row[] = []
  // A page's worth at a time: nearly always one round, instead of joining every spare candidate.
  for (let from = 0; from < candidates.length && found.length < wanted; from += wanted) {
    const { rows } = await sql<Row>`
      WITH top AS (
        SELECT value ->> '$.id' AS id, value ->> '$.score' AS score, key AS ord FROM json_each(${JSON.stringify(candidates.slice(from, from + wanted))})
      )
      SELECT top.id AS id, top.id / 4 AS ref, top.id % 4 AS code, p.id AS project_id, p.name AS project_name,
        coalesce(s.title, substr(c.quote, 1, ${TITLE_MAX}), d.title, '') AS title, c.source_id AS source_id, top.score AS rank,
        -- The text as indexed, for its snippet (search-snippet.ts); FTS5 reads it by rowid.
        (SELECT body FROM search_index WHERE rowid = top.id) AS body
      FROM top
      LEFT JOIN sources s ON top.id % 4 = 1 AND s.id = top.id / 4 AND s.deleted_at IS NULL
      LEFT JOIN claims c ON top.id % 4 = 2 AND c.id = top.id / 4 AND c.deleted_at IS NULL
      LEFT JOIN sources cs ON cs.id = c.source_id AND cs.deleted_at IS NULL
      LEFT JOIN decisions d ON top.id % 4 = 3 AND d.id = top.id / 4 AND d.deleted_at IS NULL
      -- The project comes from the row's own table: the index's copy sits after a source's whole text.
      JOIN projects p ON p.id = coalesce(s.project_id, c.project_id, d.project_id) AND p.deleted_at IS NULL
      WHERE (s.id IS NOT NULL OR cs.id IS NOT NULL OR d.id IS NOT NULL)
        AND (${projectId} IS NULL OR p.id = ${projectId})
      ORDER BY top.ord
    `.execute(db)
    found.push(...rows)
  }
  return found.slice(0, wanted)
}

export function createSearchService(db: Kysely<Database>) {
  return {
    async query({ text, projectId, limit }) {
      const words = queryWords(text)
      if (words.length === 0) return []
      const query = await queryFor(db, words)
      if (query === null) return []
      const wanted = limit ?? DEFAULT_LIMIT
      const rows = await liveRows(db, await candidatesFor(db, query.expression, projectId, wanted), projectId, wanted)
      return rows.map((row): SearchHit => ({
        kind: kinds[row.code],
        id: row.ref,
        projectId: row.project_id,
        projectName: row.project_name,
        title: row.title,
        snippet: makeSnippet(row.body ?? '', query.terms),
        rank: row.rank,
        sourceId: row.source_id,
      }))
    },
  } satisfies Handlers['search']
}
