/**
 * Every row of one project with ids replaced by stable keys (`claims#3` = the project's fourth
 * claim by id), so two copies of a project in different databases compare equal exactly when
 * nothing but their ids differ. Ids inside decision JSON (footnotes, frozen comparison) too.
 */
import type SQLite from 'better-sqlite3'

type Row = Record<string, unknown>
type Keys = Map<number, string>

const refs: Record<string, Record<string, string>> = {
  sources: { id: 'sources', project_id: 'projects' },
  options: { id: 'options', project_id: 'projects' },
  criteria: { id: 'criteria', project_id: 'projects' },
  claims: { id: 'claims', project_id: 'projects', source_id: 'sources', criterion_id: 'criteria' },
  claim_options: { claim_id: 'claims', option_id: 'options' },
  claim_conflicts: { id: 'claim_conflicts', project_id: 'projects', claim_a_id: 'claims', claim_b_id: 'claims', preferred_claim_id: 'claims' },
  scores: { project_id: 'projects', option_id: 'options', criterion_id: 'criteria' },
  score_claims: { option_id: 'options', criterion_id: 'criteria', claim_id: 'claims' },
  weight_presets: { id: 'weight_presets', project_id: 'projects' },
  decisions: { id: 'decisions', project_id: 'projects', chosen_option_id: 'options' },
  decision_links: { from_decision_id: 'decisions', to_decision_id: 'decisions' },
  decision_claims: { decision_id: 'decisions', claim_id: 'claims' },
}

const selects: Record<string, string> = {
  claim_options: 'SELECT * FROM claim_options WHERE claim_id IN (SELECT id FROM claims WHERE project_id = ?)',
  score_claims: 'SELECT * FROM score_claims WHERE claim_id IN (SELECT id FROM claims WHERE project_id = ?)',
  decision_links: 'SELECT * FROM decision_links WHERE from_decision_id IN (SELECT id FROM decisions WHERE project_id = ?)',
  decision_claims: 'SELECT * FROM decision_claims WHERE decision_id IN (SELECT id FROM decisions WHERE project_id = ?)',
}

export function canonicalProject(sqlite: SQLite.Database, projectId: number): Record<string, Row[]> {
  const keys: Record<string, Keys> = { projects: new Map([[projectId, 'project']]) }
  const raw: Record<string, Row[]> = {}
  for (const table of Object.keys(refs)) {
    raw[table] = sqlite.prepare(selects[table] ?? `SELECT * FROM ${table} WHERE project_id = ? ORDER BY ${refs[table].id ? 'id' : 'rowid'}`).all(projectId) as Row[]
    if (refs[table].id) keys[table] = new Map(raw[table].map((row, i) => [row.id as number, `${table}#${i}`]))
  }
  const key = (table: string, id: unknown) => (id === null || id === undefined ? id : keys[table].get(id as number) ?? `missing ${table} ${String(id)}`)
  const out: Record<string, Row[]> = {}
  const { id: _id, ...project } = sqlite.prepare('SELECT * FROM projects WHERE id = ?').get(projectId) as Row
  out.projects = [project]
  for (const [table, columns] of Object.entries(refs)) {
    const rows = raw[table].map((row) => {
      const copy: Row = { ...row }
      for (const [column, target] of Object.entries(columns)) copy[column] = key(target, row[column])
      if (table === 'decisions') {
        copy.sections = (row.sections as string).replace(/\[\^c(\d+)\]/g, (_, id: string) => `[^${key('claims', Number(id))}]`)
        copy.snapshot = canonicalSnapshot(row.snapshot as string | null, key)
      }
      return copy
    })
    out[table] = rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  return out
}

function canonicalSnapshot(json: string | null, key: (table: string, id: unknown) => unknown): unknown {
  if (json === null) return null
  const frozen = JSON.parse(json) as { snapshot: Row & { options: Row[]; criteria: Row[]; scores: Row[]; claimIds: number[] }; citations: Row[] }
  const s = frozen.snapshot
  return {
    ...frozen,
    snapshot: {
      ...s,
      options: s.options.map((o) => ({ ...o, id: key('options', o.id) })),
      criteria: s.criteria.map((c) => ({ ...c, id: key('criteria', c.id) })),
      scores: s.scores.map((x) => ({ ...x, optionId: key('options', x.optionId), criterionId: key('criteria', x.criterionId) })),
      winnerId: key('options', s.winnerId),
      claimIds: s.claimIds.map((id) => key('claims', id)),
    },
    citations: frozen.citations.map((c) => ({ ...c, claimId: key('claims', c.claimId) })),
  }
}
