/** The whole comparison of a project as the decision drafting and snapshot code reads it. */
import type { Kysely, Transaction } from 'kysely'
import type { ComparisonState } from '../../shared/adr/comparison'
import type { Database } from '../db/schema'
import { loadClaims } from './claims'
import { toCriterion } from './criteria'
import { toOption } from './options'

type Db = Kysely<Database> | Transaction<Database>

/**
 * `evidence: false` leaves claims and sources empty: enough to tell whether a comparison changed
 * (scores, weights, options, criteria), without reading every accepted claim of a large project.
 */
export async function loadComparisonState(db: Db, projectId: number, { evidence = true }: { evidence?: boolean } = {}): Promise<ComparisonState> {
  const project = await db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirstOrThrow()
  const [options, criteria, scoreRows, links, claims, sources] = await Promise.all([
    db.selectFrom('options').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('criteria').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('scores').selectAll().where('project_id', '=', projectId).execute(),
    db.selectFrom('score_claims as sc').innerJoin('claims as c', 'c.id', 'sc.claim_id')
      .select(['sc.option_id', 'sc.criterion_id', 'sc.claim_id']).where('c.project_id', '=', projectId).where('c.deleted_at', 'is', null).execute(),
    evidence ? loadClaims(db, { projectId, status: 'accepted' }) : [],
    evidence
      ? db.selectFrom('sources').select(['id', 'title', 'author', 'publisher', 'published_date', 'url'])
        .where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('id').execute()
      : [],
  ])
  const claimsByCell = new Map<string, number[]>()
  for (const l of links) claimsByCell.set(`${l.option_id}:${l.criterion_id}`, [...(claimsByCell.get(`${l.option_id}:${l.criterion_id}`) ?? []), l.claim_id])
  const liveOptions = new Set(options.map((o) => o.id))
  const liveCriteria = new Set(criteria.map((c) => c.id))
  return {
    projectName: project.name,
    projectDescription: project.description,
    scale: { min: project.scale_min, max: project.scale_max },
    options: options.map(toOption),
    criteria: criteria.map(toCriterion),
    scores: scoreRows
      .filter((s) => liveOptions.has(s.option_id) && liveCriteria.has(s.criterion_id))
      .map((s) => ({
        optionId: s.option_id, criterionId: s.criterion_id, value: s.value, rationale: s.rationale, origin: s.origin,
        claimIds: claimsByCell.get(`${s.option_id}:${s.criterion_id}`) ?? [], updatedAt: s.updated_at,
      })),
    claims,
    sources: sources.map((s) => ({ id: s.id, title: s.title, author: s.author, publisher: s.publisher, publishedDate: s.published_date, url: s.url })),
  }
}
