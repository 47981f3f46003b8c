/** One claim as a compact card: the quote, its tags, its figure and where (and when) it comes from. */
import type { ReactNode } from 'react'
import type { Claim } from '../../shared/domain/evidence'
import { Icon } from '../ui/Icon'
import { ageOf, claimFigure, formatDate, polarityLabels } from './evidence-format'

export type Names = { options: ReadonlyMap<number, string>; criteria: ReadonlyMap<number, string> }

type Props = {
  claim: Claim
  names: Names
  selected?: boolean
  /** Leaves out the source line where every card comes from the same source. */
  showSource?: boolean
  onOpen?: (claim: Claim) => void
  onEdit?: (claim: Claim) => void
  onDelete?: (claim: Claim) => void
  actions?: ReactNode
}

export function ClaimMeta({ claim }: { claim: Claim }) {
  return (
    <p className="claim__source">
      <span className="claim__source-title">{claim.sourceTitle}</span>
      {claim.sourcePublisher && ` · ${claim.sourcePublisher}`}
      {claim.sourceDate && ` · ${formatDate(claim.sourceDate)}`}
      {' · '}
      <span className="claim__age" data-testid="claim-age">{ageOf(claim.sourceDate)}</span>
      {claim.sourceSellsRelatedServices && <span className="flag flag--warning">sells related services</span>}
    </p>
  )
}

export function ClaimTags({ claim, names }: { claim: Claim; names: Names }) {
  const figure = claimFigure(claim)
  return (
    <div className="claim__tags">
      <span className={`polarity polarity--${claim.polarity}`}>{polarityLabels[claim.polarity]}</span>
      {claim.optionIds.map((id) => <span key={id} className="tag">{names.options.get(id) ?? 'Removed option'}</span>)}
      {claim.criterionId !== null && <span className="tag tag--criterion">{names.criteria.get(claim.criterionId) ?? 'Removed criterion'}</span>}
      {figure && <span className="figure" data-testid="claim-figure">{figure}</span>}
    </div>
  )
}

export function ClaimCard({ claim, names, selected, showSource = true, onOpen, onEdit, onDelete, actions }: Props) {
  const openable = onOpen && claim.start !== null
  return (
    <article
      className={`claim claim--${claim.polarity}${selected ? ' is-selected' : ''}${openable ? ' is-openable' : ''}`}
      data-testid="claim-card"
      data-claim-id={claim.id}
      aria-current={selected || undefined}
    >
      {openable ? (
        <button type="button" className="claim__quote claim__quote--button" onClick={() => onOpen(claim)} title="Show in the reader">
          “{claim.quote}”
        </button>
      ) : (
        <p className="claim__quote">{claim.isParaphrase ? claim.quote : `“${claim.quote}”`}</p>
      )}
      {claim.isParaphrase && <span className="flag" data-testid="paraphrase-badge">Paraphrase</span>}
      <ClaimTags claim={claim} names={names} />
      {showSource && <ClaimMeta claim={claim} />}
      {claim.note && <p className="claim__note">{claim.note}</p>}
      {(onEdit || onDelete || actions) && (
        <div className="claim__actions">
          {actions}
          {onEdit && (
            <button type="button" className="icon-button" aria-label="Edit claim" title="Edit claim" onClick={() => onEdit(claim)}>
              <Icon name="pencil" size={14} />
            </button>
          )}
          {onDelete && (
            <button type="button" className="icon-button" aria-label="Delete claim" title="Delete claim" onClick={() => onDelete(claim)}>
              <Icon name="trash" size={14} />
            </button>
          )}
        </div>
      )}
    </article>
  )
}
