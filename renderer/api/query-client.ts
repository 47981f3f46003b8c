import { QueryClient } from '@tanstack/react-query'

/** Local data never goes stale behind our back: refetch only after our own writes invalidate it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
})
