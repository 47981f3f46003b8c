/**
 * TanStack Query keys and hooks for a project's evidence: options, criteria, sources, claims and
 * conflicts. Claims are fetched once per project (every status) and filtered in memory, so no
 * view makes one call per source or per option. Each mutation invalidates what it can change.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { api } from '../api/client'
import { projectKeys } from '../projects/queries'

export const evidenceKeys = {
  all: (projectId: number) => ['evidence', projectId] as const,
  options: (projectId: number) => [...evidenceKeys.all(projectId), 'options'] as const,
  criteria: (projectId: number) => [...evidenceKeys.all(projectId), 'criteria'] as const,
  sources: (projectId: number) => [...evidenceKeys.all(projectId), 'sources'] as const,
  // The source text is large and never changes, so it lives under its own key and is not refetched with the list.
  source: (projectId: number, id: number) => [...evidenceKeys.all(projectId), 'source-text', id] as const,
  claims: (projectId: number) => [...evidenceKeys.all(projectId), 'claims'] as const,
  conflicts: (projectId: number) => [...evidenceKeys.all(projectId), 'conflicts'] as const,
}

type Part = 'options' | 'criteria' | 'sources' | 'claims' | 'conflicts' | 'projects'

const invalidate = (client: QueryClient, projectId: number, parts: readonly Part[]) =>
  Promise.all(
    parts.map((part) =>
      client.invalidateQueries({ queryKey: part === 'projects' ? projectKeys.all : evidenceKeys[part](projectId) }),
    ),
  )

export const useOptions = (projectId: number) =>
  useQuery({ queryKey: evidenceKeys.options(projectId), queryFn: () => api.options.list({ projectId }) })

export const useCriteria = (projectId: number) =>
  useQuery({ queryKey: evidenceKeys.criteria(projectId), queryFn: () => api.criteria.list({ projectId }) })

export const useSources = (projectId: number) =>
  useQuery({ queryKey: evidenceKeys.sources(projectId), queryFn: () => api.sources.list({ projectId }) })

export const useSource = (projectId: number, id: number | null) =>
  useQuery({
    queryKey: evidenceKeys.source(projectId, id ?? 0),
    queryFn: () => api.sources.get({ id: id! }),
    enabled: id !== null,
  })

export const useClaims = (projectId: number) =>
  useQuery({ queryKey: evidenceKeys.claims(projectId), queryFn: () => api.claims.list({ projectId }) })

export const useConflicts = (projectId: number) =>
  useQuery({ queryKey: evidenceKeys.conflicts(projectId), queryFn: () => api.conflicts.list({ projectId }) })

/** A mutation that refreshes the named parts of the project's evidence once it succeeds. */
function useEvidenceMutation<I, O>(projectId: number, call: (input: I) => Promise<O>, parts: readonly Part[]) {
  const client = useQueryClient()
  return useMutation({ mutationFn: call, onSuccess: () => invalidate(client, projectId, parts) })
}

// Claims change the counts in the source list and which claims disagree.
const claimParts: Part[] = ['claims', 'sources', 'conflicts']
// Sources carry their claims with them, and the project card counts sources.
const sourceParts: Part[] = ['sources', 'claims', 'conflicts', 'projects']
// Options and criteria name conflicts and tag claims.
const tagParts = (part: 'options' | 'criteria'): Part[] => [part, 'claims', 'conflicts', 'projects']

export const useImportFile = (projectId: number) => useEvidenceMutation(projectId, api.sources.importFile, sourceParts)
export const useImportText = (projectId: number) => useEvidenceMutation(projectId, api.sources.importText, sourceParts)
export const useUpdateSource = (projectId: number) => useEvidenceMutation(projectId, api.sources.update, ['sources', 'claims', 'conflicts'])
export const useRemoveSource = (projectId: number) => useEvidenceMutation(projectId, api.sources.remove, sourceParts)
export const useRestoreSource = (projectId: number) => useEvidenceMutation(projectId, api.sources.restore, sourceParts)

export const useCreateClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.create, claimParts)
export const useUpdateClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.update, claimParts)
export const useAcceptClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.accept, claimParts)
export const useDismissClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.dismiss, claimParts)
export const useReopenClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.reopen, claimParts)
export const useRemoveClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.remove, claimParts)
export const useRestoreClaim = (projectId: number) => useEvidenceMutation(projectId, api.claims.restore, claimParts)

/** Accepts several suggestions one after another, then refreshes once. */
export function useAcceptClaims(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (ids: readonly number[]) => {
      for (const id of ids) await api.claims.accept({ id })
    },
    onSettled: () => invalidate(client, projectId, claimParts),
  })
}

export function useResolveConflict(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: api.conflicts.resolve,
    // The service answers with the new list, so it can replace the cache without a second call.
    onSuccess: (conflicts) => client.setQueryData(evidenceKeys.conflicts(projectId), conflicts),
  })
}

export const useCreateOption = (projectId: number) => useEvidenceMutation(projectId, api.options.create, tagParts('options'))
export const useUpdateOption = (projectId: number) => useEvidenceMutation(projectId, api.options.update, tagParts('options'))
export const useRemoveOption = (projectId: number) => useEvidenceMutation(projectId, api.options.remove, tagParts('options'))
export const useRestoreOption = (projectId: number) => useEvidenceMutation(projectId, api.options.restore, tagParts('options'))

export const useCreateCriterion = (projectId: number) => useEvidenceMutation(projectId, api.criteria.create, tagParts('criteria'))
export const useUpdateCriterion = (projectId: number) => useEvidenceMutation(projectId, api.criteria.update, tagParts('criteria'))
export const useRemoveCriterion = (projectId: number) => useEvidenceMutation(projectId, api.criteria.remove, tagParts('criteria'))
export const useRestoreCriterion = (projectId: number) => useEvidenceMutation(projectId, api.criteria.restore, tagParts('criteria'))
export const useAddStarterCriteria = (projectId: number) =>
  useEvidenceMutation(projectId, api.criteria.addStarterSet, tagParts('criteria'))
