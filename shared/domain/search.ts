/** Full-text search across sources, claims and decisions: what a hit looks like to the renderer. */
import { z } from 'zod'

export const searchKinds = ['source', 'claim', 'decision'] as const
export type SearchKind = (typeof searchKinds)[number]

/** Highlighted ranges in `text` as [start, end) offsets in UTF-16 code units, in order. */
export type SearchSnippet = { text: string; highlights: [number, number][] }

export type SearchHit = {
  kind: SearchKind
  id: number
  projectId: number
  projectName: string
  title: string
  snippet: SearchSnippet
  /** bm25 score, lower is better; 0 for body hits of a very common query, which come newest first after every ranked hit. */
  rank: number
  /** Claims only: the source the claim quotes, so choosing the hit can open it. */
  sourceId: number | null
}

export const SEARCH_TEXT_MAX = 10_000
export const SEARCH_LIMIT_MAX = 200

export const searchText = z.string({ error: 'Search text must be text' }).max(SEARCH_TEXT_MAX, { error: `Search text can be at most ${SEARCH_TEXT_MAX} characters` })
export const searchLimit = z.number({ error: 'Limit must be a number' }).int().min(1).max(SEARCH_LIMIT_MAX)
