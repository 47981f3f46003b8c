/** TanStack Query keys and hooks for projects: each mutation invalidates what it changed. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api/client'

export const projectKeys = {
  all: ['projects'] as const,
  list: () => [...projectKeys.all, 'list'] as const,
  detail: (id: number) => [...projectKeys.all, 'detail', id] as const,
  deleted: () => [...projectKeys.all, 'deleted'] as const,
}

export const useProjects = () => useQuery({ queryKey: projectKeys.list(), queryFn: () => api.projects.list() })

export const useProject = (id: number | null) =>
  useQuery({ queryKey: projectKeys.detail(id ?? 0), queryFn: () => api.projects.get({ id: id! }), enabled: id !== null })

export const useDeletedProjects = () =>
  useQuery({ queryKey: projectKeys.deleted(), queryFn: () => api.projects.listDeleted() })

function useProjectMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  })
}

export const useCreateProject = () => useProjectMutation(api.projects.create)
export const useRenameProject = () => useProjectMutation(api.projects.rename)
export const useRemoveProject = () => useProjectMutation(api.projects.remove)
export const useRestoreProject = () => useProjectMutation(api.projects.restore)
export const useCreateSampleProject = () => useProjectMutation(() => api.projects.createSample())
