/** Lists disagreeing claims (computed, never stored) and records which one the user prefers, and why. */
import type { Kysely } from 'kysely'
import { findConflicts } from '../../shared/domain/conflicts'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { loadClaims } from './claims'
import type { Handlers } from './handlers'
import { assertLiveProject } from './records'
import { nowIso } from './sqlite-errors'

export function createConflictService(db: Kysely<Database>) {
  async function list(projectId: number) {
    await assertLiveProject(db, projectId)
    const [claims, options, criteria, resolutions] = await Promise.all([
      loadClaims(db, { projectId, status: 'accepted' }),
      db.selectFrom('options').select(['id', 'name']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute(),
      db.selectFrom('criteria').select(['id', 'name']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute(),
      db.selectFrom('claim_conflicts').select(['claim_a_id', 'claim_b_id', 'preferred_claim_id', 'note']).where('project_id', '=', projectId).execute(),
    ])
    return findConflicts(
      claims,
      { options: new Map(options.map((o) => [o.id, o.name])), criteria: new Map(criteria.map((c) => [c.id, c.name])) },
      resolutions.map((r) => ({ claimAId: r.claim_a_id, claimBId: r.claim_b_id, preferredClaimId: r.preferred_claim_id, note: r.note })),
    )
  }

  return {
    list: ({ projectId }) => list(projectId),
    async resolve({ projectId, claimAId, claimBId, preferredClaimId, note }) {
      const [a, b] = claimAId < claimBId ? [claimAId, claimBId] : [claimBId, claimAId]
      const conflicts = await list(projectId)
      if (!conflicts.some((c) => c.claimA.id === a && c.claimB.id === b)) {
        throw new ArbiterError('NOT_FOUND', 'Those two claims no longer disagree.')
      }
      if (preferredClaimId !== null && preferredClaimId !== a && preferredClaimId !== b) {
        throw new ArbiterError('VALIDATION', 'The preferred claim must be one of the two.')
      }
      await db.insertInto('claim_conflicts')
        .values({ project_id: projectId, claim_a_id: a, claim_b_id: b, preferred_claim_id: preferredClaimId, note })
        .onConflict((oc) => oc.columns(['claim_a_id', 'claim_b_id']).doUpdateSet({ preferred_claim_id: preferredClaimId, note, updated_at: nowIso() }))
        .execute()
      return list(projectId)
    },
  } satisfies Handlers['conflicts']
}
