/** Every accepted claim of the project, grouped by option then criterion, with filters. */
import { useMemo, useState } from 'react'
import type { Claim, Criterion, Option } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { plural } from '../ui/format'
import { ClaimCard, type Names } from './ClaimCard'
import { useClaimsWithStatus } from './queries'

type Props = {
  projectId: number
  options: Option[]
  criteria: Criterion[]
  names: Names
  onOpen: (claim: Claim) => void
  onEdit: (claim: Claim) => void
  onDelete: (claim: Claim) => void
}
type Group = { key: string; option: string; criterion: string; claims: Claim[] }

// Rendering thousands of cards at once stalls the window; more appear on request.
const PAGE = 200
const NONE = 0
const NO_CLAIMS: Claim[] = []

export function ClaimsView({ projectId, options, criteria, names, onOpen, onEdit, onDelete }: Props) {
  const query = useClaimsWithStatus(projectId, 'accepted')
  const claims = query.data ?? NO_CLAIMS
  const [optionId, setOptionId] = useState<number | null>(null)
  const [criterionId, setCriterionId] = useState<number | null>(null)
  const [limit, setLimit] = useState(PAGE)

  const groups = useMemo(() => {
    const optionOrder = new Map(options.map((o, i) => [o.id, i]))
    const criterionOrder = new Map(criteria.map((c, i) => [c.id, i]))
    const byKey = new Map<string, Group>()
    for (const claim of claims) {
      if (criterionId !== null && claim.criterionId !== criterionId) continue
      const tagged = claim.optionIds.length ? claim.optionIds : [NONE]
      for (const id of tagged) {
        if (optionId !== null && id !== optionId) continue
        const key = `${id}:${claim.criterionId ?? NONE}`
        const group = byKey.get(key) ?? {
          key,
          option: id === NONE ? 'No option' : (names.options.get(id) ?? 'Removed option'),
          criterion: claim.criterionId === null ? 'No criterion' : (names.criteria.get(claim.criterionId) ?? 'Removed criterion'),
          claims: [],
        }
        group.claims.push(claim)
        byKey.set(key, group)
      }
    }
    const rank = (key: string) => {
      const [o, c] = key.split(':').map(Number)
      return [optionOrder.get(o) ?? Infinity, criterionOrder.get(c) ?? Infinity]
    }
    return [...byKey.values()].sort((a, b) => {
      const [ao, ac] = rank(a.key)
      const [bo, bc] = rank(b.key)
      return ao - bo || ac - bc
    })
  }, [claims, options, criteria, names, optionId, criterionId])

  if (query.isError) return <p className="form-error" role="alert">{errorMessage(query.error)}</p>
  if (!query.data) return <div className="claims-view" data-testid="claims-view" aria-busy="true"><p className="view-intro">Loading claims…</p></div>
  let budget = limit
  const total = groups.reduce((n, g) => n + g.claims.length, 0)
  return (
    <div className="claims-view" data-testid="claims-view">
      <div className="toolbar">
        <label className="toolbar__field">
          <span>Option</span>
          <select className="input input--small" aria-label="Filter by option" value={optionId ?? ''} onChange={(e) => setOptionId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">All options</option>
            {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <label className="toolbar__field">
          <span>Criterion</span>
          <select className="input input--small" aria-label="Filter by criterion" value={criterionId ?? ''} onChange={(e) => setCriterionId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">All criteria</option>
            {criteria.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <span className="toolbar__count">{plural(claims.length, 'accepted claim')}</span>
      </div>
      {groups.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <h2>{claims.length ? 'No claims match these filters' : 'No accepted claims yet'}</h2>
          <p>{claims.length ? 'Choose another option or criterion.' : 'Quote passages from your sources in the reader, or accept suggestions.'}</p>
        </div>
      ) : (
        groups.map((group) => {
          if (budget <= 0) return null
          const shown = group.claims.slice(0, budget)
          budget -= shown.length
          return (
            <section key={group.key} className="claim-group" data-testid="claim-group">
              <h3 className="claim-group__title">
                {group.option} <span className="claim-group__sep">›</span> {group.criterion}
                <span className="count">{group.claims.length}</span>
              </h3>
              <div className="claim-grid">
                {shown.map((claim) => (
                  <ClaimCard key={claim.id} claim={claim} names={names} onOpen={onOpen} onEdit={onEdit} onDelete={onDelete} />
                ))}
              </div>
            </section>
          )
        })
      )}
      {total > limit && (
        <button type="button" className="button show-more" onClick={() => setLimit((n) => n + PAGE * 5)}>
          Show more ({(total - limit).toLocaleString()} not shown)
        </button>
      )}
    </div>
  )
}
