/**
 * TanStack Query keys and hooks for a project's evidence: options, criteria, sources, claims and
 * conflicts. A project may hold a hundred thousand claims, so each view asks only for what it
 * shows: the reader one source's claims, the lists one status, the conflicts view counts first
 * and one cell's pairs when it is opened. Each mutation invalidates what it can change.
 */
import type { ClaimStatus, Conflict } from '../../shared/domain/evidence'
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
  sourceClaims: (projectId: number, sourceId: number) => [...evidenceKeys.claims(projectId), 'source', sourceId] as const,
  claimsWithStatus: (projectId: number, status: ClaimStatus) => [...evidenceKeys.claims(projectId), 'status', status] as const,
  claim: (projectId: number, id: number) => [...evidenceKeys.claims(projectId), 'one', id] as const,
  claimGroups: (projectId: number, status: ClaimStatus) => [...evidenceKeys.claims(projectId), 'groups', status] as const,
  claimGroup: (projectId: number, status: ClaimStatus, optionId: number | null, criterionId: number | null) =>
    [...evidenceKeys.claims(projectId), 'group', status, optionId, criterionId] as const,
  conflicts: (projectId: number) => [...evidenceKeys.all(projectId), 'conflicts'] as const,
  conflictSummary: (projectId: number) => [...evidenceKeys.conflicts(projectId), 'summary'] as const,
  cellConflicts: (projectId: number, optionId: number, criterionId: number) =>
    [...evidenceKeys.conflicts(projectId), 'cell', optionId, criterionId] as const,
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

/** Every claim of one source (dismissed ones included: the reader leaves them out itself). */
export const useSourceClaims = (projectId: number, sourceId: number | null, enabled = true) =>
  useQuery({
    queryKey: evidenceKeys.sourceClaims(projectId, sourceId ?? 0),
    queryFn: () => api.claims.list({ projectId, sourceId: sourceId! }),
    enabled: enabled && sourceId !== null,
  })

export const useClaimsWithStatus = (projectId: number, status: ClaimStatus) =>
  useQuery({ queryKey: evidenceKeys.claimsWithStatus(projectId, status), queryFn: () => api.claims.list({ projectId, status }) })

export const useClaimGroups = (projectId: number, status: ClaimStatus) =>
  useQuery({ queryKey: evidenceKeys.claimGroups(projectId, status), queryFn: () => api.claims.groups({ projectId, status }) })

export const useClaimGroup = (projectId: number, status: ClaimStatus, optionId: number | null, criterionId: number | null, enabled: boolean) =>
  useQuery({
    queryKey: evidenceKeys.claimGroup(projectId, status, optionId, criterionId),
    queryFn: () => api.claims.list({ projectId, status, optionId, criterionId }),
    enabled,
  })

export const useClaim = (projectId: number, id: number | null) =>
  useQuery({ queryKey: evidenceKeys.claim(projectId, id ?? 0), queryFn: () => api.claims.get({ id: id! }), enabled: id !== null })

/** Conflict counts; `enabled` lets the first screen draw before they are worked out. */
export const useConflictSummary = (projectId: number, enabled = true) =>
  useQuery({ queryKey: evidenceKeys.conflictSummary(projectId), queryFn: () => api.conflicts.summary({ projectId }), enabled })

export const useCellConflicts = (projectId: number, optionId: number, criterionId: number, enabled: boolean) =>
  useQuery({
    queryKey: evidenceKeys.cellConflicts(projectId, optionId, criterionId),
    queryFn: () => api.conflicts.list({ projectId, optionId, criterionId }),
    enabled,
  })

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
    // The pair changes in place in every list already loaded; only the counts are asked for again.
    onSuccess: ({ claimAId, claimBId, preferredClaimId, note }) => {
      client.setQueriesData<Conflict[]>({ queryKey: evidenceKeys.conflicts(projectId) }, (list) =>
        Array.isArray(list)
          ? list.map((c) => (c.claimA.id === claimAId && c.claimB.id === claimBId ? { ...c, preferredClaimId, note } : c))
          : list,
      )
      return client.invalidateQueries({ queryKey: evidenceKeys.conflictSummary(projectId) })
    },
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
