/** The left column: every source with its citation and how much evidence it holds. */
import type { SourceSummary } from '../../shared/domain/evidence'
import { plural } from '../ui/format'
import { Icon } from '../ui/Icon'
import { formatDate } from './evidence-format'

type Props = { sources: SourceSummary[]; selectedId: number | null; onSelect: (id: number) => void; onImport: () => void }

export function SourceList({ sources, selectedId, onSelect, onImport }: Props) {
  return (
    <aside className="source-list" aria-label="Sources">
      <div className="source-list__header">
        <h2 className="source-list__title">Sources <span className="count">{sources.length}</span></h2>
        <button type="button" className="button button--primary button--small" onClick={onImport}>
          <Icon name="plus" size={14} /> Import
        </button>
      </div>
      {sources.length === 0 ? (
        <p className="source-list__empty">Nothing imported yet.</p>
      ) : (
        <ul className="source-list__items" data-testid="source-list">
          {sources.map((source) => (
            <li key={source.id}>
              <button
                type="button"
                className={`source-item${source.id === selectedId ? ' is-selected' : ''}`}
                aria-current={source.id === selectedId || undefined}
                data-testid="source-item"
                onClick={() => onSelect(source.id)}
              >
                <span className="source-item__title">{source.title}</span>
                <span className="source-item__by">
                  {source.publisher ?? source.author ?? source.originalFileName ?? 'Unknown publisher'}
                </span>
                <span className="source-item__meta">
                  <span className={source.publishedDate ? '' : 'is-faint'}>{formatDate(source.publishedDate)}</span>
                  <span aria-hidden="true">·</span>
                  <span title={plural(source.claimCount, 'accepted claim')} data-testid="claim-count">
                    {plural(source.claimCount, 'claim')}
                  </span>
                  {source.suggestionCount > 0 && (
                    <span className="pill pill--accent" title={plural(source.suggestionCount, 'suggestion')} data-testid="suggestion-count">
                      {source.suggestionCount} suggested
                    </span>
                  )}
                </span>
                {source.sellsRelatedServices && <span className="flag flag--warning">sells related services</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
