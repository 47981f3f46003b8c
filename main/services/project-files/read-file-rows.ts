/**
 * Reads and validates every row of a checked project file with plain SELECTs. A row that breaks
 * a rule, or points at something the file does not hold, refuses the whole file: importing part
 * of a project would be worse than importing none of it.
 */
import { basename } from 'node:path'
import type SQLite from 'better-sqlite3'
import { ArbiterError } from '../../../shared/errors'
import { projectTables } from './format'
import { rowSchemas, type FileRows } from './row-schemas'

export type ProjectFileContent = { rows: FileRows; project: FileRows['projects'][number] }

const unusable = (filePath: string, detail: string) =>
  new ArbiterError('VALIDATION', `“${basename(filePath)}” holds data Arbiter cannot use (${detail}); it was not imported.`)

export function countProjects(sqlite: SQLite.Database): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n
}

export function assertOneProject(filePath: string, sqlite: SQLite.Database): void {
  const n = countProjects(sqlite)
  if (n !== 1) {
    throw new ArbiterError('VALIDATION', `“${basename(filePath)}” must hold exactly one project, but it holds ${n}; it was not imported.`)
  }
}

export function readFileRows(filePath: string, sqlite: SQLite.Database): ProjectFileContent {
  assertOneProject(filePath, sqlite)
  const rows = {} as Record<string, unknown[]>
  for (const table of projectTables) {
    const schema = rowSchemas[table]
    rows[table] = (sqlite.prepare(`SELECT * FROM "${table}"`).all() as unknown[]).map((raw, index) => {
      const parsed = schema.safeParse(raw)
      if (parsed.success) return parsed.data
      const issue = parsed.error.issues[0]
      throw unusable(filePath, `${table} row ${index + 1}: ${issue.path.join('.') || 'row'} ${issue.message}`)
    })
  }
  const content = { rows: rows as FileRows, project: (rows as FileRows).projects[0] }
  assertReferences(filePath, content)
  return content
}

/** Every reference must land on a row of this file's one project. */
function assertReferences(filePath: string, { rows, project }: ProjectFileContent): void {
  const ids = <T extends { id: number }>(list: readonly T[]) => new Set(list.map((r) => r.id))
  const sources = new Map(rows.sources.map((s) => [s.id, s.full_text.length]))
  const options = ids(rows.options)
  const criteria = ids(rows.criteria)
  const claims = ids(rows.claims)
  const decisions = ids(rows.decisions)
  const scores = new Set(rows.scores.map((s) => `${s.option_id}:${s.criterion_id}`))
  const fail = (what: string) => {
    throw unusable(filePath, what)
  }
  const check = (ok: boolean, what: string) => ok || fail(what)

  for (const table of ['sources', 'options', 'criteria', 'claims', 'claim_conflicts', 'scores', 'weight_presets', 'decisions'] as const) {
    for (const row of rows[table]) check(row.project_id === project.id, `a row of ${table} belongs to another project`)
  }
  for (const c of rows.claims) {
    check(sources.has(c.source_id), `claim ${c.id} quotes a source that is not in the file`)
    check(c.criterion_id === null || criteria.has(c.criterion_id), `claim ${c.id} names a criterion that is not in the file`)
    check(c.end_offset === null || c.end_offset <= sources.get(c.source_id)!, `claim ${c.id} points past the end of its source`)
  }
  for (const l of rows.claim_options) check(claims.has(l.claim_id) && options.has(l.option_id), 'a claim is tagged with an option that is not in the file')
  for (const c of rows.claim_conflicts) {
    check(claims.has(c.claim_a_id) && claims.has(c.claim_b_id), `conflict ${c.id} names a claim that is not in the file`)
    check(c.preferred_claim_id === null || c.preferred_claim_id === c.claim_a_id || c.preferred_claim_id === c.claim_b_id, `conflict ${c.id} prefers a claim outside the pair`)
  }
  for (const s of rows.scores) check(options.has(s.option_id) && criteria.has(s.criterion_id), 'a score is for an option or criterion that is not in the file')
  for (const s of rows.score_claims) {
    check(scores.has(`${s.option_id}:${s.criterion_id}`) && claims.has(s.claim_id), 'a score cites a claim or cell that is not in the file')
  }
  for (const d of rows.decisions) check(d.chosen_option_id === null || options.has(d.chosen_option_id), `decision ${d.number} chose an option that is not in the file`)
  for (const l of rows.decision_links) check(decisions.has(l.from_decision_id) && decisions.has(l.to_decision_id), 'a decision links to one that is not in the file')
  for (const l of rows.decision_claims) check(decisions.has(l.decision_id) && claims.has(l.claim_id), 'a decision cites a claim that is not in the file')
}
