import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrations, SCHEMA_VERSION } from '../../main/db/migrations'
import { PROJECT_FILE_APPLICATION_ID } from '../../main/services/project-files'
import { canonicalProject } from '../helpers/canonical-rows'
import { openTempStore, snapshotRows, type TempStore } from '../helpers/temp-store'

let a: TempStore
let b: TempStore
beforeEach(async () => {
  a = await openTempStore()
  b = await openTempStore()
})
afterEach(async () => {
  await a.close()
  await b.close()
})

/** The sample plus what users add: a resolved conflict, a saved preset, accepted and superseding decisions. */
async function richProject(temp: TempStore): Promise<number> {
  const { id: projectId } = await temp.services.projects.createSample()
  const [conflict] = await temp.services.conflicts.list({ projectId })
  await temp.services.conflicts.resolve({
    projectId, claimAId: conflict.claimA.id, claimBId: conflict.claimB.id, preferredClaimId: conflict.claimB.id, note: 'Newer benchmark',
  })
  await temp.services.presets.save({ projectId, name: 'Client weights', description: 'Agreed in the kickoff' })
  const decision = await temp.services.decisions.create({ projectId, fromComparison: true })
  await temp.services.decisions.setStatus({ id: decision.id, status: 'accepted' })
  await temp.services.decisions.supersede({ id: decision.id })
  return projectId
}

async function exported(temp = a): Promise<{ projectId: number; file: string }> {
  const projectId = await richProject(temp)
  const file = join(temp.dir, 'acme.arbiter')
  await temp.services.projectFiles.export({ projectId, filePath: file })
  return { projectId, file }
}

const sampleName = 'Backend framework for a startup API'

describe('project files: round trip', () => {
  it('imports exactly what was exported, every row of every table, under new ids', async () => {
    const { projectId, file } = await exported()
    const header = new SQLite(file, { readonly: true })
    expect(header.pragma('application_id', { simple: true })).toBe(PROJECT_FILE_APPLICATION_ID)
    expect(header.pragma('journal_mode', { simple: true })).toBe('delete')
    header.close()
    // Rows already in the target push every new id away from the file's ids.
    await b.services.projects.remove({ id: (await b.services.projects.createSample()).id })

    const summary = await b.services.projectFiles.inspect({ filePath: file })
    expect(summary).toMatchObject({ projectName: sampleName, nameClash: false, counts: { sources: 4, decisions: 2, presets: 1 } })
    expect(summary.counts.claims).toBeGreaterThan(100)
    const project = await b.services.projectFiles.import({ filePath: file, onNameClash: 'cancel' })
    expect(project.id).not.toBe(projectId)

    const before = canonicalProject(a.store.sqlite, projectId)
    const after = canonicalProject(b.store.sqlite, project.id)
    expect(before.decisions[0].sections).toMatch(/\[\^claims#\d+\]/)
    expect(before.claim_conflicts).toHaveLength(1)
    expect(before.decision_links).toHaveLength(1)
    expect(after).toEqual(before)
    const decision = await b.services.decisions.list({ projectId: project.id })
    expect(decision.map((d) => d.status)).toEqual(['superseded', 'proposed'])
  })

  it('leaves soft-deleted rows, and every word of them, out of the file', async () => {
    const { id: projectId } = await a.services.projects.createSample()
    const { source } = await a.services.sources.importText({ projectId, title: 'Quokka notes', text: 'Quokkabenchmark says Django is fine.', format: 'text' })
    await a.services.sources.remove({ id: source.id })
    const express = (await a.services.options.list({ projectId })).find((o) => o.name === 'Express')!
    await a.services.options.remove({ id: express.id })
    const file = join(a.dir, 'clean.arbiter')
    await a.services.projectFiles.export({ projectId, filePath: file })
    expect(readFileSync(file).includes('Quokkabenchmark')).toBe(false)
    const sqlite = new SQLite(file, { readonly: true })
    expect(sqlite.prepare('SELECT count(*) AS n FROM options WHERE id = ?').get(express.id)).toEqual({ n: 0 })
    expect(sqlite.prepare('SELECT count(*) AS n FROM claim_options WHERE option_id = ?').get(express.id)).toEqual({ n: 0 })
    expect(sqlite.prepare('SELECT count(*) AS n FROM sources').get()).toEqual({ n: 4 })
    sqlite.close()
  })

  it('never replaces an existing file unless asked to', async () => {
    const { projectId, file } = await exported()
    const again = await a.dispatch('projectFiles.export', { projectId, filePath: file })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '“acme.arbiter” already exists. Choose another name, or confirm that it should be replaced.' } })
    expect(await a.dispatch('projectFiles.export', { projectId, filePath: file, overwrite: true })).toMatchObject({ ok: true })
  })

  it('upgrades a file from an older schema on a copy, leaving the file untouched', async () => {
    const { projectId, file } = await exported()
    const old = join(a.dir, 'old.arbiter')
    await writeVersionOne(old, file)
    const bytes = readFileSync(old)
    const project = await b.services.projectFiles.import({ filePath: old, onNameClash: 'cancel' })
    expect(canonicalProject(b.store.sqlite, project.id)).toEqual(canonicalProject(a.store.sqlite, projectId))
    expect(readFileSync(old).equals(bytes)).toBe(true)
  })
})

