/** Add and edit forms for options (what is compared) and criteria (what they are compared on). */
import { useState } from 'react'
import type { Criterion, Option } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { splitList } from './evidence-format'
import { useCreateCriterion, useCreateOption, useUpdateCriterion, useUpdateOption } from './queries'

type Footer = { pending: boolean; label: string; onClose: () => void }
const footer = ({ pending, label, onClose }: Footer) => (
  <>
    <button type="button" className="button" onClick={onClose}>Cancel</button>
    <button type="submit" className="button button--primary" disabled={pending}>{label}</button>
  </>
)

type TextFieldProps = { label: string; hint?: string; value: string; onChange: (value: string) => void; autoFocus?: boolean; rows?: number }
function TextField({ label, hint, value, onChange, autoFocus, rows }: TextFieldProps) {
  return (
    <label className="field">
      <span className="field__label">{label} {hint && <span className="field__hint">{hint}</span>}</span>
      {rows ? (
        <textarea className="input" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input className="input" value={value} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  )
}

export function OptionDialog({ projectId, option, onClose }: { projectId: number; option: Option | null; onClose: () => void }) {
  const [name, setName] = useState(option?.name ?? '')
  const [aliases, setAliases] = useState(option?.aliases.join(', ') ?? '')
  const [description, setDescription] = useState(option?.description ?? '')
  const create = useCreateOption(projectId)
  const update = useUpdateOption(projectId)
  const mutation = option ? update : create
  const submit = () => {
    const fields = { name, aliases: splitList(aliases), description }
    if (option) update.mutate({ id: option.id, ...fields }, { onSuccess: onClose })
    else create.mutate({ projectId, ...fields }, { onSuccess: onClose })
  }
  return (
    <Dialog title={option ? 'Edit option' : 'Add option'} open onClose={onClose} onSubmit={submit} testId="option-dialog"
      footer={footer({ pending: mutation.isPending, label: option ? 'Save option' : 'Add option', onClose })}>
      <TextField label="Name" value={name} onChange={setName} autoFocus />
      <TextField label="Aliases" hint="comma-separated, e.g. Node.js Express, ExpressJS" value={aliases} onChange={setAliases} />
      <TextField label="Description" hint="optional" value={description} onChange={setDescription} rows={2} />
      {mutation.isError && <p className="form-error" role="alert" data-testid="form-error">{errorMessage(mutation.error)}</p>}
    </Dialog>
  )
}

export function CriterionDialog({ projectId, criterion, onClose }: { projectId: number; criterion: Criterion | null; onClose: () => void }) {
  const [name, setName] = useState(criterion?.name ?? '')
  const [description, setDescription] = useState(criterion?.description ?? '')
  const [direction, setDirection] = useState(criterion?.direction ?? 'benefit')
  const [keywords, setKeywords] = useState(criterion?.keywords.join(', ') ?? '')
  const [unit, setUnit] = useState(criterion?.unit ?? '')
  const create = useCreateCriterion(projectId)
  const update = useUpdateCriterion(projectId)
  const mutation = criterion ? update : create
  const submit = () => {
    const fields = { name, description, direction, keywords: splitList(keywords), unit }
    if (criterion) update.mutate({ id: criterion.id, ...fields }, { onSuccess: onClose })
    else create.mutate({ projectId, ...fields }, { onSuccess: onClose })
  }
  return (
    <Dialog title={criterion ? 'Edit criterion' : 'Add criterion'} open onClose={onClose} onSubmit={submit} testId="criterion-dialog"
      footer={footer({ pending: mutation.isPending, label: criterion ? 'Save criterion' : 'Add criterion', onClose })}>
      <TextField label="Name" value={name} onChange={setName} autoFocus />
      <TextField label="Description" hint="optional" value={description} onChange={setDescription} rows={2} />
      <div className="editor-row">
        <div className="field">
          <span className="field__label" id="direction-label">Better when</span>
          <div className="segmented" role="radiogroup" aria-labelledby="direction-label">
            {(['benefit', 'cost'] as const).map((d) => (
              <button key={d} type="button" role="radio" aria-checked={direction === d}
                className={`segmented__item${direction === d ? ' is-selected' : ''}`} onClick={() => setDirection(d)}>
                {d === 'benefit' ? 'Higher (benefit)' : 'Lower (cost)'}
              </button>
            ))}
          </div>
        </div>
        <TextField label="Unit" hint="optional" value={unit} onChange={setUnit} />
      </div>
      <TextField label="Keywords" hint="comma-separated; used to suggest claims on import" value={keywords} onChange={setKeywords} rows={2} />
      {mutation.isError && <p className="form-error" role="alert" data-testid="form-error">{errorMessage(mutation.error)}</p>}
    </Dialog>
  )
}
