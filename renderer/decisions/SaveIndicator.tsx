/** Whether the record on screen is stored: "Saved", "Saving…", or what stopped the save. */
import type { FieldErrors } from './draft'
import type { SaveState } from './useDecisionDraft'

// A pending save is shown as under way: it starts by itself once typing pauses.
const words: Record<SaveState, string> = { saved: 'Saved', pending: 'Saving…', saving: 'Saving…', error: 'Not saved' }

export function SaveIndicator({ state, errors }: { state: SaveState; errors: FieldErrors }) {
  const detail = state === 'error' ? (errors.general ?? 'Fix the marked fields; the rest is saved.') : null
  return (
    <span className={`save-state save-state--${state}`} role="status" aria-live="polite" data-testid="save-state" data-state={state}>
      {words[state]}
      {detail && <span className="save-state__detail" data-testid="save-error">: {detail}</span>}
    </span>
  )
}