describe('project files: name clashes', () => {
  it('keeps both under the first free "Name (n)"', async () => {
    const { file } = await exported()
    expect((await a.services.projectFiles.inspect({ filePath: file })).nameClash).toBe(true)
    expect((await a.services.projectFiles.import({ filePath: file, onNameClash: 'keep-both' })).name).toBe(`${sampleName} (2)`)
    expect((await a.services.projectFiles.import({ filePath: file, onNameClash: 'keep-both' })).name).toBe(`${sampleName} (3)`)
  })

  it('replaces by deleting the old project, which can be restored', async () => {
    const { projectId, file } = await exported()
    const project = await a.services.projectFiles.import({ filePath: file, onNameClash: 'replace' })
    expect((await a.services.projects.list()).map((p) => [p.id, p.name])).toEqual([[project.id, sampleName]])
    expect((await a.services.projects.listDeleted()).map((p) => p.id)).toEqual([projectId])
    const restored = await a.services.projects.restore({ id: projectId })
    expect(restored.name).toBe(`${sampleName} (restored)`)
    expect(canonicalProject(a.store.sqlite, projectId).claims).toEqual(canonicalProject(a.store.sqlite, project.id).claims)
  })

  it('cancel fails with CONFLICT naming the project and changes nothing', async () => {
    const { file } = await exported()
    const before = snapshotRows(a.store)
    expect(await a.dispatch('projectFiles.import', { filePath: file, onNameClash: 'cancel' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: `A project named “${sampleName}” already exists. Replace it, keep both, or cancel the import.` },
    })
    expect(snapshotRows(a.store)).toEqual(before)
  })
})

/** Rewrites a copy of an exported file with the given SQL (a writable handle: this is the attacker's side). */
function tamper(source: string, target: string, change: (db: SQLite.Database) => void): void {
  copyFileSync(source, target)
  const db = new SQLite(target)
  change(db)
  db.close()
}

