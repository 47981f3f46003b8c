/** Writes scores and records each write in the undo history with the cells' previous values. */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import type { CompareSnapshot } from '../../shared/domain/weights'
import { errorMessage } from '../api/client'
import { compareKeys, useSetScores, type ScoreInput } from './queries'
import type { UndoEntry } from './useUndo'

/** Resolves to the service's message when the write is refused (nothing is saved then), else null. */
export type WriteScores = (changes: ScoreInput[], label: string, mergeKey?: string) => Promise<string | null>

export function useScoreActions(projectId: number, push: (entry: UndoEntry) => void): WriteScores {
  const client = useQueryClient()
  const { mutateAsync } = useSetScores(projectId)
  const apply = useRef(mutateAsync)
  apply.current = mutateAsync

  return useCallback(
    async (changes, label, mergeKey) => {
      // Read the cache at call time, not a render's copy, so quick successive writes see each other.
      const scores = client.getQueryData<CompareSnapshot>(compareKeys.snapshot(projectId))?.scores ?? []
      const before: ScoreInput[] = changes.map(({ optionId, criterionId }) => {
        const s = scores.find((x) => x.optionId === optionId && x.criterionId === criterionId)
        return s
          ? { optionId, criterionId, value: s.value, rationale: s.rationale, origin: s.origin, claimIds: s.claimIds }
          : { optionId, criterionId, value: null, rationale: '', origin: 'user', claimIds: [] }
      })
      try {
        await apply.current(changes)
      } catch (error) {
        return errorMessage(error)
      }
      push({ label, mergeKey, undo: () => apply.current(before), redo: () => apply.current(changes) })
      return null
    },
    [client, projectId, push],
  )
}
