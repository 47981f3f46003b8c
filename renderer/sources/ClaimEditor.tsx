/**
 * Tags a quote: which options it is about, which criterion, for or against, and its number or
 * range. New claims start from the figure found in the quote, so most need only a click or two.
 */
import { useId, useState } from 'react'
import type { Claim, Criterion, Option, Polarity } from '../../shared/domain/evidence'
import { parseFigures } from '../../shared/extraction'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { polarityLabels } from './evidence-format'
import { useAcceptClaim, useCreateClaim, useUpdateClaim } from './queries'
import type { Passage } from './text-selection'

/** What the editor works on: a fresh passage, a claim to change, or a suggestion to change and accept. */
export type ClaimDraft =
  | { mode: 'create'; sourceId: number; passage: Passage }
  | { mode: 'edit' | 'accept'; claim: Claim }

type Props = { projectId: number; draft: ClaimDraft; options: Option[]; criteria: Criterion[]; onClose: () => void; onSaved: (claim: Claim) => void }

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))

function initialValues(draft: ClaimDraft) {
  if (draft.mode !== 'create') {
    const { claim } = draft
    return { optionIds: claim.optionIds, criterionId: claim.criterionId, polarity: claim.polarity, note: claim.note,
      min: numberText(claim.valueMin), max: numberText(claim.valueMax), unit: claim.unit ?? '' }
  }
  const [figure] = parseFigures(draft.passage.quote)
  return { optionIds: [] as number[], criterionId: null, polarity: 'supports' as Polarity, note: '',
    min: numberText(figure?.min), max: numberText(figure?.max), unit: figure?.unit ?? '' }
}

/** Blank stays null; "15,000" reads as 15000; anything else is reported before saving. */
function readNumber(text: string): number | null | 'invalid' {
  const clean = text.replace(/[,\s]/g, '')
  if (!clean) return null
  const value = Number(clean)
  return Number.isFinite(value) ? value : 'invalid'
}

export function ClaimEditor({ projectId, draft, options, criteria, onClose, onSaved }: Props) {
  const [values, setValues] = useState(() => initialValues(draft))
  const [localError, setLocalError] = useState<string | null>(null)
  const criterionField = useId()
  const create = useCreateClaim(projectId)
  const update = useUpdateClaim(projectId)
  const accept = useAcceptClaim(projectId)
  const set = (change: Partial<typeof values>) => setValues((v) => ({ ...v, ...change }))
  const quote = draft.mode === 'create' ? draft.passage.quote : draft.claim.quote
  const range = draft.mode === 'create' ? draft.passage : draft.claim
  const pending = create.isPending || update.isPending || accept.isPending
  const error = localError ?? [create, update, accept].map((m) => (m.isError ? errorMessage(m.error) : null)).find(Boolean)

  const save = async () => {
    const min = readNumber(values.min)
    const max = readNumber(values.max)
    if (min === 'invalid' || max === 'invalid') return setLocalError('Minimum and maximum must be numbers, such as 15000 or 2.5.')
    setLocalError(null)
    const figure = { valueMin: min ?? max, valueMax: max ?? min, unit: min === null && max === null ? null : values.unit }
    const tags = { optionIds: values.optionIds, criterionId: values.criterionId, polarity: values.polarity, note: values.note, figure }
    try {
      let claim: Claim
      if (draft.mode === 'create') claim = await create.mutateAsync({ sourceId: draft.sourceId, start: draft.passage.start, end: draft.passage.end, ...tags })
      else {
        claim = await update.mutateAsync({ id: draft.claim.id, ...tags })
        if (draft.mode === 'accept') claim = await accept.mutateAsync({ id: claim.id })
      }
      onSaved(claim)
    } catch {
      // The mutation keeps the error; it is shown below the form.
    }
  }

  const title = draft.mode === 'create' ? 'Add claim' : draft.mode === 'accept' ? 'Review suggestion' : 'Edit claim'
  return (
    <Dialog
      title={title}
      open
      onClose={onClose}
      onSubmit={() => void save()}
      testId="claim-editor"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={pending}>
            {draft.mode === 'accept' ? 'Save and accept' : 'Save claim'}
          </button>
        </>
      }
    >
      <figure className="editor-quote">
        <blockquote data-testid="editor-quote">{quote}</blockquote>
        <figcaption>
          {range.start !== null && range.end !== null
            ? `Characters ${(range.start + 1).toLocaleString()}–${range.end.toLocaleString()}`
            : 'Paraphrase, not an exact quote'}
        </figcaption>
      </figure>
      <fieldset className="field editor-fieldset">
        <legend className="field__label">Options</legend>
        {options.length === 0 ? (
          <p className="field__hint">No options yet: add them under Options &amp; criteria.</p>
        ) : (
          <div className="chips">
            {options.map((option) => {
              const checked = values.optionIds.includes(option.id)
              return (
                <label key={option.id} className={`chip${checked ? ' is-checked' : ''}`}>
                  <input type="checkbox" checked={checked}
                    onChange={() => set({ optionIds: checked ? values.optionIds.filter((id) => id !== option.id) : [...values.optionIds, option.id] })} />
                  {option.name}
                </label>
              )
            })}
          </div>
        )}
      </fieldset>
      <div className="editor-row">
        <div className="field">
          <label className="field__label" htmlFor={criterionField}>Criterion</label>
          <select id={criterionField} className="input" value={values.criterionId ?? ''} onChange={(e) => set({ criterionId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">None</option>
            {criteria.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div className="field">
          <span className="field__label" id="polarity-label">Polarity</span>
          <div className="segmented" role="radiogroup" aria-labelledby="polarity-label">
            {(['supports', 'against', 'neutral'] as const).map((p) => (
              <button key={p} type="button" role="radio" aria-checked={values.polarity === p}
                className={`segmented__item segmented__item--${p}${values.polarity === p ? ' is-selected' : ''}`} onClick={() => set({ polarity: p })}>
                {polarityLabels[p]}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div className="editor-row editor-row--figure">
        <label className="field">
          <span className="field__label">Minimum</span>
          <input className="input" inputMode="decimal" value={values.min} onChange={(e) => set({ min: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">Maximum</span>
          <input className="input" inputMode="decimal" value={values.max} onChange={(e) => set({ max: e.target.value })} />
        </label>
        <label className="field">
          <span className="field__label">Unit</span>
          <input className="input" value={values.unit} placeholder="req/s, ms, MB…" onChange={(e) => set({ unit: e.target.value })} />
        </label>
      </div>
      <label className="field">
        <span className="field__label">Note <span className="field__hint">optional</span></span>
        <textarea className="input" rows={2} value={values.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
      {error && <p className="form-error" role="alert" data-testid="form-error">{error}</p>}
    </Dialog>
  )
}
