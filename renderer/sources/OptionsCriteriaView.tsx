/** The options being compared and the criteria they are judged on: list, add, edit, delete with Undo. */
import { useState } from 'react'
import type { Criterion, Option } from '../../shared/domain/evidence'
import { starterCriteria } from '../../shared/domain/starter-criteria'
import { errorMessage } from '../api/client'
import { plural } from '../ui/format'
import { Icon } from '../ui/Icon'
import { useToasts } from '../ui/Toasts'
import {
  useAddStarterCriteria, useRemoveCriterion, useRemoveOption, useRestoreCriterion, useRestoreOption,
} from './queries'
import { CriterionDialog, OptionDialog } from './TagDialogs'

type Props = { projectId: number; options: Option[]; criteria: Criterion[] }
type Editing = { kind: 'option'; item: Option | null } | { kind: 'criterion'; item: Criterion | null } | null

export function OptionsCriteriaView({ projectId, options, criteria }: Props) {
  const [editing, setEditing] = useState<Editing>(null)
  const toasts = useToasts()
  const removeOption = useRemoveOption(projectId)
  const restoreOption = useRestoreOption(projectId)
  const removeCriterion = useRemoveCriterion(projectId)
  const restoreCriterion = useRestoreCriterion(projectId)
  const addStarter = useAddStarterCriteria(projectId)
  const fail = (error: unknown) => toasts.show({ message: errorMessage(error), tone: 'error' })
  const names = new Set(criteria.map((c) => c.name.toLowerCase()))
  const missingStarters = starterCriteria.filter((c) => !names.has(c.name.toLowerCase())).length

  const undoable = (label: string, restore: () => void) => ({ message: `Deleted ${label}.`, actionLabel: 'Undo', onAction: restore })
  const deleteOption = (option: Option) =>
    removeOption.mutate({ id: option.id }, {
      onSuccess: () => toasts.show(undoable(`option “${option.name}”`, () => restoreOption.mutate({ id: option.id }, { onError: fail }))),
      onError: fail,
    })
  const deleteCriterion = (criterion: Criterion) =>
    removeCriterion.mutate({ id: criterion.id }, {
      onSuccess: () => toasts.show(undoable(`criterion “${criterion.name}”`, () => restoreCriterion.mutate({ id: criterion.id }, { onError: fail }))),
      onError: fail,
    })

  return (
    <div className="tags-view" data-testid="options-criteria-view">
      <section className="tag-section" aria-labelledby="options-heading">
        <div className="panel-header">
          <h3 id="options-heading">Options <span className="count">{options.length}</span></h3>
          <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'option', item: null })}>
            <Icon name="plus" size={14} /> Add option
          </button>
        </div>
        {options.length === 0 && <p className="panel-empty">Add the technologies you are choosing between, such as Django, FastAPI and Express.</p>}
        <ul className="tag-list" data-testid="option-list">
          {options.map((option) => (
            <TagRow key={option.id} name={option.name} label="option" onEdit={() => setEditing({ kind: 'option', item: option })} onDelete={() => deleteOption(option)}
              detail={[option.aliases.length ? `Also: ${option.aliases.join(', ')}` : '', option.description].filter(Boolean).join(' — ')} />
          ))}
        </ul>
      </section>
      <section className="tag-section" aria-labelledby="criteria-heading">
        <div className="panel-header">
          <h3 id="criteria-heading">Criteria <span className="count">{criteria.length}</span></h3>
          {missingStarters > 0 && (
            <button type="button" className="button button--small" disabled={addStarter.isPending} onClick={() => addStarter.mutate({ projectId }, { onError: fail })}>
              Add starter criteria ({missingStarters})
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setEditing({ kind: 'criterion', item: null })}>
            <Icon name="plus" size={14} /> Add criterion
          </button>
        </div>
        {criteria.length === 0 && <p className="panel-empty">Criteria are what the options are judged on. Start from the starter set and adjust it.</p>}
        <ul className="tag-list" data-testid="criterion-list">
          {criteria.map((criterion) => (
            <TagRow key={criterion.id} name={criterion.name} label="criterion"
              badge={criterion.direction === 'benefit' ? 'higher is better' : 'lower is better'}
              detail={[criterion.unit ? `Unit: ${criterion.unit}` : '', criterion.keywords.length ? plural(criterion.keywords.length, 'keyword') : '', criterion.description].filter(Boolean).join(' · ')}
              onEdit={() => setEditing({ kind: 'criterion', item: criterion })} onDelete={() => deleteCriterion(criterion)} />
          ))}
        </ul>
      </section>
      {editing?.kind === 'option' && <OptionDialog projectId={projectId} option={editing.item} onClose={() => setEditing(null)} />}
      {editing?.kind === 'criterion' && <CriterionDialog projectId={projectId} criterion={editing.item} onClose={() => setEditing(null)} />}
    </div>
  )
}

type RowProps = { name: string; label: string; detail: string; badge?: string; onEdit: () => void; onDelete: () => void }

function TagRow({ name, label, detail, badge, onEdit, onDelete }: RowProps) {
  return (
    <li className="tag-row" data-testid="tag-row">
      <div className="tag-row__text">
        <span className="tag-row__name">{name}</span>
        {badge && <span className="flag">{badge}</span>}
        {detail && <span className="tag-row__detail" title={detail}>{detail}</span>}
      </div>
      <button type="button" className="icon-button" aria-label={`Edit ${label} ${name}`} title="Edit" onClick={onEdit}><Icon name="pencil" size={14} /></button>
      <button type="button" className="icon-button" aria-label={`Delete ${label} ${name}`} title="Delete" onClick={onDelete}><Icon name="trash" size={14} /></button>
    </li>
  )
}
