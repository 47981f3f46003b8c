/**
 * TanStack Query keys and hooks for the Compare tab: the score snapshot, weight presets and the
 * writes behind the matrix. Writes put the service's answer straight into the cache, so a score
 * or weight shows at once without refetching the whole matrix.
 */
import { useRef } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Criterion } from '../../shared/domain/evidence'
import type { CompareSnapshot, Score, ScoreOrigin } from '../../shared/domain/weights'
import { api } from '../api/client'
import { evidenceKeys } from '../sources/queries'

export const compareKeys = {
  all: (projectId: number) => ['compare', projectId] as const,
  snapshot: (projectId: number) => [...compareKeys.all(projectId), 'snapshot'] as const,
  presets: (projectId: number) => [...compareKeys.all(projectId), 'presets'] as const,
}

export type ScoreInput = {
  optionId: number
  criterionId: number
  value: number | null
  rationale?: string
  origin?: ScoreOrigin
  claimIds?: number[]
}

export type WeightInput = { criterionId: number; weight: number; locked?: boolean }

// Options, criteria and claims change in the Sources tab, which does not know this key: refetch on every visit.
export const useCompareSnapshot = (projectId: number) =>
  useQuery({ queryKey: compareKeys.snapshot(projectId), queryFn: () => api.compare.get({ projectId }), refetchOnMount: 'always' })

export const usePresets = (projectId: number) =>
  useQuery({ queryKey: compareKeys.presets(projectId), queryFn: () => api.presets.list({ projectId }) })

/** Replaces only the changed cells, so unchanged cells keep their identity and their memoised views. */
function mergeScores(snapshot: CompareSnapshot | undefined, changed: Score[]): CompareSnapshot | undefined {
  if (!snapshot) return snapshot
  const byCell = new Map(changed.map((s) => [`${s.optionId}:${s.criterionId}`, s]))
  const scores = snapshot.scores.map((s) => {
    const key = `${s.optionId}:${s.criterionId}`
    const next = byCell.get(key)
    byCell.delete(key)
    return next ?? s
  })
  return { ...snapshot, scores: [...scores, ...byCell.values()] }
}

export function useSetScores(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (scores: ScoreInput[]) => api.compare.setScores({ projectId, scores }),
    onSuccess: (changed) =>
      client.setQueryData<CompareSnapshot>(compareKeys.snapshot(projectId), (snapshot) => mergeScores(snapshot, changed)),
  })
}

/** Criteria come back whole from weight writes; the cache takes them as they are. */
function useCriteriaWrite<I>(projectId: number, call: (input: I) => Promise<Criterion[]>) {
  const client = useQueryClient()
  // Saves overlap while a slider moves: only the newest answer may replace the cache, or an
  // older one arriving late would pull the weight back a step.
  const latestWrite = useRef(0)
  return useMutation({
    mutationFn: async (input: I) => {
      const write = ++latestWrite.current
      return { criteria: await call(input), write }
    },
    onSuccess: ({ criteria, write }) => {
      if (write === latestWrite.current) client.setQueryData(evidenceKeys.criteria(projectId), criteria)
    },
    // A failed write may have left the cache ahead of the database (weights are shown optimistically).
    onError: () => client.invalidateQueries({ queryKey: evidenceKeys.criteria(projectId) }),
  })
}

export const useSetWeights = (projectId: number) =>
  useCriteriaWrite(projectId, (weights: WeightInput[]) => api.criteria.setWeights({ projectId, weights }))

export const useApplyPreset = (projectId: number) =>
  useCriteriaWrite(projectId, (key: string) => api.presets.apply({ projectId, key }))

export function useSavePreset(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => api.presets.save({ projectId, name }),
    onSuccess: () => client.invalidateQueries({ queryKey: compareKeys.presets(projectId) }),
  })
}

export function useRemovePreset(projectId: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => api.presets.remove({ id }),
    onSuccess: () => client.invalidateQueries({ queryKey: compareKeys.presets(projectId) }),
  })
}
