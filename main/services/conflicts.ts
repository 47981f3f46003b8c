/**
 * Disagreeing claims (computed, never stored) and the user's word on which one to believe, and
 * why. The summary reads only tallies and the claims with figures, so it stays cheap on a project
 * with a hundred thousand claims; the pairs are listed per cell when the user opens one.
 */
import type { Kysely } from 'kysely'
import { summariseConflicts, type CellClaim } from '../../shared/domain/conflict-summary'
import { conflictKind, findConflicts } from '../../shared/domain/conflicts'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { loadClaims } from './claims'
import type { Handlers } from './handlers'
import { assertLiveProject } from './records'
import { nowIso } from './sqlite-errors'

export function createConflictService(db: Kysely<Database>) {
  /** Accepted claims of the project's live sources, one row per live option and live criterion they are about. */
  const cellClaims = (projectId: number) =>
    db
      .selectFrom('claims as c')
      .innerJoin('sources as s', 's.id', 'c.source_id')
      .innerJoin('claim_options as co', 'co.claim_id', 'c.id')
      .innerJoin('options as o', 'o.id', 'co.option_id')
      .innerJoin('criteria as k', 'k.id', 'c.criterion_id')
      .where('c.project_id', '=', projectId)
      .where('c.status', '=', 'accepted')
      .where('c.deleted_at', 'is', null)
      .where('s.deleted_at', 'is', null)
      .where('o.deleted_at', 'is', null)
      .where('k.deleted_at', 'is', null)

  // The inner join on criteria leaves no row without a criterion; the rows are used as they come
  // rather than copied (tens of thousands on a large project, on the way to the first screen).
  const asCellClaims = (rows: (Omit<CellClaim, 'criterionId'> & { criterionId: number | null })[]) => rows as CellClaim[]
  const cellColumns = [
    'c.id', 'c.source_id as sourceId', 'c.polarity', 'c.value_min as valueMin', 'c.value_max as valueMax', 'c.unit', 'c.metric',
    'co.option_id as optionId', 'c.criterion_id as criterionId',
  ] as const

  async function summary(projectId: number) {
    await assertLiveProject(db, projectId)
    // Neutral claims without a figure never disagree: on a large project they are most rows, so they stay in the database.
    const claims = await cellClaims(projectId).select(cellColumns)
      .where((eb) => eb.or([eb('c.polarity', '<>', 'neutral'), eb('c.value_max', 'is not', null)]))
      .execute()
    const settled = await db.selectFrom('claim_conflicts')
      .select(['claim_a_id as claimAId', 'claim_b_id as claimBId', 'preferred_claim_id as preferredClaimId', 'note'])
      .where('project_id', '=', projectId).where('preferred_claim_id', 'is not', null).execute()
    const settledIds = [...new Set(settled.flatMap((r) => [r.claimAId, r.claimBId]))]
    const settledClaims = settledIds.length
      ? await cellClaims(projectId).select(cellColumns).where('c.id', 'in', settledIds).execute()
      : []
    return summariseConflicts({
      claims: asCellClaims(claims),
      settled,
      settledClaims: asCellClaims(settledClaims),
    })
  }

  async function list(projectId: number, cell: { optionId?: number; criterionId?: number } = {}) {
    await assertLiveProject(db, projectId)
    const [claims, options, criteria, resolutions] = await Promise.all([
      loadClaims(db, { projectId, status: 'accepted', ...cell }),
      db.selectFrom('options').select(['id', 'name']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute(),
      db.selectFrom('criteria').select(['id', 'name']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute(),
      db.selectFrom('claim_conflicts').select(['claim_a_id as claimAId', 'claim_b_id as claimBId', 'preferred_claim_id as preferredClaimId', 'note'])
        .where('project_id', '=', projectId).execute(),
    ])
    const liveCriteria = new Set(criteria.map((c) => c.id))
    const conflicts = findConflicts(
      claims.filter((c) => c.criterionId !== null && liveCriteria.has(c.criterionId)),
      { options: new Map(options.map((o) => [o.id, o.name])), criteria: new Map(criteria.map((c) => [c.id, c.name])) },
      resolutions,
    )
    // Claims about several options belong to several cells; only the asked-for one is wanted.
    return cell.optionId === undefined ? conflicts : conflicts.filter((c) => c.optionId === cell.optionId)
  }

  return {
    summary: ({ projectId }) => summary(projectId),
    list: ({ projectId, optionId, criterionId }) => list(projectId, { optionId, criterionId }),
    async resolve({ projectId, claimAId, claimBId, preferredClaimId, note }) {
      const [a, b] = claimAId < claimBId ? [claimAId, claimBId] : [claimBId, claimAId]
      await assertLiveProject(db, projectId)
      const pair = await loadClaims(db, { projectId, status: 'accepted', ids: [a, b] })
      const [x, y] = pair
      const shareCell = pair.length === 2 && x.criterionId !== null && x.criterionId === y.criterionId && x.optionIds.some((id) => y.optionIds.includes(id))
      if (!shareCell || !conflictKind(x, y)) throw new ArbiterError('NOT_FOUND', 'Those two claims no longer disagree.')
      if (preferredClaimId !== null && preferredClaimId !== a && preferredClaimId !== b) {
        throw new ArbiterError('VALIDATION', 'The preferred claim must be one of the two.')
      }
      await db.insertInto('claim_conflicts')
        .values({ project_id: projectId, claim_a_id: a, claim_b_id: b, preferred_claim_id: preferredClaimId, note })
        .onConflict((oc) => oc.columns(['claim_a_id', 'claim_b_id']).doUpdateSet({ preferred_claim_id: preferredClaimId, note, updated_at: nowIso() }))
        .execute()
      return { claimAId: a, claimBId: b, preferredClaimId, note }
    },
  } satisfies Handlers['conflicts']
}
