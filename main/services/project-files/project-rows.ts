/**
 * Reads every row of one project from a store, table by table (ids as stored). Link tables have
 * no project column, so they are found through the parent they hang from.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ProjectTable } from './format'

export type ProjectRows = { [T in ProjectTable]: Record<string, unknown>[] }

export async function readProjectRows(db: Kysely<Database>, projectId: number): Promise<ProjectRows> {
  const own = <T extends 'sources' | 'options' | 'criteria' | 'claims' | 'claim_conflicts' | 'scores' | 'weight_presets' | 'decisions'>(table: T) =>
    db.selectFrom(table as 'sources').selectAll().where('project_id', '=', projectId).execute() as Promise<Record<string, unknown>[]>
  const claimIds = db.selectFrom('claims').select('id').where('project_id', '=', projectId)
  const decisionIds = db.selectFrom('decisions').select('id').where('project_id', '=', projectId)
  return {
    projects: await db.selectFrom('projects').selectAll().where('id', '=', projectId).execute(),
    sources: await own('sources'),
    options: await own('options'),
    criteria: await own('criteria'),
    claims: await own('claims'),
    claim_options: await db.selectFrom('claim_options').selectAll().where('claim_id', 'in', claimIds).execute(),
    claim_conflicts: await own('claim_conflicts'),
    scores: await own('scores'),
    score_claims: await db.selectFrom('score_claims').selectAll().where('claim_id', 'in', claimIds).execute(),
    weight_presets: await own('weight_presets'),
    decisions: await own('decisions'),
    decision_links: await db.selectFrom('decision_links').selectAll().where('from_decision_id', 'in', decisionIds).execute(),
    decision_claims: await db.selectFrom('decision_claims').selectAll().where('decision_id', 'in', decisionIds).execute(),
  }
}
