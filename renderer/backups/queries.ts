/** TanStack Query hooks for backups. Main also backs up on its own, so the list refetches each time the dialog opens. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api } from '../api/client'

export const backupKeys = { all: ['backups'] as const }

export const useBackups = () =>
  useQuery({ queryKey: backupKeys.all, queryFn: () => api.backups.list(), refetchOnMount: 'always' })

export function useCreateBackup() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.backups.create(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.all }),
  })
}

export const useRestoreBackup = () => useMutation({ mutationFn: (fileName: string) => api.backups.restore({ fileName }) })
