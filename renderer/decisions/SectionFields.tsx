/** One Markdown textarea per MADR 4 section, then the record's extra sections (heading and body). */
import type { DecisionSections } from '../../shared/domain/decision'
import { Icon } from '../ui/Icon'
import type { FieldErrors } from './draft'
import { Field, FieldError, invalid } from './MetaFields'

type SectionKey = Exclude<keyof DecisionSections, 'extra'>

const madrSections: { key: SectionKey; label: string; hint: string }[] = [
  { key: 'context', label: 'Context and Problem Statement', hint: 'What is the problem, and why decide now?' },
  { key: 'drivers', label: 'Decision Drivers', hint: 'The forces and concerns that shape the choice.' },
  { key: 'consideredOptions', label: 'Considered Options', hint: 'One bullet per option.' },
  { key: 'outcome', label: 'Decision Outcome', hint: 'Chosen option: "…", because …' },
  { key: 'consequences', label: 'Consequences', hint: 'Good, because … / Bad, because …' },
  { key: 'confirmation', label: 'Confirmation', hint: 'How will we know the decision holds?' },
  { key: 'prosAndCons', label: 'Pros and Cons of the Options', hint: 'A ### heading per option, with its pros and cons.' },
  { key: 'moreInformation', label: 'More Information', hint: 'Links, follow-ups, when to revisit.' },
]

/** Tall enough for the text (long lines wrap at roughly 80 characters), within reason: the form scrolls, not each box. */
const rowsFor = (text: string) => Math.min(18, Math.max(3, text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 80)), 1)))

type Props = { sections: DecisionSections; errors: FieldErrors; onChange: (sections: DecisionSections) => void }

export function SectionFields({ sections, errors, onChange }: Props) {
  const set = (key: SectionKey, value: string) => onChange({ ...sections, [key]: value })
  const setExtra = (index: number, part: 'heading' | 'body', value: string) =>
    onChange({ ...sections, extra: sections.extra.map((extra, i) => (i === index ? { ...extra, [part]: value } : extra)) })
  const addExtra = () => onChange({ ...sections, extra: [...sections.extra, { heading: 'New section', body: '' }] })
  const removeExtra = (index: number) => onChange({ ...sections, extra: sections.extra.filter((_, i) => i !== index) })

  return (
    <div className="editor-sections">
      {madrSections.map(({ key, label, hint }) => {
        const id = `section-${key}`
        return (
          <Field key={key} id={id} label={label} error={errors[`sections.${key}`]}>
            <textarea id={id} className="input input--markdown" rows={rowsFor(sections[key])} value={sections[key]} placeholder={hint}
              onChange={(e) => set(key, e.target.value)} data-testid={id} spellCheck {...invalid(id, errors[`sections.${key}`])} />
          </Field>
        )
      })}
      <div className="editor-extra" data-testid="extra-sections">
        <div className="editor-extra__head">
          <span className="field__label">Other sections</span>
          <button type="button" className="button button--small" onClick={addExtra} data-testid="add-section">
            <Icon name="plus" size={14} /> Add section
          </button>
        </div>
        {sections.extra.length === 0 && <p className="editor-extra__none">Sections with other headings, e.g. from an imported file, appear here.</p>}
        {sections.extra.map((extra, index) => (
          <div key={index} className="editor-extra__item" data-testid="extra-section">
            <div className="editor-extra__row">
              <input className="input input--small" aria-label={`Heading of extra section ${index + 1}`} value={extra.heading}
                onChange={(e) => setExtra(index, 'heading', e.target.value)} />
              <button type="button" className="icon-button icon-button--danger" aria-label={`Remove section ${extra.heading || index + 1}`} onClick={() => removeExtra(index)}>
                <Icon name="trash" size={14} />
              </button>
            </div>
            <textarea className="input input--markdown" aria-label={`Text of ${extra.heading || `extra section ${index + 1}`}`} rows={rowsFor(extra.body)}
              value={extra.body} onChange={(e) => setExtra(index, 'body', e.target.value)} />
          </div>
        ))}
        <FieldError id="section-extra-error" message={errors['sections.extra']} />
      </div>
    </div>
  )
}
