/** One claim in a cell's panel: polarity, figure, quote or paraphrase, source and date, and a way to the reader. */
import type { Claim } from '../../shared/domain/evidence'
import { claimFigure, formatDate, polarityLabels } from '../sources/evidence-format'

type Props = { projectId: number; claim: Claim; cited: boolean; conflicting: boolean }

export function ClaimItem({ projectId, claim, cited, conflicting }: Props) {
  const figure = claimFigure(claim)
  return (
    <article className={`evidence evidence--${claim.polarity}`} data-testid="panel-claim" data-claim-id={claim.id}>
      <div className="evidence__tags">
        <span className={`polarity-tag polarity-tag--${claim.polarity}`}>{polarityLabels[claim.polarity]}</span>
        {figure && <span className="evidence__figure">{figure}</span>}
        {claim.isParaphrase && <span className="evidence__flag" data-testid="paraphrase-badge">paraphrase</span>}
        {conflicting && <span className="evidence__flag evidence__flag--conflict" title="Another source disagrees (see Sources → Conflicts)">conflict</span>}
        {cited && <span className="evidence__flag evidence__flag--cited" title="Cited by this score">cited</span>}
      </div>
      <p className="evidence__quote">{claim.isParaphrase ? claim.quote : `“${claim.quote}”`}</p>
      <p className="evidence__source">
        <span className="evidence__title">{claim.sourceTitle}</span> · {formatDate(claim.sourceDate)}
      </p>
      <button
        type="button"
        className="link-button evidence__open"
        data-testid="show-in-reader"
        onClick={() => {
          window.location.hash = `#/projects/${projectId}/sources/claim/${claim.id}`
        }}
      >
        Show in reader
      </button>
    </article>
  )
}
