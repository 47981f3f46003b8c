/**
 * The Compare tab's undo history. Every change is saved at once; an entry holds the calls that put
 * the previous values back and that apply the change again. Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z
 * or Ctrl+Y redoes, except while typing in a text field, where the field's own undo is kept.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { errorMessage } from '../api/client'
import { useToasts } from '../ui/Toasts'

export type UndoEntry = {
  /** Reads after "Undid" / "Redid", e.g. "weight change". */
  label: string
  undo: () => Promise<unknown>
  redo: () => Promise<unknown>
  /** Consecutive entries with the same key fold into one (typing "1" then "0" is one change to 10). */
  mergeKey?: string
}

export type UndoStack = {
  push: (entry: UndoEntry) => void
  undo: () => void
  redo: () => void
  canUndo: boolean
  canRedo: boolean
}

const nonTextInputs = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'])

/** True where the browser's own text undo should win. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !nonTextInputs.has(target.type)
}

export function useUndoStack(): UndoStack {
  const toasts = useToasts()
  const past = useRef<UndoEntry[]>([])
  const future = useRef<UndoEntry[]>([])
  // Steps run one after another, so quick repeated Ctrl+Z presses restore values in order.
  const queue = useRef<Promise<void>>(Promise.resolve())
  const [sizes, setSizes] = useState({ past: 0, future: 0 })
  const sync = useCallback(() => setSizes({ past: past.current.length, future: future.current.length }), [])

  const push = useCallback(
    (entry: UndoEntry) => {
      const top = past.current[past.current.length - 1]
      if (entry.mergeKey && top?.mergeKey === entry.mergeKey) past.current[past.current.length - 1] = { ...entry, undo: top.undo }
      else past.current.push(entry)
      future.current = []
      sync()
    },
    [sync],
  )

  const step = useCallback(
    (from: typeof past, to: typeof past, run: (entry: UndoEntry) => Promise<unknown>, verb: string) => {
      queue.current = queue.current.then(async () => {
        const entry = from.current.pop()
        if (!entry) return
        sync()
        try {
          await run(entry)
          to.current.push({ ...entry, mergeKey: undefined })
          toasts.show({ message: `${verb} ${entry.label}` })
        } catch (error) {
          toasts.show({ message: `Could not ${verb === 'Undid' ? 'undo' : 'redo'} the ${entry.label}: ${errorMessage(error)}`, tone: 'error' })
        }
        sync()
      })
    },
    [sync, toasts],
  )

  const undo = useCallback(() => step(past, future, (e) => e.undo(), 'Undid'), [step])
  const redo = useCallback(() => step(future, past, (e) => e.redo(), 'Redid'), [step])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        undo()
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault()
        redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])

  return useMemo(
    () => ({ push, undo, redo, canUndo: sizes.past > 0, canRedo: sizes.future > 0 }),
    [push, undo, redo, sizes],
  )
}
