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
      const { rows } = await sql<Row>`
        SELECT search_index.rowid / 4 AS ref, search_index.rowid % 4 AS code, p.id AS project_id, p.name AS project_name,
          coalesce(s.title, substr(c.quote, 1, ${TITLE_MAX}), d.title, '') AS title, c.source_id AS source_id,
          snippet(search_index, 1, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) AS snippet,
          bm25(search_index, ${TITLE_WEIGHT}, 1.0, 0.0) AS rank
        FROM search_index
        JOIN projects p ON p.id = search_index.project_id AND p.deleted_at IS NULL
        LEFT JOIN sources s ON search_index.rowid % 4 = 1 AND s.id = search_index.rowid / 4 AND s.deleted_at IS NULL
        LEFT JOIN claims c ON search_index.rowid % 4 = 2 AND c.id = search_index.rowid / 4 AND c.deleted_at IS NULL
        LEFT JOIN sources cs ON cs.id = c.source_id AND cs.deleted_at IS NULL
        LEFT JOIN decisions d ON search_index.rowid % 4 = 3 AND d.id = search_index.rowid / 4 AND d.deleted_at IS NULL
        WHERE search_index MATCH ${match}
          AND (s.id IS NOT NULL OR cs.id IS NOT NULL OR d.id IS NOT NULL)
          AND (${projectId} IS NULL OR search_index.project_id = ${projectId})
        ORDER BY rank, search_index.rowid
        LIMIT ${limit ?? DEFAULT_LIMIT}
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
