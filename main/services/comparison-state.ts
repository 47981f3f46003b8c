/** The whole comparison of a project as the decision drafting and snapshot code reads it. */
import type { Kysely, Transaction } from 'kysely'
import type { ComparisonState } from '../../shared/adr/comparison'
import type { Database } from '../db/schema'
import { loadClaims } from './claims'
import { loadScores } from './compare'
import { toCriterion } from './criteria'
import { toOption } from './options'

type Db = Kysely<Database> | Transaction<Database>

/**
 * `evidence: false` leaves claims and sources empty: enough to tell whether a comparison changed
 * (scores, weights, options, criteria), without reading every accepted claim of a large project.
 */
export async function loadComparisonState(db: Db, projectId: number, { evidence = true }: { evidence?: boolean } = {}): Promise<ComparisonState> {
  const project = await db.selectFrom('projects').selectAll().where('id', '=', projectId).executeTakeFirstOrThrow()
  const [options, criteria, scores, claims, sources] = await Promise.all([
    db.selectFrom('options').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('criteria').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    loadScores(db, projectId),
    evidence ? loadClaims(db, { projectId, status: 'accepted' }) : [],
    evidence
      ? db.selectFrom('sources').select(['id', 'title', 'author', 'publisher', 'published_date', 'url'])
        .where('project_id', '=', projectId).where('deleted_at', 'is', null).orderBy('id').execute()
      : [],
  ])
  return {
    projectName: project.name,
    projectDescription: project.description,
    scale: { min: project.scale_min, max: project.scale_max },
    options: options.map(toOption),
    criteria: criteria.map(toCriterion),
    scores,
    claims,
    sources: sources.map((s) => ({ id: s.id, title: s.title, author: s.author, publisher: s.publisher, publishedDate: s.published_date, url: s.url })),
  }
}
