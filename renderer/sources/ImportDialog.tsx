/** Brings articles in: several files at once (dropped or chosen) with per-file progress, or pasted text. */
import { useState, type DragEvent } from 'react'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { Icon } from '../ui/Icon'
import { useImportText } from './queries'
import type { useFileImport } from './useFileImport'

type Mode = 'files' | 'paste'
type Props = {
  projectId: number
  open: boolean
  onClose: () => void
  files: ReturnType<typeof useFileImport>
  onImported: (sourceId: number) => void
}

export const acceptedFiles = '.txt,.md,.markdown,.html,.htm'
const statusLabels = { waiting: 'Waiting', importing: 'Importing…', imported: 'Imported', failed: 'Failed' } as const

export function ImportDialog({ projectId, open, onClose, files, onImported }: Props) {
  const [mode, setMode] = useState<Mode>('files')
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [format, setFormat] = useState<'text' | 'markdown'>('text')
  const [dragging, setDragging] = useState(false)
  const importText = useImportText(projectId)

  const close = () => {
    if (files.running) return
    files.clear()
    importText.reset()
    setTitle('')
    setText('')
    onClose()
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    event.stopPropagation()
    setDragging(false)
    files.run([...event.dataTransfer.files])
  }
  const submit = () => {
    if (mode !== 'paste') return close()
    importText.mutate(
      { projectId, title, text, format },
      {
        onSuccess: (result) => {
          onImported(result.source.id)
          close()
        },
      },
    )
  }
  const done = files.items.filter((i) => i.status === 'imported' || i.status === 'failed').length

  return (
    <Dialog
      title="Import sources"
      open={open}
      onClose={close}
      onSubmit={submit}
      testId="import-dialog"
      footer={
        mode === 'files' ? (
          <button type="submit" className="button button--primary" disabled={files.running}>
            {files.running ? 'Importing…' : 'Done'}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={close}>Cancel</button>
            <button type="submit" className="button button--primary" disabled={importText.isPending}>Import text</button>
          </>
        )
      }
    >
      <div className="segmented segmented--full" role="radiogroup" aria-label="Import from">
        {(['files', 'paste'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={`segmented__item${mode === m ? ' is-selected' : ''}`} onClick={() => setMode(m)}>
            {m === 'files' ? 'Files' : 'Paste text'}
          </button>
        ))}
      </div>
      {mode === 'files' ? (
        <>
          <div
            className={`dropzone${dragging ? ' is-dragging' : ''}`}
            data-testid="dropzone"
            onDragOver={(event) => { event.preventDefault(); event.stopPropagation(); setDragging(true) }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
          >
            <Icon name="source" size={24} />
            <p><strong>Drop articles here</strong></p>
            <p className="dropzone__hint">Text, Markdown or HTML files, several at once</p>
            <label className="button">
              Choose files…
              <input
                type="file"
                multiple
                accept={acceptedFiles}
                className="visually-hidden"
                data-testid="file-input"
                onChange={(event) => {
                  files.run([...(event.target.files ?? [])])
                  event.target.value = ''
                }}
              />
            </label>
          </div>
          {files.items.length > 0 && (
            <div className="import-progress">
              <div className="import-progress__summary">
                <span>{done} of {files.items.length} done</span>
                <div className="progress" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(files.progress * 100)}>
                  <div className="progress__bar" style={{ width: `${files.progress * 100}%` }} />
                </div>
              </div>
              <ul className="import-list" data-testid="import-list">
                {files.items.map((item) => (
                  <li key={item.key} className={`import-item import-item--${item.status}`} data-testid="import-item" data-status={item.status}>
                    <span className="import-item__name">{item.name}</span>
                    <span className="import-item__status">{statusLabels[item.status]}</span>
                    {item.message && <span className="import-item__message">{item.message}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <>
          <label className="field">
            <span className="field__label">Title</span>
            <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Notes from the load test" />
          </label>
          <label className="field">
            <span className="field__label">Text</span>
            <textarea className="input import-paste" rows={9} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the article or your notes" />
          </label>
          <div className="field">
            <span className="field__label" id="paste-format">Format</span>
            <div className="segmented" role="radiogroup" aria-labelledby="paste-format">
              {(['text', 'markdown'] as const).map((f) => (
                <button key={f} type="button" role="radio" aria-checked={format === f} className={`segmented__item${format === f ? ' is-selected' : ''}`} onClick={() => setFormat(f)}>
                  {f === 'text' ? 'Plain text' : 'Markdown'}
                </button>
              ))}
            </div>
          </div>
          {importText.isError && <p className="form-error" role="alert" data-testid="form-error">{errorMessage(importText.error)}</p>}
        </>
      )}
    </Dialog>
  )
}
