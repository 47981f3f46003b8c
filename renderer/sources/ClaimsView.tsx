/**
 * Every accepted claim of the project, grouped by option then criterion, with filters. The groups
 * come counted; a group's claims load when it is opened, so a project with a hundred thousand
 * claims lists its groups at once and never holds every claim in the window.
 */
import { useMemo, useState } from 'react'
import type { Claim, ClaimGroup, Criterion, Option } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { plural } from '../ui/format'
import { ClaimCard, type Names } from './ClaimCard'
import { GroupLoadState } from './GroupLoadState'
import { useClaimGroup, useClaimGroups } from './queries'

type Actions = { onOpen: (claim: Claim) => void; onEdit: (claim: Claim) => void; onDelete: (claim: Claim) => void }
/** `total` counts each claim once; the groups count a claim about two options twice. */
type Props = Actions & { projectId: number; total: number; options: Option[]; criteria: Criterion[]; names: Names }

// Groups opened by themselves, and cards drawn at once in a group; more on request.
const OPEN_AT_START = 4
const PAGE = 100
// The select's value for "claims about no option / on no criterion".
const NONE = 'none'
type Choice = number | typeof NONE | null

const matches = (choice: Choice, id: number | null) => choice === null || (choice === NONE ? id === null : id === choice)

export function ClaimsView({ projectId, total, options, criteria, names, ...actions }: Props) {
  const [optionId, setOptionId] = useState<Choice>(null)
  const [criterionId, setCriterionId] = useState<Choice>(null)
  const query = useClaimGroups(projectId, 'accepted')

  const groups = useMemo(() => {
    const optionOrder = new Map(options.map((o, i) => [o.id, i]))
    const criterionOrder = new Map(criteria.map((c, i) => [c.id, i]))
    // No option / no criterion last, then anything removed since.
    const rank = (order: Map<number, number>, id: number | null) => (id === null ? order.size : (order.get(id) ?? order.size + 1))
    return [...(query.data ?? [])].sort((a, b) =>
      rank(optionOrder, a.optionId) - rank(optionOrder, b.optionId) || rank(criterionOrder, a.criterionId) - rank(criterionOrder, b.criterionId))
  }, [query.data, options, criteria])

  if (query.isError) return <p className="form-error" role="alert">{errorMessage(query.error)}</p>
  if (!query.data) return <div className="claims-view" data-testid="claims-view" aria-busy="true"><p className="view-intro">Loading claims…</p></div>
  const shown = groups.filter((g) => matches(optionId, g.optionId) && matches(criterionId, g.criterionId))
  const parse = (value: string): Choice => (value === '' ? null : value === NONE ? NONE : Number(value))
  return (
    <div className="claims-view" data-testid="claims-view">
      <div className="toolbar">
        <label className="toolbar__field">
          <span>Option</span>
          <select className="input input--small" aria-label="Filter by option" value={optionId ?? ''} onChange={(e) => setOptionId(parse(e.target.value))}>
            <option value="">All options</option>
            {options.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            <option value={NONE}>No option</option>
          </select>
        </label>
        <label className="toolbar__field">
          <span>Criterion</span>
          <select className="input input--small" aria-label="Filter by criterion" value={criterionId ?? ''} onChange={(e) => setCriterionId(parse(e.target.value))}>
            <option value="">All criteria</option>
            {criteria.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            <option value={NONE}>No criterion</option>
          </select>
        </label>
        <span className="toolbar__count">{plural(total, 'accepted claim')}</span>
      </div>
      {shown.length === 0 ? (
        <div className="empty-state empty-state--compact">
          <h2>{total ? 'No claims match these filters' : 'No accepted claims yet'}</h2>
          <p>{total ? 'Choose another option or criterion.' : 'Quote passages from your sources in the reader, or accept suggestions.'}</p>
        </div>
      ) : (
        shown.map((group, index) => (
          <ClaimGroupSection key={`${group.optionId}:${group.criterionId}`} projectId={projectId} group={group}
            startOpen={index < OPEN_AT_START} names={names} {...actions} />
        ))
      )}
    </div>
  )
}

type GroupProps = Actions & { projectId: number; group: ClaimGroup; startOpen: boolean; names: Names }

function ClaimGroupSection({ projectId, group, startOpen, names, onOpen, onEdit, onDelete }: GroupProps) {
  const [open, setOpen] = useState(startOpen)
  const [limit, setLimit] = useState(PAGE)
  const claims = useClaimGroup(projectId, 'accepted', group.optionId, group.criterionId, open)
  const option = group.optionId === null ? 'No option' : (names.options.get(group.optionId) ?? 'Removed option')
  const criterion = group.criterionId === null ? 'No criterion' : (names.criteria.get(group.criterionId) ?? 'Removed criterion')
  return (
    <details className="claim-group" open={open} onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="claim-group">
      <summary className="claim-group__title">
        {option} <span className="claim-group__sep">›</span> {criterion}
        <span className="count">{group.count.toLocaleString()}</span>
      </summary>
      <GroupLoadState open={open} query={claims} loading="Loading claims…" />
      {claims.data && (
        <div className="claim-grid">
          {claims.data.slice(0, limit).map((claim) => (
            <ClaimCard key={claim.id} claim={claim} names={names} onOpen={onOpen} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </div>
      )}
      {claims.data && claims.data.length > limit && (
        <button type="button" className="button show-more" onClick={() => setLimit((n) => n + PAGE * 5)}>
          Show more ({(claims.data.length - limit).toLocaleString()} not shown)
        </button>
      )}
    </details>
  )
}
