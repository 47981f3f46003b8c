/**
 * The file export would write, rendered the way a Git host shows it. The Markdown is produced by
 * the same `renderAdr` export uses; markdown-it (raw HTML off, links checked) turns it into HTML,
 * the only HTML this app ever injects.
 */
import { useDeferredValue, useMemo, type MouseEvent } from 'react'
import { adrFileName, renderAdr, type RenderContext } from '../../shared/adr/render'
import { adrDialects, type AdrDialect, type DecisionRecord } from '../../shared/domain/decision'
import { dialectLabels, shortDialectLabels } from './labels'
import { markdownToHtml, splitFrontMatter } from './markdown'

type Props = { record: DecisionRecord; dialect: AdrDialect; onDialect: (dialect: AdrDialect) => void; ctx: RenderContext }

const DOC_ID = 'adr-preview'

/**
 * Links never navigate the app: web links go to the system browser (main opens `window.open`
 * targets there after its own check), footnote links scroll the preview, the rest do nothing.
 */
function onPreviewClick(event: MouseEvent<HTMLDivElement>) {
  const anchor = (event.target as Element).closest('a')
  if (!anchor || !event.currentTarget.contains(anchor)) return
  event.preventDefault()
  const href = anchor.getAttribute('href') ?? ''
  if (href.startsWith('#')) {
    const target = event.currentTarget.querySelector(`[id="${CSS.escape(decodeURIComponent(href.slice(1)))}"]`)
    target?.scrollIntoView({ block: 'nearest' })
  } else if (/^https?:\/\//i.test(href)) {
    window.open(href)
  }
}

export function AdrPreview({ record, dialect, onDialect, ctx }: Props) {
  // Typing stays responsive on long records: the preview may lag a keystroke behind.
  const deferred = useDeferredValue(record)
  const { fileName, entries, html } = useMemo(() => {
    const text = renderAdr(deferred, dialect, ctx)
    const parts = splitFrontMatter(text)
    return { fileName: adrFileName(deferred, dialect), entries: parts.entries, html: markdownToHtml(parts.body, DOC_ID) }
  }, [deferred, dialect, ctx])

  return (
    <section className="adr-preview" aria-label="Preview" data-testid="adr-preview">
      <header className="adr-preview__bar">
        <span className="adr-preview__file" title="The file export writes">{fileName}</span>
        <div className="segmented" role="radiogroup" aria-label="Preview format">
          {adrDialects.map((d) => (
            <button key={d} type="button" role="radio" aria-checked={dialect === d} className={`segmented__item${dialect === d ? ' is-selected' : ''}`}
              onClick={() => onDialect(d)} data-testid={`preview-dialect-${d}`} title={dialectLabels[d]}>
              {shortDialectLabels[d]}
            </button>
          ))}
        </div>
      </header>
      <div className="adr-preview__scroll">
        <article className="markdown" data-testid="adr-preview-body" onClick={onPreviewClick}>
          {entries.length > 0 && (
            <table className="markdown__front-matter" data-testid="front-matter">
              <thead>
                <tr>{entries.map(([key]) => <th key={key}>{key}</th>)}</tr>
              </thead>
              <tbody>
                <tr>{entries.map(([key, value]) => <td key={key}>{value}</td>)}</tr>
              </tbody>
            </table>
          )}
          {/* markdown-it output only: raw HTML in the text is escaped (html: false) and links are validated. */}
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </article>
      </div>
    </section>
  )
}

export const linkTargetsOf = (records: readonly Pick<DecisionRecord, 'number' | 'title' | 'date'>[], dialect: AdrDialect): RenderContext => {
  const byNumber = new Map(records.map((r) => [r.number, r]))
  return {
    linkTarget: (number) => {
      const target = byNumber.get(number)
      return target ? { title: target.title, fileName: adrFileName(target, dialect) } : null
    },
  }
}
