/**
 * One decision record: the form on the left (saved as you type), the file export would write on
 * the right. Status moves, superseding and deleting sit in the header.
 */
import { useMemo } from 'react'
import type { RenderContext } from '../../shared/adr/render'
import type { AdrDialect, Decision, DecisionStatus } from '../../shared/domain/decision'
import { errorMessage } from '../api/client'
import { useOptions } from '../sources/queries'
import { Icon } from '../ui/Icon'
import { useToasts } from '../ui/Toasts'
import { AdrPreview } from './AdrPreview'
import { CitationList } from './CitationList'
import { draftRecord } from './draft'
import { ChangedBanner, FrozenMatrix } from './FrozenComparison'
import { ChangedBadge, recordNumber, StatusChip } from './labels'
import { MetaFields } from './MetaFields'
import { useSetStatus, useSupersede } from './queries'
import { SaveIndicator } from './SaveIndicator'
import { SectionFields } from './SectionFields'
import { StatusActions } from './StatusActions'
import { useDecisionDraft } from './useDecisionDraft'

type Props = {
  decision: Decision
  dialect: AdrDialect
  onDialect: (dialect: AdrDialect) => void
  linkTargets: (dialect: AdrDialect) => RenderContext
  onClose: () => void
  onOpen: (id: number) => void
  onOpenNumber: (number: number) => void
  onDelete: (decision: Decision) => void
}

export function DecisionEditor({ decision, dialect, onDialect, linkTargets, onClose, onOpen, onOpenNumber, onDelete }: Props) {
  const projectId = decision.projectId
  const toasts = useToasts()
  const options = useOptions(projectId).data ?? []
  const editor = useDecisionDraft(decision)
  const setStatus = useSetStatus(projectId, decision.id)
  const supersede = useSupersede(projectId)
  const busy = setStatus.isPending || supersede.isPending
  const record = useMemo(() => draftRecord(decision, editor.draft), [decision, editor.draft])
  const ctx = useMemo(() => linkTargets(dialect), [linkTargets, dialect])
  const failed = (error: Error) => toasts.show({ message: errorMessage(error), tone: 'error' })

  const changeStatus = async (status: DecisionStatus) => {
    // The record is saved first, so what gets accepted (and frozen) is what is on screen.
    await editor.flush()
    setStatus.mutate(status, { onSuccess: (next) => editor.adopt(next), onError: failed })
  }
  const supersedeNow = async () => {
    await editor.flush()
    supersede.mutate(decision.id, {
      onSuccess: (next) => {
        toasts.show({ message: `${recordNumber(next.number)} supersedes ${recordNumber(decision.number)}.` })
        onOpen(next.id)
      },
      onError: failed,
    })
  }

  return (
    <div className="decision-editor" data-testid="decision-editor" data-decision={decision.id}>
      <header className="editor-head">
        <button type="button" className="button button--small" onClick={onClose} data-testid="back-to-list">
          <Icon name="back" size={14} /> All decisions
        </button>
        <span className="editor-head__number">{recordNumber(decision.number)}</span>
        <StatusChip status={decision.status} />
        {decision.supersededBy !== null && (
          <button type="button" className="link-button" onClick={() => onOpenNumber(decision.supersededBy!)} data-testid="superseded-by">
            superseded by {recordNumber(decision.supersededBy)}
          </button>
        )}
        {decision.comparisonChanged && <ChangedBadge />}
        <StatusActions decision={decision} busy={busy} onStatus={(s) => void changeStatus(s)} onSupersede={() => void supersedeNow()} />
        <span className="spacer" />
        <SaveIndicator state={editor.state} errors={editor.errors} />
        <button type="button" className="icon-button icon-button--danger" aria-label="Delete decision" title="Delete decision"
          onClick={() => onDelete(decision)} data-testid="delete-decision">
          <Icon name="trash" />
        </button>
      </header>
      <div className="editor-split">
        <form className="editor-form" aria-label="Decision record" onSubmit={(e) => e.preventDefault()}
          onBlur={() => void editor.flush()} data-testid="decision-form">
          {decision.comparisonChanged && (
            <ChangedBanner changeReasons={decision.changeReasons} onSupersede={() => void supersedeNow()} busy={busy} />
          )}
          <MetaFields draft={editor.draft} errors={editor.errors} options={options} onChange={editor.change} />
          <SectionFields sections={editor.draft.sections} errors={editor.errors} onChange={(sections) => editor.change('sections', sections)} />
          <CitationList sections={editor.draft.sections} citations={decision.citations} />
          {decision.snapshot && <FrozenMatrix snapshot={decision.snapshot} />}
        </form>
        <AdrPreview record={record} dialect={dialect} onDialect={onDialect} ctx={ctx} />
      </div>
    </div>
  )
}
