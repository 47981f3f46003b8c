/**
 * Full-text search over sources, claims and decisions (the FTS5 table `search_index`, kept in
 * step by triggers). Hits come back best first by bm25 with titles weighted above bodies, with
 * a plain-text snippet and highlight offsets (a claim's title is its quote); rows of deleted projects, sources, claims or
 * decisions never show, including claims whose source was deleted.
 */
import { sql, type Kysely } from 'kysely'
import type { SearchHit, SearchKind } from '../../shared/domain/search'
import type { Database } from '../db/schema'
import type { Handlers } from './handlers'
import { MARK_CLOSE, MARK_OPEN, parseSnippet, toMatchExpression } from './search-query'

const DEFAULT_LIMIT = 50
const TITLE_WEIGHT = 10
const SNIPPET_TOKENS = 24
// A claim's title is its quote; the palette shows one line of it.
const TITLE_MAX = 300
const kinds: Record<number, SearchKind> = { 1: 'source', 2: 'claim', 3: 'decision' }

type Row = {
  ref: number
  code: number
  project_id: number
  project_name: string
  title: string
  source_id: number | null
  snippet: string
  rank: number
}

export function createSearchService(db: Kysely<Database>) {
  return {
    async query({ text, projectId, limit }) {
      const match = toMatchExpression(text)
      if (match === null) return []
      const wanted = limit ?? DEFAULT_LIMIT
      // Rank inside FTS5 first and keep a few more than asked (some may belong to deleted rows),
      // so joins and snippets are computed for those few rows, not for every match.
      const { rows } = await sql<Row>`
        WITH top AS (
          SELECT rowid, rank FROM search_index
          WHERE search_index MATCH ${match} AND rank MATCH ${`bm25(${TITLE_WEIGHT}, 1.0, 0.0)`}
            AND (${projectId} IS NULL OR project_id = ${projectId})
            AND project_id IN (SELECT id FROM projects WHERE deleted_at IS NULL)
          ORDER BY rank
          LIMIT ${wanted * 3}
        )
        SELECT top.rowid / 4 AS ref, top.rowid % 4 AS code, p.id AS project_id, p.name AS project_name,
          coalesce(s.title, substr(c.quote, 1, ${TITLE_MAX}), d.title, '') AS title, c.source_id AS source_id,
          snippet(search_index, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet,
          top.rank AS rank
        FROM top
        JOIN search_index ON search_index.rowid = top.rowid
        JOIN projects p ON p.id = search_index.project_id AND p.deleted_at IS NULL
        LEFT JOIN sources s ON top.rowid % 4 = 1 AND s.id = top.rowid / 4 AND s.deleted_at IS NULL
        LEFT JOIN claims c ON top.rowid % 4 = 2 AND c.id = top.rowid / 4 AND c.deleted_at IS NULL
        LEFT JOIN sources cs ON cs.id = c.source_id AND cs.deleted_at IS NULL
        LEFT JOIN decisions d ON top.rowid % 4 = 3 AND d.id = top.rowid / 4 AND d.deleted_at IS NULL
        WHERE search_index MATCH ${match}
          AND (s.id IS NOT NULL OR cs.id IS NOT NULL OR d.id IS NOT NULL)
        ORDER BY top.rank, top.rowid
        LIMIT ${wanted}
      `.execute(db)
      return rows.map((row): SearchHit => ({
        kind: kinds[row.code],
        id: row.ref,
        projectId: row.project_id,
        projectName: row.project_name,
        title: row.title,
        snippet: parseSnippet(row.snippet ?? ''),
        rank: row.rank,
        sourceId: row.source_id,
      }))
    },
  } satisfies Handlers['search']
}
