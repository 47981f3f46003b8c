/** The comparison's scores: one per option × criterion, with a rationale and the claims behind it. */
import type { Kysely, Transaction } from 'kysely'
import type { Score } from '../../shared/domain/weights'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import type { Handlers } from './handlers'
import { assertInProject, assertLiveProject } from './records'
import { nowIso } from './sqlite-errors'

/** Live cells only (options and criteria not deleted), each with the claims it cites. */
export async function loadScores(db: Kysely<Database> | Transaction<Database>, projectId: number): Promise<Score[]> {
  const [rows, links] = await Promise.all([
    db.selectFrom('scores as s')
      .innerJoin('options as o', 'o.id', 's.option_id')
      .innerJoin('criteria as c', 'c.id', 's.criterion_id')
      .selectAll('s')
      .where('s.project_id', '=', projectId)
      .where('o.deleted_at', 'is', null)
      .where('c.deleted_at', 'is', null)
      .execute(),
    db.selectFrom('score_claims as sc')
      .innerJoin('claims as cl', 'cl.id', 'sc.claim_id')
      .select(['sc.option_id', 'sc.criterion_id', 'sc.claim_id'])
      .where('cl.project_id', '=', projectId)
      .where('cl.deleted_at', 'is', null)
      .execute(),
  ])
  const claimsByCell = new Map<string, number[]>()
  for (const link of links) {
    const key = `${link.option_id}:${link.criterion_id}`
    claimsByCell.set(key, [...(claimsByCell.get(key) ?? []), link.claim_id])
  }
  return rows.map((row) => ({
    optionId: row.option_id,
    criterionId: row.criterion_id,
    value: row.value,
    rationale: row.rationale,
    origin: row.origin,
    claimIds: claimsByCell.get(`${row.option_id}:${row.criterion_id}`) ?? [],
    updatedAt: row.updated_at,
  }))
}

export function createCompareService(db: Kysely<Database>) {
  return {
    async get({ projectId }) {
      await assertLiveProject(db, projectId)
      const project = await db.selectFrom('projects').select(['scale_min', 'scale_max']).where('id', '=', projectId).executeTakeFirstOrThrow()
      return { projectId, scale: { min: project.scale_min, max: project.scale_max }, scores: await loadScores(db, projectId) }
    },

    async setScores({ projectId, scores }) {
      await assertLiveProject(db, projectId)
      const project = await db.selectFrom('projects').select(['scale_min', 'scale_max']).where('id', '=', projectId).executeTakeFirstOrThrow()
      await assertInProject(db, 'options', projectId, [...new Set(scores.map((s) => s.optionId))])
      await assertInProject(db, 'criteria', projectId, [...new Set(scores.map((s) => s.criterionId))])
      const claimIds = [...new Set(scores.flatMap((s) => s.claimIds ?? []))]
      if (claimIds.length) {
        const found = await db.selectFrom('claims').select('id').where('id', 'in', claimIds).where('project_id', '=', projectId)
          .where('deleted_at', 'is', null).execute()
        if (found.length !== claimIds.length) throw new ArbiterError('VALIDATION', 'Some of the cited claims are not part of this project.')
      }
      const outside = scores.find((s) => s.value !== null && (s.value < project.scale_min || s.value > project.scale_max))
      if (outside) {
        throw new ArbiterError('VALIDATION', `Scores must be between ${project.scale_min} and ${project.scale_max}; ${outside.value} is outside the scale.`)
      }
      await db.transaction().execute(async (trx) => {
        const updatedAt = nowIso()
        for (const s of scores) {
          await trx.insertInto('scores')
            .values({
              project_id: projectId, option_id: s.optionId, criterion_id: s.criterionId, value: s.value,
              rationale: s.rationale ?? '', origin: s.origin ?? 'user', updated_at: updatedAt,
            })
            .onConflict((oc) => oc.columns(['option_id', 'criterion_id']).doUpdateSet({
              value: s.value,
              ...(s.rationale !== undefined && { rationale: s.rationale }),
              origin: s.origin ?? 'user',
              updated_at: updatedAt,
            }))
            .execute()
          if (s.claimIds) {
            await trx.deleteFrom('score_claims').where('option_id', '=', s.optionId).where('criterion_id', '=', s.criterionId).execute()
            if (s.claimIds.length) {
              await trx.insertInto('score_claims')
                .values([...new Set(s.claimIds)].map((claim_id) => ({ option_id: s.optionId, criterion_id: s.criterionId, claim_id })))
                .execute()
            }
          }
        }
      })
      const changed = new Set(scores.map((s) => `${s.optionId}:${s.criterionId}`))
      return (await loadScores(db, projectId)).filter((s) => changed.has(`${s.optionId}:${s.criterionId}`))
    },
  } satisfies Handlers['compare']
}