const refusals: { name: string; make: (file: string, target: string) => void; message: string }[] = [
  { name: 'a truncated file', make: (f, t) => writeFileSync(t, readFileSync(f).subarray(0, Math.floor(readFileSync(f).length / 2))),
    message: '“bad.arbiter” is damaged or incomplete (it may have been cut short while copying) and cannot be imported.' },
  { name: 'a text file renamed .arbiter', make: (_f, t) => writeFileSync(t, 'Notes from the client meeting\n'),
    message: '“bad.arbiter” is not an Arbiter project file (it is not a SQLite database).' },
  { name: 'a newer schema', make: (f, t) => tamper(f, t, (db) => db.pragma('user_version = 99')),
    message: `“bad.arbiter” was made by a newer version of Arbiter (file version 99; this version reads up to ${SCHEMA_VERSION}). Update Arbiter to import it.` },
  { name: 'an extra table', make: (f, t) => tamper(f, t, (db) => db.exec('CREATE TABLE notes (body TEXT)')),
    message: '“bad.arbiter” contains objects Arbiter does not create (table “notes”); it was not imported.' },
  { name: 'an extra trigger', make: (f, t) => tamper(f, t, (db) => db.exec('CREATE TRIGGER wipe AFTER INSERT ON projects BEGIN DELETE FROM sources; END')),
    message: '“bad.arbiter” contains objects Arbiter does not create (trigger “wipe”); it was not imported.' },
  { name: 'a view', make: (f, t) => tamper(f, t, (db) => db.exec('CREATE VIEW everything AS SELECT * FROM claims')),
    message: '“bad.arbiter” contains objects Arbiter does not create (view “everything”); it was not imported.' },
  { name: 'two projects', make: (f, t) => tamper(f, t, (db) => db.exec(`INSERT INTO projects (name) VALUES ('Second')`)),
    message: '“bad.arbiter” must hold exactly one project, but it holds 2; it was not imported.' },
  { name: 'application_id 0', make: (f, t) => tamper(f, t, (db) => db.pragma('application_id = 0')),
    message: '“bad.arbiter” is a SQLite database but not an Arbiter project file.' },
  { name: 'a row breaking the rules', make: (f, t) => tamper(f, t, (db) => db.exec(`UPDATE criteria SET keywords = 'not json' WHERE id = (SELECT min(id) FROM criteria)`)),
    message: '“bad.arbiter” holds data Arbiter cannot use (criteria row 1: keywords is not valid JSON of the expected shape); it was not imported.' },
  { name: 'a claim of a source the file does not hold', make: (f, t) => tamper(f, t, (db) => db.exec(
    `PRAGMA foreign_keys = OFF; UPDATE claims SET source_id = 999999 WHERE id = (SELECT max(id) FROM claims)`)),
    message: '“bad.arbiter” holds data Arbiter cannot use (claim 135 quotes a source that is not in the file); it was not imported.' },
]

describe('project files: refusals', () => {
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} with a clear message and changes nothing`, async () => {
      const { file } = await exported()
      const bad = join(a.dir, 'bad.arbiter')
      refusal.make(file, bad)
      const before = snapshotRows(a.store)
      const refused = { ok: false, error: { code: 'VALIDATION', message: refusal.message } }
      expect(await a.dispatch('projectFiles.inspect', { filePath: bad })).toEqual(refused)
      expect(await a.dispatch('projectFiles.import', { filePath: bad, onNameClash: 'keep-both' })).toEqual(refused)
      expect(snapshotRows(a.store)).toEqual(before)
    })
  }
})

/** A schema-1 database holding the rows of `current` (a schema-2 export), as an older Arbiter wrote it. */
async function writeVersionOne(target: string, current: string): Promise<void> {
  const sqlite = new SQLite(target)
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const migrator = new Migrator({ db, migrationTableName: 'kysely_migration', provider: { getMigrations: async () => migrations } })
  const { error } = await migrator.migrateTo('0001-initial-schema')
  if (error) throw error
  sqlite.exec(`ATTACH DATABASE '${current.replace(/'/g, "''")}' AS src`)
  for (const table of ['projects', 'sources', 'options', 'criteria', 'claims', 'claim_options', 'claim_conflicts', 'scores', 'score_claims', 'weight_presets', 'decisions', 'decision_links', 'decision_claims']) {
    sqlite.exec(`INSERT INTO main.${table} SELECT * FROM src.${table}`)
  }
  sqlite.exec('DETACH DATABASE src')
  sqlite.pragma('user_version = 1')
  sqlite.pragma(`application_id = ${PROJECT_FILE_APPLICATION_ID}`)
  await db.destroy()
}
