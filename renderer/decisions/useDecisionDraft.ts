/**
 * Autosave for the decision editor: changes are saved ~600 ms after typing stops, at once when a
 * field loses focus, and before the editor closes. Saves run one after another, each sending only
 * the fields that differ from what was last saved; fields the service refuses keep their error
 * and stay unsaved while the rest are saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Decision } from '../../shared/domain/decision'
import { changedKeys, failingKeys, fieldErrorsOf, fromDecision, toPatch, type DraftFields, type FieldErrors, type FieldKey } from './draft'
import { useUpdateDecision } from './queries'

const IDLE_MS = 600

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

export function useDecisionDraft(decision: Decision) {
  const update = useUpdateDecision(decision.projectId, decision.id)
  const save = update.mutateAsync
  const [draft, setDraft] = useState<DraftFields>(() => fromDecision(decision))
  const [state, setState] = useState<SaveState>('saved')
  const [errors, setErrors] = useState<FieldErrors>({})
  const latest = useRef(draft)
  const saved = useRef(draft)
  const timer = useRef<number | undefined>(undefined)
  const queue = useRef<Promise<void>>(Promise.resolve())

  const runSave = useCallback(async () => {
    const sent = latest.current
    let keys = changedKeys(sent, saved.current)
    if (keys.length === 0) return
    setState('saving')
    let found: FieldErrors = {}
    while (keys.length > 0) {
      try {
        await save(toPatch(sent, keys))
        saved.current = { ...saved.current, ...Object.fromEntries(keys.map((key) => [key, sent[key]])) }
        break
      } catch (error) {
        const errorsNow = fieldErrorsOf(error, keys)
        found = { ...found, ...errorsNow }
        if (errorsNow.general) break
        // Save what the service did accept; the refused fields keep their text and their error.
        const refused = failingKeys(errorsNow)
        keys = keys.filter((key) => !refused.has(key))
      }
    }
    setErrors(found)
    const stillChanged = changedKeys(latest.current, saved.current).length > 0
    setState(Object.keys(found).length > 0 ? 'error' : stillChanged ? 'pending' : 'saved')
  }, [save])

  /** Saves now (after any save already running); resolves when the record is stored. */
  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    queue.current = queue.current.then(runSave, runSave)
    return queue.current
  }, [runSave])

  const change = useCallback(
    <K extends FieldKey>(key: K, value: DraftFields[K]) => {
      latest.current = { ...latest.current, [key]: value }
      setDraft(latest.current)
      setState((now) => (now === 'error' ? now : 'pending'))
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void flush(), IDLE_MS)
    },
    [flush],
  )

  /**
   * Status changes re-date the record on the service side; fields the user has not touched since
   * the last save follow the service's copy.
   */
  const adopt = useCallback((next: Decision) => {
    const fresh = fromDecision(next)
    const edited = new Set(changedKeys(latest.current, saved.current))
    const followed = Object.fromEntries((Object.keys(fresh) as FieldKey[]).filter((key) => !edited.has(key)).map((key) => [key, fresh[key]]))
    latest.current = { ...latest.current, ...followed }
    saved.current = { ...saved.current, ...followed }
    setDraft(latest.current)
  }, [])

  // Whatever is still unsaved when the editor closes is saved on the way out.
  useEffect(() => () => void flush(), [flush])

  return { draft, change, flush, adopt, state, errors }
}

export type DecisionDraft = ReturnType<typeof useDecisionDraft>
