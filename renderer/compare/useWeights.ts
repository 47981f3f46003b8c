/**
 * Weights while they are being dragged live in local state (drafts), so totals, ranking and charts
 * follow the slider without a round trip; releasing the slider saves the value and records it in
 * the undo history. The criteria cache is updated at once, so the draft is dropped without a flicker.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Criterion } from '../../shared/domain/evidence'
import type { WeightPreset } from '../../shared/domain/weights'
import { errorMessage } from '../api/client'
import { evidenceKeys } from '../sources/queries'
import { useToasts } from '../ui/Toasts'
import { useApplyPreset, useSetWeights, type WeightInput } from './queries'
import type { UndoEntry } from './useUndo'

export type WeightActions = {
  /** Criteria with any drafts applied: what every live computation reads. */
  criteria: Criterion[]
  drag: (criterionId: number, weight: number) => void
  commit: (criterionId: number) => void
  toggleLock: (criterionId: number) => void
  reset: () => void
  applyPreset: (preset: WeightPreset) => void
}

export function useWeights(projectId: number, saved: Criterion[], push: (entry: UndoEntry) => void): WeightActions {
  const client = useQueryClient()
  const toasts = useToasts()
  const { mutateAsync: setWeights } = useSetWeights(projectId)
  const { mutateAsync: apply } = useApplyPreset(projectId)
  const [drafts, setDrafts] = useState<ReadonlyMap<number, number>>(new Map())
  const draftsRef = useRef(drafts)
  draftsRef.current = drafts

  // A draft is done once the saved weight has caught up with it.
  useEffect(() => {
    setDrafts((current) => {
      const left = new Map([...current].filter(([id, weight]) => saved.find((c) => c.id === id)?.weight !== weight))
      return left.size === current.size ? current : left
    })
  }, [saved])

  const criteria = useMemo(
    () => (drafts.size === 0 ? saved : saved.map((c) => (drafts.has(c.id) ? { ...c, weight: drafts.get(c.id)! } : c))),
    [saved, drafts],
  )

  const latest = useCallback(() => client.getQueryData<Criterion[]>(evidenceKeys.criteria(projectId)) ?? [], [client, projectId])
  const fail = useCallback((error: unknown) => toasts.show({ message: errorMessage(error), tone: 'error' }), [toasts])

  /** Saves, shows the new values at once, and records how to go back. */
  const write = useCallback(
    (next: WeightInput[], label: string) => {
      const before = latest()
      const previous: WeightInput[] = next.map(({ criterionId, locked }) => {
        const c = before.find((x) => x.id === criterionId)
        return { criterionId, weight: c?.weight ?? 0, ...(locked !== undefined && { locked: c?.weightLocked ?? false }) }
      })
      const byId = new Map(next.map((w) => [w.criterionId, w]))
      client.setQueryData<Criterion[]>(evidenceKeys.criteria(projectId), (list) =>
        list?.map((c) => {
          const w = byId.get(c.id)
          return w ? { ...c, weight: w.weight, weightLocked: w.locked ?? c.weightLocked } : c
        }),
      )
      setWeights(next).then(
        () => push({ label, undo: () => setWeights(previous), redo: () => setWeights(next) }),
        (error) => {
          setDrafts((current) => new Map([...current].filter(([id]) => !byId.has(id))))
          fail(error)
        },
      )
    },
    [client, fail, latest, projectId, push, setWeights],
  )

  const drag = useCallback((criterionId: number, weight: number) => setDrafts((d) => new Map(d).set(criterionId, weight)), [])

  const commit = useCallback(
    (criterionId: number) => {
      const weight = draftsRef.current.get(criterionId)
      const saved = latest().find((c) => c.id === criterionId)
      if (weight === undefined || !saved || saved.weight === weight) return
      write([{ criterionId, weight }], 'weight change')
    },
    [latest, write],
  )

  const toggleLock = useCallback(
    (criterionId: number) => {
      const c = latest().find((x) => x.id === criterionId)
      if (c) write([{ criterionId, weight: draftsRef.current.get(criterionId) ?? c.weight, locked: !c.weightLocked }], c.weightLocked ? 'unlock' : 'lock')
    },
    [latest, write],
  )

  const reset = useCallback(() => {
    const unlocked = latest().filter((c) => !c.weightLocked)
    if (unlocked.length > 0) write(unlocked.map((c) => ({ criterionId: c.id, weight: 50 })), 'weight reset')
  }, [latest, write])

  const applyPreset = useCallback(
    (preset: WeightPreset) => {
      const previous = latest().map((c) => ({ criterionId: c.id, weight: c.weight }))
      apply(preset.key).then(
        ({ criteria: after }) => {
          const next = after.map((c) => ({ criterionId: c.id, weight: c.weight }))
          const entry = { label: `preset “${preset.name}”`, undo: () => setWeights(previous), redo: () => setWeights(next) }
          push(entry)
          toasts.show({ message: `Applied the preset “${preset.name}”.` })
        },
        fail,
      )
    },
    [apply, fail, latest, push, setWeights, toasts],
  )

  // A mouse drag can end outside the slider; whatever is still a draft is saved when the button comes up.
  useEffect(() => {
    const onUp = () => draftsRef.current.forEach((_, id) => commit(id))
    window.addEventListener('pointerup', onUp)
    return () => window.removeEventListener('pointerup', onUp)
  }, [commit])

  return { criteria, drag, commit, toggleLock, reset, applyPreset }
}
