/**
 * Migration 0004 rebuilds the search index: a database from before it must come out searchable
 * exactly as it was, and stay in step with every later edit; exported files keep no word of a
 * deleted row in the new title index either.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../main/db/connection'
import { migrations } from '../../main/db/migrations'
import { createServices } from '../../main/services'
import { makeTempDir, openTempStore, type TempStore } from '../helpers/temp-store'

let temp: TempStore | undefined
afterEach(async () => {
  await temp?.close()
  temp = undefined
})

/** A database as schema 3 left it, with rows of every kind search cares about. */
async function writeSchemaThree(path: string): Promise<void> {
  const sqlite = new SQLite(path)
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const { error } = await new Migrator({ db, migrationTableName: 'kysely_migration', provider: { getMigrations: async () => migrations } })
    .migrateTo('0003-claims-source-status-index')
  if (error) throw error
  sqlite.exec(`
    INSERT INTO projects (id, name) VALUES (1, 'Old project'), (2, 'Other project');
    INSERT INTO sources (id, project_id, title, full_text, content_hash) VALUES
      (1, 1, 'Wombat report', 'Gunicorn served the wombat workload.', 'a'),
      (2, 1, 'Retired notes', 'Gunicorn retired text.', 'b'),
      (3, 2, 'Other wombat', 'Gunicorn elsewhere.', 'c');
    UPDATE sources SET deleted_at = '2025-01-01T00:00:00.000Z' WHERE id = 2;
    INSERT INTO claims (id, project_id, source_id, quote, note, status) VALUES
      (1, 1, 1, 'Gunicorn scales', 'checked twice', 'accepted'),
      (2, 1, 1, 'Gunicorn dismissed claim', '', 'dismissed'),
      (3, 1, 2, 'Gunicorn claim of a deleted source', '', 'accepted');
    INSERT INTO decisions (id, project_id, number, title, sections) VALUES
      (1, 1, 1, 'Use Gunicorn', '{"context":"Wombat traffic grows.","outcome":"Gunicorn it is."}');
  `)
  await db.destroy()
}

describe('search index upgrade (migration 0004)', () => {
  it('indexes an older database again, as search showed it, and keeps it in step afterwards', async () => {
    const dir = makeTempDir()
    await writeSchemaThree(join(dir, 'arbiter.db'))
    const store = await openStore(join(dir, 'arbiter.db'))
    const services = createServices(store, { version: 'test', platform: process.platform })
    temp = { dir, store, services, dispatch: undefined as never, close: async () => { await store.close() } }
    const search = async (text: string, projectId: number | null = 1) =>
      (await services.search.query({ text, projectId })).map((h) => `${h.kind}:${h.id}`).sort()

    expect(await search('gunicorn')).toEqual(['claim:1', 'decision:1', 'source:1'])
    expect(await search('gunicorn', null)).toEqual(['claim:1', 'decision:1', 'source:1', 'source:3'])
    expect(await search('wombat')).toEqual(['decision:1', 'source:1'])
    expect(await search('context')).toEqual([])
    expect(await search('twice')).toEqual(['claim:1'])
    const titles = store.sqlite.prepare(`SELECT rowid FROM search_titles ORDER BY rowid`).all()
    expect(titles).toEqual([{ rowid: 5 }, { rowid: 7 }, { rowid: 13 }])

    // Every trigger, after the rebuild: edits, soft deletes, restores and real deletes.
    const { sqlite } = store
    sqlite.prepare(`UPDATE sources SET title = 'Platypus report' WHERE id = 1`).run()
    expect(await search('platypus')).toEqual(['source:1'])
    const titleHits = (text: string) => sqlite.prepare(`SELECT rowid FROM search_titles WHERE search_titles MATCH ? ORDER BY rowid`).all(text)
    expect(titleHits('wombat')).toEqual([{ rowid: 13 }])
    expect(titleHits('platypus')).toEqual([{ rowid: 5 }])
    sqlite.prepare(`UPDATE claims SET note = 'echidna' WHERE id = 1`).run()
    expect(await search('echidna')).toEqual(['claim:1'])
    sqlite.prepare(`UPDATE claims SET status = 'accepted' WHERE id = 2`).run()
    expect(await search('dismissed')).toEqual(['claim:2'])
    sqlite.prepare(`UPDATE sources SET deleted_at = NULL WHERE id = 2`).run()
    expect(await search('deleted source')).toEqual(['claim:3'])
    expect(await search('retired')).toEqual(['source:2'])
    sqlite.prepare(`UPDATE sources SET deleted_at = '2025-02-01T00:00:00.000Z' WHERE id = 2`).run()
    expect(await search('deleted source')).toEqual([])
    expect(sqlite.prepare(`SELECT count(*) AS n FROM search_index WHERE rowid = 3 * 4 + 2`).get()).toEqual({ n: 0 })
    sqlite.prepare(`UPDATE decisions SET title = 'Use uWSGI', sections = '{"context":"Quokka traffic."}' WHERE id = 1`).run()
    expect(await search('quokka')).toEqual(['decision:1'])
    expect(await search('uwsgi')).toEqual(['decision:1'])
    sqlite.prepare(`UPDATE decisions SET deleted_at = '2025-03-01T00:00:00.000Z' WHERE id = 1`).run()
    expect(await search('uwsgi')).toEqual([])
    sqlite.prepare(`DELETE FROM claims WHERE id = 1`).run()
    sqlite.prepare(`DELETE FROM sources WHERE id = 3`).run()
    expect(await search('gunicorn', null)).toEqual(['claim:2', 'source:1'])
    const inserted = sqlite.prepare(`INSERT INTO decisions (project_id, number, title, sections) VALUES (1, 2, 'Adopt Hypercorn', '{}')`).run()
    expect(await search('hypercorn')).toEqual([`decision:${inserted.lastInsertRowid}`])
    expect(titleHits('wombat OR uwsgi OR gunicorn')).toEqual([])
    expect(titleHits('hypercorn')).toEqual([{ rowid: Number(inserted.lastInsertRowid) * 4 + 3 }])
  })
})

describe('search index in exported files', () => {
  it('keeps no title of a deleted source or decision', async () => {
    temp = await openTempStore()
    const { id: projectId } = await temp.services.projects.create({ name: 'Export' })
    await temp.services.sources.importText({ projectId, title: 'Kept source', text: 'Kept text.', format: 'text' })
    const { source } = await temp.services.sources.importText({ projectId, title: 'Xylophonetitle notes', text: 'Plain text.', format: 'text' })
    await temp.services.sources.remove({ id: source.id })
    const decision = await temp.services.decisions.create({ projectId, title: 'Marimbatitle choice', fromComparison: false })
    await temp.services.decisions.remove({ id: decision.id })
    const file = join(temp.dir, 'export.arbiter')
    await temp.services.projectFiles.export({ projectId, filePath: file })
    const bytes = readFileSync(file)
    expect(bytes.includes('Kept source')).toBe(true)
    expect(bytes.includes('xylophonetitle')).toBe(false)
    expect(bytes.includes('Xylophonetitle')).toBe(false)
    expect(bytes.includes('marimbatitle')).toBe(false)
    expect(bytes.includes('Marimbatitle')).toBe(false)
  })
})
