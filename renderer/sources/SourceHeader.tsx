/** The reader's header: the full citation, the trust note, and edit / delete actions. */
import { useState } from 'react'
import type { SourceSummary } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Icon } from '../ui/Icon'
import { useToasts } from '../ui/Toasts'
import { formatDate } from './evidence-format'
import { useRemoveSource, useRestoreSource } from './queries'
import { kindLabels, SourceDetailsDialog } from './SourceDetailsDialog'

type Props = { source: SourceSummary; onDeleted: () => void; onRestored: (id: number) => void }

// Only web addresses become links; main opens them in the system browser.
const isWebUrl = (url: string) => /^https?:\/\//i.test(url)

export function SourceHeader({ source, onDeleted, onRestored }: Props) {
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const remove = useRemoveSource(source.projectId)
  const restore = useRestoreSource(source.projectId)
  const toasts = useToasts()

  const confirmDelete = () =>
    remove.mutate(
      { id: source.id },
      {
        onSuccess: (deleted) => {
          setConfirming(false)
          onDeleted()
          toasts.show({
            message: `Deleted “${deleted.name}”.`,
            actionLabel: 'Undo',
            onAction: () =>
              restore.mutate({ id: deleted.id }, {
                onSuccess: (restored) => onRestored(restored.id),
                onError: (error) => toasts.show({ message: errorMessage(error), tone: 'error' }),
              }),
          })
        },
      },
    )

  const byline = [source.author, source.publisher].filter(Boolean).join(' · ')
  return (
    <header className="reader-header" data-testid="reader-header">
      <div className="reader-header__top">
        <span className="kind">{kindLabels[source.kind]}</span>
        {source.sellsRelatedServices && <span className="flag flag--warning">sells related services</span>}
        <span className="spacer" />
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          <Icon name="pencil" size={14} /> Edit details
        </button>
        <button type="button" className="icon-button icon-button--danger" aria-label="Delete source" title="Delete source" onClick={() => setConfirming(true)}>
          <Icon name="trash" size={15} />
        </button>
      </div>
      <h2 className="reader-header__title" data-testid="reader-title">{source.title}</h2>
      {byline && <p className="reader-header__byline">{byline}</p>}
      <dl className="reader-header__facts">
        <div><dt>Published</dt><dd className={source.publishedDate ? '' : 'is-faint'}>{formatDate(source.publishedDate)}</dd></div>
        <div><dt>Accessed</dt><dd>{source.accessedDate ? formatDate(source.accessedDate) : '—'}</dd></div>
        {source.url && (
          <div className="reader-header__url">
            <dt>URL</dt>
            <dd>{isWebUrl(source.url) ? <a href={source.url} target="_blank" rel="noreferrer">{source.url}</a> : source.url}</dd>
          </div>
        )}
        {source.originalFileName && <div><dt>File</dt><dd>{source.originalFileName}</dd></div>}
      </dl>
      {source.reliabilityNote && <p className="reader-header__note"><strong>Reliability:</strong> {source.reliabilityNote}</p>}
      {editing && <SourceDetailsDialog source={source} onClose={() => setEditing(false)} />}
      <Dialog
        title={`Delete “${source.title}”?`}
        open={confirming}
        onClose={() => setConfirming(false)}
        onSubmit={confirmDelete}
        testId="delete-source-dialog"
        tone="danger"
        footer={
          <>
            <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>Cancel</button>
            <button type="submit" className="button button--danger" disabled={remove.isPending}>Delete source</button>
          </>
        }
      >
        <p>Its claims go with it, and scores that cite them lose that evidence. You can undo this from the notice.</p>
        {remove.isError && <p className="form-error" role="alert">{errorMessage(remove.error)}</p>}
      </Dialog>
    </header>
  )
}
