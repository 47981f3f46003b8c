/** The Reader view: the open source's text beside its claims, or a way in when there is nothing to read. */
import type { Claim, SourceSummary } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { Icon } from '../ui/Icon'
import type { Names } from './ClaimCard'
import { ClaimsPanel } from './ClaimsPanel'
import { useSource } from './queries'
import { Reader, type FocusRequest } from './Reader'
import type { Passage } from './text-selection'

type Props = {
  projectId: number
  sourceId: number | null
  hasSources: boolean
  hasOptions: boolean
  summary: SourceSummary | null
  claims: Claim[]
  names: Names
  selectedClaimId: number | null
  focus: FocusRequest | null
  onSelectClaim: (id: number) => void
  onOpenClaim: (claim: Claim) => void
  onEditClaim: (claim: Claim) => void
  onDeleteClaim: (claim: Claim) => void
  onAddClaim: (passage: Passage) => void
  onImport: () => void
  onShowSuggestions: () => void
  onDeleted: () => void
  onRestored: (id: number) => void
}

export function ReaderPane(props: Props) {
  const { projectId, sourceId, hasSources, claims } = props
  const source = useSource(projectId, sourceId)

  if (!hasSources) {
    return (
      <div className="empty-state" data-testid="sources-empty">
        <Icon name="source" size={32} />
        <h2>Import the articles behind your decision</h2>
        <p>
          Bring in benchmarks, comparison articles and your own notes as text, Markdown or HTML files. Arbiter keeps them
          offline, suggests passages worth quoting, and lets you tag each quote as a claim about your options.
        </p>
        <button type="button" className="button button--primary" onClick={props.onImport}>
          <Icon name="plus" /> Import sources
        </button>
        <p className="empty-state__hint">or drop files anywhere on this tab</p>
        {!props.hasOptions && (
          <p className="empty-state__hint">Add your options first (Options &amp; criteria) so Arbiter can suggest claims about them.</p>
        )}
      </div>
    )
  }
  if (source.isError) return <p className="form-error" role="alert">{errorMessage(source.error)}</p>
  // Accepted claims only: suggestions are reviewed in their own view, but still show in the text.
  const accepted = claims.filter((c) => c.status === 'accepted')
  return (
    <div className="reader-layout">
      {source.data && props.summary ? (
        <Reader key={source.data.id} source={source.data} summary={props.summary} claims={claims} selectedClaimId={props.selectedClaimId} focus={props.focus}
          onSelectClaim={props.onSelectClaim} onAddClaim={props.onAddClaim} onDeleted={props.onDeleted} onRestored={props.onRestored} />
      ) : (
        <div className="reader reader--loading" aria-busy="true" />
      )}
      <ClaimsPanel claims={accepted} suggestionCount={props.summary?.suggestionCount ?? 0} names={props.names} selectedId={props.selectedClaimId}
        onOpen={props.onOpenClaim} onEdit={props.onEditClaim} onDelete={props.onDeleteClaim} onShowSuggestions={props.onShowSuggestions} />
    </div>
  )
}
