/** The claims of the open source, beside the reader; the selected one follows clicks on highlights. */
import { useEffect, useRef } from 'react'
import type { Claim } from '../../shared/domain/evidence'
import { plural } from '../ui/format'
import { ClaimCard, type Names } from './ClaimCard'

type Props = {
  claims: Claim[]
  suggestionCount: number
  names: Names
  selectedId: number | null
  onOpen: (claim: Claim) => void
  onEdit: (claim: Claim) => void
  onDelete: (claim: Claim) => void
  onShowSuggestions: () => void
}

export function ClaimsPanel({ claims, suggestionCount, names, selectedId, onOpen, onEdit, onDelete, onShowSuggestions }: Props) {
  const listRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (selectedId === null) return
    listRef.current?.querySelector(`[data-claim-id="${selectedId}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedId])

  return (
    <aside className="claims-panel" aria-label="Claims from this source" data-testid="claims-panel">
      <div className="panel-header">
        <h3>Claims <span className="count">{claims.length}</span></h3>
        {suggestionCount > 0 && (
          <button type="button" className="link-button" onClick={onShowSuggestions}>
            {plural(suggestionCount, 'suggestion')}
          </button>
        )}
      </div>
      <div className="claims-panel__list" ref={listRef}>
        {claims.length === 0 ? (
          <p className="panel-empty">
            Select a passage in the text and press <kbd>C</kbd> to quote it as a claim.
          </p>
        ) : (
          claims.map((claim) => (
            <ClaimCard key={claim.id} claim={claim} names={names} showSource={false} selected={claim.id === selectedId}
              onOpen={onOpen} onEdit={onEdit} onDelete={onDelete} />
          ))
        )}
      </div>
    </aside>
  )
}
