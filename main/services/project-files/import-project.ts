/**
 * Imports a `.arbiter` file into the user's store: the file is checked and read through its own
 * read-only handle (see open-project-file.ts), then every row is inserted in one transaction
 * with new ids, each foreign key mapped from old to new. Any failure rolls the whole import back.
 */
import { basename } from 'node:path'
import type { Kysely, Transaction } from 'kysely'
import { ArbiterError } from '../../../shared/errors'
import type { Project } from '../../../shared/domain/project'
import type { Store } from '../../db/connection'
import type { Database } from '../../db/schema'
import { nowIso } from '../sqlite-errors'
import type { NameClashChoice, ProjectFileSummary } from './format'
import { withProjectFile } from './open-project-file'
import { readFileRows, type ProjectFileContent } from './read-file-rows'
import { decisionJsonRemapper } from './remap-decision-json'
import { rowInserter, type RowInserter } from './row-inserter'

export type ImportOptions = { onNameClash: NameClashChoice }

async function liveProjectNamed(db: Kysely<Database> | Transaction<Database>, name: string) {
  return db.selectFrom('projects').select(['id', 'name']).where('deleted_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase())).executeTakeFirst()
}

/** "Name (2)", "Name (3)", … the first that no live project uses. */
async function freeName(trx: Transaction<Database>, base: string): Promise<string> {
  const taken = new Set((await trx.selectFrom('projects').select('name').where('deleted_at', 'is', null).execute()).map((p) => p.name.toLowerCase()))
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`
  return name
}

/** What the file holds, for the confirmation the UI shows before importing. */
export async function inspectProjectFile(filePath: string, store?: Store): Promise<ProjectFileSummary> {
  const { content, schemaVersion } = await withProjectFile(filePath, ({ sqlite, schemaVersion }) => ({ content: readFileRows(filePath, sqlite), schemaVersion }))
  const { rows, project } = content
  return {
    projectName: project.name,
    schemaVersion,
    counts: {
      sources: rows.sources.length, claims: rows.claims.length, options: rows.options.length, criteria: rows.criteria.length,
      scores: rows.scores.length, presets: rows.weight_presets.length, decisions: rows.decisions.length,
    },
    nameClash: store ? (await liveProjectNamed(store.db, project.name)) !== undefined : false,
  }
}

export async function importProjectFile(store: Store, filePath: string, options: ImportOptions): Promise<Project> {
  const content = await withProjectFile(filePath, ({ sqlite }) => readFileRows(filePath, sqlite))
  const id = await store.db.transaction().execute(async (trx) => {
    const name = await resolveName(trx, content.project.name, options.onNameClash)
    return insertProject(trx, rowInserter(store.sqlite), content, name)
  }).catch((error: unknown) => {
    if (error instanceof ArbiterError) throw error
    // A constraint the row checks did not cover (say, two live options with one name): refuse the file.
    throw new ArbiterError('VALIDATION', `“${basename(filePath)}” holds data Arbiter cannot use (${(error as Error).message}); it was not imported.`)
  })
  const row = await store.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  return { id: row.id, name: row.name, description: row.description, isSample: row.is_sample === 1, createdAt: row.created_at, updatedAt: row.updated_at }
}

async function resolveName(trx: Transaction<Database>, name: string, choice: NameClashChoice): Promise<string> {
  const clash = await liveProjectNamed(trx, name)
  if (!clash) return name
  if (choice === 'cancel') {
    throw new ArbiterError('CONFLICT', `A project named “${clash.name}” already exists. Replace it, keep both, or cancel the import.`)
  }
  if (choice === 'keep-both') return freeName(trx, name)
  // Replace: the old project is soft-deleted, so it can be restored like any deleted project.
  await trx.updateTable('projects').set({ deleted_at: nowIso() }).where('id', '=', clash.id).execute()
  return name
}

async function insertProject(trx: Transaction<Database>, insert: RowInserter, { rows, project }: ProjectFileContent, name: string): Promise<number> {
  const { id: _id, ...projectValues } = project
  const { id: projectId } = await trx.insertInto('projects').values({ ...projectValues, name }).returning('id').executeTakeFirstOrThrow()

  /** Inserts rows in file order (old ids ascending) and returns the old → new id map. */
  function insertAll<R extends { id: number }>(table: 'sources' | 'options' | 'criteria' | 'claims' | 'claim_conflicts' | 'weight_presets' | 'decisions', list: readonly R[], values: (row: Omit<R, 'id'>) => object) {
    const map = new Map<number, number>()
    for (const { id, ...rest } of [...list].sort((a, b) => a.id - b.id)) map.set(id, insert(table, values(rest) as never))
    return map
  }
  const to = (map: Map<number, number>, old: number) => map.get(old)!
  const toNullable = (map: Map<number, number>, old: number | null) => (old === null ? null : map.get(old)!)

  const sources = insertAll('sources', rows.sources, (r) => ({ ...r, project_id: projectId }))
  const options = insertAll('options', rows.options, (r) => ({ ...r, project_id: projectId }))
  const criteria = insertAll('criteria', rows.criteria, (r) => ({ ...r, project_id: projectId }))
  const claims = insertAll('claims', rows.claims, (r) => ({
    ...r, project_id: projectId, source_id: to(sources, r.source_id), criterion_id: toNullable(criteria, r.criterion_id),
  }))
  for (const link of rows.claim_options) insert('claim_options', { claim_id: to(claims, link.claim_id), option_id: to(options, link.option_id) })
  insertAll('claim_conflicts', rows.claim_conflicts, (r) => {
    // The pair is stored smaller id first; new ids keep the old order, but a crafted file need not.
    const [a, b] = [to(claims, r.claim_a_id), to(claims, r.claim_b_id)].sort((x, y) => x - y)
    return { ...r, project_id: projectId, claim_a_id: a, claim_b_id: b, preferred_claim_id: toNullable(claims, r.preferred_claim_id) }
  })
  for (const score of rows.scores) {
    insert('scores', { ...score, project_id: projectId, option_id: to(options, score.option_id), criterion_id: to(criteria, score.criterion_id) })
  }
  for (const link of rows.score_claims) {
    insert('score_claims', { option_id: to(options, link.option_id), criterion_id: to(criteria, link.criterion_id), claim_id: to(claims, link.claim_id) })
  }
  insertAll('weight_presets', rows.weight_presets, (r) => ({ ...r, project_id: projectId }))
  const remap = decisionJsonRemapper({ options, criteria, claims })
  const decisions = insertAll('decisions', rows.decisions, (r) => ({
    ...r, project_id: projectId, chosen_option_id: toNullable(options, r.chosen_option_id),
    sections: remap.sections(r.sections), snapshot: remap.snapshot(r.snapshot),
  }))
  for (const link of rows.decision_links) {
    insert('decision_links', { ...link, from_decision_id: to(decisions, link.from_decision_id), to_decision_id: to(decisions, link.to_decision_id) })
  }
  for (const link of rows.decision_claims) insert('decision_claims', { decision_id: to(decisions, link.decision_id), claim_id: to(claims, link.claim_id) })
  return projectId
}
