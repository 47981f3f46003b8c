/** The record's metadata: title, date, people, tags and the chosen option. */
import type { ReactNode } from 'react'
import type { Option } from '../../shared/domain/evidence'
import type { DraftFields, FieldErrors, FieldKey } from './draft'

type Props = {
  draft: DraftFields
  errors: FieldErrors
  options: Option[]
  onChange: <K extends FieldKey>(key: K, value: DraftFields[K]) => void
}

/** A service validation message, next to the field it is about. */
export function FieldError({ message, id }: { message: string | undefined; id: string }) {
  if (!message) return null
  return <span className="field-error" id={id} role="alert" data-testid={`error-${id}`}>{message}</span>
}

/** Label, control and error; the error stays out of the label so the field's name stays short. */
export function Field({ id, label, error, className, children }: { id: string; label: string; error?: string; className?: string; children: ReactNode }) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>{label}</label>
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

/** aria attributes that tie a control to its error. */
export const invalid = (id: string, error: string | undefined) =>
  error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {}

const people: { key: 'decisionMakers' | 'consulted' | 'informed' | 'tags'; label: string; placeholder: string }[] = [
  { key: 'decisionMakers', label: 'Decision-makers', placeholder: 'Names, comma-separated' },
  { key: 'consulted', label: 'Consulted', placeholder: 'Names, comma-separated' },
  { key: 'informed', label: 'Informed', placeholder: 'Names, comma-separated' },
  { key: 'tags', label: 'Tags', placeholder: 'backend, api' },
]

export function MetaFields({ draft, errors, options, onChange }: Props) {
  const chosenMissing = draft.chosenOptionId !== '' && !options.some((o) => String(o.id) === draft.chosenOptionId)
  return (
    <div className="editor-meta">
      <Field id="decision-title" label="Title" error={errors.title}>
        <input id="decision-title" className="input input--strong" value={draft.title} onChange={(e) => onChange('title', e.target.value)}
          data-testid="decision-title" {...invalid('decision-title', errors.title)} />
      </Field>
      <div className="editor-meta__grid">
        <Field id="decision-date" label="Date" error={errors.date}>
          <input id="decision-date" className="input" type="date" value={draft.date} onChange={(e) => onChange('date', e.target.value)}
            data-testid="decision-date" {...invalid('decision-date', errors.date)} />
        </Field>
        <Field id="decision-chosen" label="Chosen option" error={errors.chosenOptionId}>
          <select id="decision-chosen" className="input" value={draft.chosenOptionId} onChange={(e) => onChange('chosenOptionId', e.target.value)}
            data-testid="decision-chosen" {...invalid('decision-chosen', errors.chosenOptionId)}>
            <option value="">None</option>
            {options.map((o) => <option key={o.id} value={String(o.id)}>{o.name}</option>)}
            {chosenMissing && <option value={draft.chosenOptionId}>(a deleted option)</option>}
          </select>
        </Field>
        {people.map(({ key, label, placeholder }) => (
          <Field key={key} id={`decision-${key}`} label={label} error={errors[key]}>
            <input id={`decision-${key}`} className="input" value={draft[key]} placeholder={placeholder} onChange={(e) => onChange(key, e.target.value)}
              data-testid={`decision-${key}`} {...invalid(`decision-${key}`, errors[key])} />
          </Field>
        ))}
      </div>
    </div>
  )
}
