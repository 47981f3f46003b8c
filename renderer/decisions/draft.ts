/**
 * The editor's working copy of a record: form values as typed, turned into the service's patch
 * only when saved. Keeping the typed text (not the service's tidied answer) means a save never
 * rewrites a field under the cursor.
 */
import type { Decision, DecisionRecord, DecisionSections } from '../../shared/domain/decision'
import { ArbiterClientError } from '../api/client'
import type { DecisionPatch } from './queries'

export type DraftFields = {
  title: string
  date: string
  decisionMakers: string
  consulted: string
  informed: string
  tags: string
  chosenOptionId: string
  sections: DecisionSections
}

export type FieldKey = keyof DraftFields
export const fieldKeys: readonly FieldKey[] = ['title', 'date', 'decisionMakers', 'consulted', 'informed', 'tags', 'chosenOptionId', 'sections']

/** Where an error is shown: a field, one section (`sections.context`), or the save status. */
export type FieldErrors = Partial<Record<string, string>>

/** People and tags are typed as comma-separated names. */
export const splitList = (text: string) => text.split(',').map((name) => name.trim()).filter(Boolean)

export function fromDecision(decision: Decision): DraftFields {
  return {
    title: decision.title,
    date: decision.date ?? '',
    decisionMakers: decision.decisionMakers.join(', '),
    consulted: decision.consulted.join(', '),
    informed: decision.informed.join(', '),
    tags: decision.tags.join(', '),
    chosenOptionId: decision.chosenOptionId === null ? '' : String(decision.chosenOptionId),
    sections: decision.sections,
  }
}

function patchValue(draft: DraftFields, key: FieldKey): DecisionPatch[FieldKey] {
  switch (key) {
    case 'title':
      return draft.title
    case 'date':
      return draft.date === '' ? null : draft.date
    case 'chosenOptionId':
      return draft.chosenOptionId === '' ? null : Number(draft.chosenOptionId)
    case 'sections':
      return draft.sections
    default:
      return splitList(draft[key])
  }
}

export function changedKeys(draft: DraftFields, saved: DraftFields): FieldKey[] {
  return fieldKeys.filter((key) => JSON.stringify(patchValue(draft, key)) !== JSON.stringify(patchValue(saved, key)))
}

export function toPatch(draft: DraftFields, keys: readonly FieldKey[]): DecisionPatch {
  return Object.fromEntries(keys.map((key) => [key, patchValue(draft, key)])) as DecisionPatch
}

/** The record as it would be saved now, for the preview. */
export function draftRecord(decision: Decision, draft: DraftFields): DecisionRecord {
  return {
    ...decision,
    title: draft.title,
    date: draft.date === '' ? null : draft.date,
    decisionMakers: splitList(draft.decisionMakers),
    consulted: splitList(draft.consulted),
    informed: splitList(draft.informed),
    tags: splitList(draft.tags),
    sections: draft.sections,
  }
}

/** `sections.extra.0.heading` → `sections.extra`; `tags.3` → `tags`. */
function errorKey(path: string): string {
  const [top, second] = path.split('.')
  return top === 'sections' && second ? `sections.${second}` : top
}

/**
 * Validation messages read "title: Title can't be empty; date: …". Each goes next to its field;
 * anything else (or a failure that is not about the input) goes next to the save status.
 */
export function fieldErrorsOf(error: unknown, sent: readonly FieldKey[]): FieldErrors {
  const message = error instanceof Error ? error.message : 'Could not save.'
  if (!(error instanceof ArbiterClientError) || error.code !== 'VALIDATION') return { general: message }
  const errors: FieldErrors = {}
  for (const part of message.split('; ')) {
    const match = /^([\w.]+): (.*)$/s.exec(part)
    const key = match ? errorKey(match[1]) : null
    if (match && key && sent.includes(key.split('.')[0] as FieldKey)) errors[key] = match[2]
    else if (sent.length === 1) errors[sent[0]] = part
    else errors.general = errors.general ? `${errors.general}; ${part}` : part
  }
  return errors
}

/** The draft fields an error list points at. */
export const failingKeys = (errors: FieldErrors) => new Set(Object.keys(errors).map((key) => key.split('.')[0]))
