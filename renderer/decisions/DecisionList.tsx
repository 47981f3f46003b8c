/** The project's records, newest number last, with a status filter and a search box. */
import { decisionStatuses, type DecisionStatus, type DecisionSummary } from '../../shared/domain/decision'
import { ChangedBadge, dialectLabels, recordNumber, statusLabels, StatusChip } from './labels'

type FilterProps = {
  status: DecisionStatus | null
  onStatus: (status: DecisionStatus | null) => void
  query: string
  onQuery: (query: string) => void
  counts: Map<DecisionStatus, number>
}

export function DecisionFilters({ status, onStatus, query, onQuery, counts }: FilterProps) {
  const choices: (DecisionStatus | null)[] = [null, ...decisionStatuses]
  return (
    <div className="decision-filters">
      <div className="segmented" role="radiogroup" aria-label="Filter by status" data-testid="status-filter">
        {choices.map((choice) => (
          <button key={choice ?? 'all'} type="button" role="radio" aria-checked={status === choice}
            className={`segmented__item${status === choice ? ' is-selected' : ''}`} onClick={() => onStatus(choice)}
            data-testid={`filter-${choice ?? 'all'}`}>
            {choice ? statusLabels[choice] : 'All'}
            {choice && (counts.get(choice) ?? 0) > 0 && <span className="count">{counts.get(choice)}</span>}
          </button>
        ))}
      </div>
      <input className="input input--small decision-filters__search" type="search" placeholder="Search titles and text…" aria-label="Search decisions"
        value={query} onChange={(e) => onQuery(e.target.value)} data-testid="decision-search" />
    </div>
  )
}

export function DecisionList({ decisions, onOpen }: { decisions: DecisionSummary[]; onOpen: (id: number) => void }) {
  return (
    <ul className="decision-list" aria-label="Decisions" data-testid="decision-list">
      {decisions.map((d) => (
        <li key={d.id}>
          <button type="button" className="decision-row" onClick={() => onOpen(d.id)} data-testid="decision-row" data-number={d.number} data-status={d.status}>
            <span className="decision-row__number">{recordNumber(d.number)}</span>
            <span className="decision-row__main">
              <span className="decision-row__title">{d.title}</span>
              <span className="decision-row__notes">
                {d.supersededBy !== null && <span className="decision-row__note" data-testid="superseded-note">superseded by {recordNumber(d.supersededBy)}</span>}
                {d.comparisonChanged && <ChangedBadge />}
                {d.importedFormat && <span className="decision-row__note">imported from {dialectLabels[d.importedFormat]}</span>}
              </span>
            </span>
            <StatusChip status={d.status} />
            <span className="decision-row__chosen" title="Chosen option">{d.chosenOptionName ?? <span className="is-faint">no option chosen</span>}</span>
            <span className="decision-row__date">{d.date ?? <span className="is-faint">undated</span>}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
