/** Search results for what the user typed, fetched ~120 ms after typing pauses. */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { SearchHit } from '../../shared/domain/search'
import { api } from '../api/client'
import { useDebounced } from '../ui/useDebounced'

const DEBOUNCE_MS = 120
const LIMIT = 60

/** Punctuation alone is not a search (the service ignores everything but letters and digits). */
export const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text)

/** `projectId: null` searches every project. */
export function useSearch(text: string, projectId: number | null) {
  const settled = useDebounced(text, DEBOUNCE_MS)
  const query = useQuery({
    queryKey: ['search', settled, projectId],
    queryFn: (): Promise<SearchHit[]> => api.search.query({ text: settled, projectId, limit: LIMIT }),
    enabled: hasWords(settled),
    // Evidence changes under the palette while it is closed; every search asks again.
    staleTime: 0,
    gcTime: 30_000,
    placeholderData: keepPreviousData,
  })
  return { ...query, hits: hasWords(settled) ? (query.data ?? []) : [], settled }
}
