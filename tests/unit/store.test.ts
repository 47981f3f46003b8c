import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, StoreOpenError } from '../../main/db/connection'
import { resolveDatabasePath } from '../../main/db/location'
import { SCHEMA_VERSION } from '../../main/db/migrations'
import { moveAside } from '../../main/db/recovery'
import { makeTempDir, openTempStore, type TempStore } from '../helpers/temp-store'

let temp: TempStore | undefined
afterEach(async () => {
  await temp?.close()
  temp = undefined
})

describe('opening the store', () => {
  it('creates a migrated database with durable settings', async () => {
    temp = await openTempStore()
    const { sqlite } = temp.store
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table')`).all() as { name: string }[]).map((t) => t.name)
    for (const table of ['projects', 'sources', 'claims', 'claim_options', 'options', 'criteria', 'scores', 'score_claims', 'decisions', 'decision_links', 'weight_presets', 'search_index']) {
      expect(tables).toContain(table)
    }
  })

  it('reopens an existing database without losing data', async () => {
    const dir = makeTempDir()
    temp = await openTempStore(dir)
    await temp.services.projects.create({ name: 'Kept' })
    await temp.store.close()
    const again = await openStore(join(dir, 'arbiter.db'))
    const names = await again.db.selectFrom('projects').select('name').execute()
    expect(names).toEqual([{ name: 'Kept' }])
    temp.store = again
  })

  it('refuses a file that is not SQLite and leaves it byte-for-byte unchanged', async () => {
    const dir = makeTempDir()
    const path = join(dir, 'notes.db')
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(50))
    const before = readFileSync(path)
    const error = await openStore(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).problem).toBe('not-sqlite')
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['notes.db'])
  })

  it('refuses a database from a newer schema and does not touch it', async () => {
    const dir = makeTempDir()
    const path = join(dir, 'future.db')
    const future = new SQLite(path)
    future.exec(`CREATE TABLE kysely_migration (name TEXT PRIMARY KEY, timestamp TEXT);
      INSERT INTO kysely_migration VALUES ('0001-initial-schema', 'x'), ('0099-from-the-future', 'y');
      PRAGMA user_version = 99;`)
    future.close()
    const before = readFileSync(path)
    const error = await openStore(path).catch((e: unknown) => e)
    expect((error as StoreOpenError).problem).toBe('newer-schema')
    expect((error as StoreOpenError).message).toMatch(/newer version of Arbiter/)
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('moves an unusable file aside, keeping it, so a fresh database can start', async () => {
    const dir = makeTempDir()
    const path = join(dir, 'arbiter.db')
    writeFileSync(path, 'garbage')
    const keptAt = moveAside(path, 'not-sqlite', new Date('2026-01-02T03:04:05Z'))
    expect(readFileSync(keptAt, 'utf8')).toBe('garbage')
    expect(existsSync(path)).toBe(false)
    temp = await openTempStore(dir)
    expect(readFileSync(keptAt, 'utf8')).toBe('garbage')
  })
})

describe('database location', () => {
  const userData = '/home/ada/.config/Arbiter'
  it('defaults to the user-data folder', () => {
    expect(resolveDatabasePath(['electron', '.'], {}, userData)).toBe(join(userData, 'arbiter.db'))
  })
  it('takes ARBITER_DB, and --db over it', () => {
    expect(resolveDatabasePath([], { ARBITER_DB: '/tmp/a.db' }, userData)).toBe('/tmp/a.db')
    expect(resolveDatabasePath(['--db', '/tmp/b.db'], { ARBITER_DB: '/tmp/a.db' }, userData)).toBe('/tmp/b.db')
    expect(resolveDatabasePath(['--db=/tmp/c.db'], {}, userData)).toBe('/tmp/c.db')
  })
})

describe('schema rules', () => {
  it('keeps the search index in step with inserts, edits and deletes', async () => {
    temp = await openTempStore()
    const { sqlite } = temp.store
    const project = await temp.services.projects.create({ name: 'Search' })
    const search = (term: string) => sqlite.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ?`).all(term)
    const { lastInsertRowid } = sqlite
      .prepare(`INSERT INTO sources (project_id, title, full_text, content_hash) VALUES (?, 'Bench', 'uvicorn throughput numbers', 'h1')`)
      .run(project.id)
    expect(search('uvicorn')).toHaveLength(1)
    sqlite.prepare(`UPDATE sources SET title = 'Gunicorn bench' WHERE id = ?`).run(lastInsertRowid)
    expect(search('gunicorn')).toHaveLength(1)
    sqlite.prepare(`UPDATE sources SET deleted_at = 'now' WHERE id = ?`).run(lastInsertRowid)
    expect(search('uvicorn')).toHaveLength(0)
    sqlite.prepare(`DELETE FROM sources WHERE id = ?`).run(lastInsertRowid)
    expect(search('gunicorn')).toHaveLength(0)
  })

  it('freezes a source text once a claim points into it', async () => {
    temp = await openTempStore()
    const { sqlite } = temp.store
    const project = await temp.services.projects.create({ name: 'Immutable' })
    const source = sqlite
      .prepare(`INSERT INTO sources (project_id, title, full_text, content_hash) VALUES (?, 'T', 'Express serves 15k req/s', 'h')`)
      .run(project.id).lastInsertRowid
    sqlite.prepare(`UPDATE sources SET full_text = 'edited before any claim' WHERE id = ?`).run(source)
    sqlite.prepare(`INSERT INTO claims (project_id, source_id, quote, start_offset, end_offset) VALUES (?, ?, 'edited', 0, 6)`).run(project.id, source)
    expect(() => sqlite.prepare(`UPDATE sources SET full_text = 'changed' WHERE id = ?`).run(source)).toThrow(/immutable/)
    sqlite.prepare(`UPDATE sources SET title = 'Metadata can change' WHERE id = ?`).run(source)
  })
})
