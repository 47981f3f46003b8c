/** Edits a source's citation: what it is, who wrote it, when, and how far to trust it. */
import { useState } from 'react'
import { sourceKinds, type SourceMetadata, type SourceSummary } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { useUpdateSource } from './queries'

type Props = { source: SourceSummary; onClose: () => void }
type Fields = Omit<SourceMetadata, 'author' | 'publisher' | 'url' | 'publishedDate' | 'accessedDate'> &
  Record<'author' | 'publisher' | 'url' | 'publishedDate' | 'accessedDate', string>

export const kindLabels: Record<SourceMetadata['kind'], string> = {
  article: 'Article', benchmark: 'Benchmark', note: 'Note', documentation: 'Documentation', other: 'Other',
}

export function SourceDetailsDialog({ source, onClose }: Props) {
  const [fields, setFields] = useState<Fields>({
    kind: source.kind, title: source.title, author: source.author ?? '', publisher: source.publisher ?? '', url: source.url ?? '',
    publishedDate: source.publishedDate ?? '', accessedDate: source.accessedDate ?? '',
    reliabilityNote: source.reliabilityNote, sellsRelatedServices: source.sellsRelatedServices,
  })
  const update = useUpdateSource(source.projectId)
  const set = (change: Partial<Fields>) => setFields((f) => ({ ...f, ...change }))
  const text = (name: 'title' | 'author' | 'publisher' | 'url', label: string, placeholder = '') => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input" value={fields[name]} placeholder={placeholder} onChange={(e) => set({ [name]: e.target.value } as Partial<Fields>)} />
    </label>
  )
  const date = (name: 'publishedDate' | 'accessedDate', label: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="input" type="date" value={fields[name]} onChange={(e) => set({ [name]: e.target.value } as Partial<Fields>)} />
    </label>
  )
  const submit = () =>
    update.mutate(
      { id: source.id, ...fields, publishedDate: fields.publishedDate || null, accessedDate: fields.accessedDate || null },
      { onSuccess: onClose },
    )

  return (
    <Dialog
      title="Source details"
      open
      onClose={onClose}
      onSubmit={submit}
      testId="source-details-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
          <button type="submit" className="button button--primary" disabled={update.isPending}>Save details</button>
        </>
      }
    >
      {text('title', 'Title')}
      <div className="editor-row">
        <label className="field">
          <span className="field__label">Kind</span>
          <select className="input" aria-label="Kind" value={fields.kind} onChange={(e) => set({ kind: e.target.value as SourceMetadata['kind'] })}>
            {sourceKinds.map((kind) => <option key={kind} value={kind}>{kindLabels[kind]}</option>)}
          </select>
        </label>
        {date('publishedDate', 'Published')}
        {date('accessedDate', 'Accessed')}
      </div>
      <div className="editor-row">
        {text('author', 'Author')}
        {text('publisher', 'Publisher')}
      </div>
      {text('url', 'URL', 'https://…')}
      <label className="field">
        <span className="field__label">Reliability note <span className="field__hint">why to trust it, or not</span></span>
        <textarea className="input" rows={3} value={fields.reliabilityNote} onChange={(e) => set({ reliabilityNote: e.target.value })} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={fields.sellsRelatedServices} onChange={(e) => set({ sellsRelatedServices: e.target.checked })} />
        The publisher sells services related to this decision
      </label>
      {update.isError && <p className="form-error" role="alert" data-testid="form-error">{errorMessage(update.error)}</p>}
    </Dialog>
  )
}
