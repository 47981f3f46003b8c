/**
 * TanStack Query keys and hooks for decision records. Records read the comparison (drafts,
 * "comparison changed" badges), so they are refetched on every visit to the tab; writes put the
 * returned record into the cache and refresh the lists.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { AdrDialect, ConflictChoice, Decision, DecisionStatus } from '../../shared/domain/decision'
import { api } from '../api/client'
import { projectKeys } from '../projects/queries'

export const decisionKeys = {
  all: (projectId: number) => ['decisions', projectId] as const,
  lists: (projectId: number) => [...decisionKeys.all(projectId), 'list'] as const,
  list: (projectId: number, status: DecisionStatus | null, query: string) => [...decisionKeys.lists(projectId), status, query] as const,
  detail: (projectId: number, id: number) => [...decisionKeys.all(projectId), 'detail', id] as const,
  exportSettings: (projectId: number) => [...decisionKeys.all(projectId), 'export-settings'] as const,
}

export const useDecisions = (projectId: number, status: DecisionStatus | null = null, query = '') =>
  useQuery({
    queryKey: decisionKeys.list(projectId, status, query),
    queryFn: () => api.decisions.list({ projectId, ...(status && { status }), ...(query.trim() && { query: query.trim() }) }),
    // The comparison may have moved in another tab since the last visit.
    refetchOnMount: 'always',
    placeholderData: (previous) => previous,
  })

export const useDecision = (projectId: number, id: number, enabled = true) =>
  useQuery({ queryKey: decisionKeys.detail(projectId, id), queryFn: () => api.decisions.get({ id }), refetchOnMount: 'always', enabled })

export const useExportSettings = (projectId: number) =>
  useQuery({ queryKey: decisionKeys.exportSettings(projectId), queryFn: () => api.decisions.exportSettings({ projectId }), refetchOnMount: 'always' })

/**
 * The record into the cache, and the lists (numbers, statuses, titles) and other records
 * (superseding links two) refreshed. New or removed records also change the project's counts.
 */
function storeDecision(client: QueryClient, projectId: number, decision: Decision, countsChanged: boolean) {
  client.setQueryData(decisionKeys.detail(projectId, decision.id), decision)
  void client.invalidateQueries({
    queryKey: decisionKeys.all(projectId),
    predicate: ({ queryKey }) => queryKey[2] === 'list' || (queryKey[2] === 'detail' && queryKey[3] !== decision.id),
  })
  if (countsChanged) void client.invalidateQueries({ queryKey: projectKeys.all })
}

function useDecisionWrite<I>(projectId: number, call: (input: I) => Promise<Decision>, countsChanged = false) {
  const client = useQueryClient()
  return useMutation({ mutationFn: call, onSuccess: (decision) => storeDecision(client, projectId, decision, countsChanged) })
}

export const useCreateDecision = (projectId: number) =>
  useDecisionWrite(projectId, (fromComparison: boolean) => api.decisions.create({ projectId, fromComparison }), true)

export type DecisionPatch = Omit<Parameters<typeof api.decisions.update>[0], 'id'>

export const useUpdateDecision = (projectId: number, id: number) =>
  useDecisionWrite(projectId, (patch: DecisionPatch) => api.decisions.update({ id, ...patch }))

export const useSetStatus = (projectId: number, id: number) =>
  useDecisionWrite(projectId, (status: DecisionStatus) => api.decisions.setStatus({ id, status }))

export const useSupersede = (projectId: number) => useDecisionWrite(projectId, (id: number) => api.decisions.supersede({ id }), true)

export const useRestoreDecision = (projectId: number) => useDecisionWrite(projectId, (id: number) => api.decisions.restore({ id }), true)

export function useRemoveDecision(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.decisions.remove({ id }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: decisionKeys.lists(projectId) }), client.invalidateQueries({ queryKey: projectKeys.all })]),
  })
}

export type ExportInput = { folder: string; dialect: AdrDialect; resolutions?: Record<string, ConflictChoice> }

export function useExportDecisions(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: ExportInput) => api.decisions.export({ projectId, ...input }),
    // A finished export remembers the folder and dialect for next time.
    onSuccess: () => client.invalidateQueries({ queryKey: decisionKeys.exportSettings(projectId) }),
  })
}

export function useImportFolder(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (folder: string) => api.decisions.importFolder({ projectId, folder }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: decisionKeys.all(projectId) }), client.invalidateQueries({ queryKey: projectKeys.all })]),
  })
}

/** The system folder picker; null when the user cancels. */
export const chooseFolder = (title: string, defaultPath: string | null) => api.dialogs.chooseFolder({ title, defaultPath })
