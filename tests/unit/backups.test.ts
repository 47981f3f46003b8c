import { existsSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openStore, type Store } from '../../main/db/connection'
import { BACKUP_INTERVAL_MS, createBackupManager, restoreBackup, startBackupSchedule, type BackupManager } from '../../main/db/backups'
import { checkDatabaseAtStart, describeDamage } from '../../main/db/startup-check'
import { createDispatcher } from '../../main/ipc'
import { createServices } from '../../main/services'
import { makeTempDir } from '../helpers/temp-store'

const open: Store[] = []
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => undefined)
})

async function storeIn(dir: string): Promise<Store> {
  const store = await openStore(join(dir, 'arbiter.db'))
  open.push(store)
  return store
}

const addProject = (store: Store, name: string) => store.db.insertInto('projects').values({ name }).execute()
const projectNames = (path: string) => {
  const sqlite = new SQLite(path, { readonly: true })
  try {
    return (sqlite.prepare('SELECT name FROM projects ORDER BY id').pluck().all() as string[])
  } finally {
    sqlite.close()
  }
}

/** A clock the test moves by hand. */
function fakeClock(start: string) {
  let time = new Date(start).getTime()
  return { now: () => new Date(time), set: (iso: string) => (time = new Date(iso).getTime()) }
}

/** Overwrites one page of a database file with noise, the way a failing disk would. */
function damagePage(path: string, page: number, pageSize = 4096) {
  const fd = openSync(path, 'r+')
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize)
  } finally {
    closeSync(fd)
  }
}

describe('backups', () => {
  it('restores an earlier backup, keeping the newer database as a safety copy', async () => {
    const dir = makeTempDir()
    const store = await storeIn(dir)
    const backups = createBackupManager(store)
    await addProject(store, 'Before the backup')
    const backup = await backups.backupNow('manual')
    expect(backup.fileName).toMatch(/^arbiter-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-manual\.db$/)
    expect(backup.bytes).toBeGreaterThan(0)
    await addProject(store, 'After the backup')
    await store.close()

    const safetyCopy = await restoreBackup(store.path, backup.path)
    expect(safetyCopy).toMatch(/-before-restore\.db$/)
    expect(projectNames(safetyCopy!)).toEqual(['Before the backup', 'After the backup'])
    expect(existsSync(`${store.path}-wal`)).toBe(false)

    const reopened = await storeIn(dir)
    expect(await reopened.db.selectFrom('projects').select('name').execute()).toEqual([{ name: 'Before the backup' }])
    expect(createBackupManager(reopened).list().map((b) => b.reason)).toEqual(['before-restore', 'manual'])
  })

  it('backs up only when the database changed since the last backup', async () => {
    const store = await storeIn(makeTempDir())
    const clock = fakeClock('2026-03-01T10:00:00Z')
    const backups = createBackupManager(store, { now: clock.now })
    expect(await backups.maybeBackup()).not.toBeNull() // the first one always runs
    clock.set('2026-03-01T10:30:00Z')
    expect(await backups.maybeBackup()).toBeNull()
    await addProject(store, 'A change')
    clock.set('2026-03-01T11:00:00Z')
    const second = await backups.maybeBackup()
    expect(second?.reason).toBe('interval')
    expect(projectNames(second!.path)).toEqual(['A change'])
    clock.set('2026-03-01T11:30:00Z')
    expect(await backups.maybeBackup()).toBeNull()
    expect(backups.list()).toHaveLength(2)
  })

  it('notices a write made by another connection (the command line)', async () => {
    const store = await storeIn(makeTempDir())
    const backups = createBackupManager(store)
    await backups.maybeBackup()
    const other = new SQLite(store.path)
    other.prepare(`INSERT INTO projects (name) VALUES ('From the CLI')`).run()
    other.close()
    expect(await backups.maybeBackup()).not.toBeNull()
  })

  it('keeps the newest 10 and the newest of each of the last 7 days, and nothing else is touched', async () => {
    const dir = makeTempDir()
    const store = await storeIn(dir)
    const clock = fakeClock('2026-03-01T12:00:00Z')
    const backups = createBackupManager(store, { now: clock.now })
    writeFileSync(join(dir, 'backups-readme.txt'), 'not a backup')
    await backups.backupNow('start') // creates the folder
    const strangers = ['notes.txt', 'arbiter-old.db', 'arbiter-2026-01-01T00-00-00-weekly.db']
    for (const name of strangers) writeFileSync(join(backups.folder, name), 'keep me')

    // Days 1–19 of March: one backup at noon. Then 11 on 20 March, hourly from 08:00.
    const made: string[] = [(await backups.list())[0].fileName]
    for (let day = 2; day <= 19; day++) {
      clock.set(`2026-03-${String(day).padStart(2, '0')}T12:00:00Z`)
      made.push((await backups.backupNow('interval')).fileName)
    }
    for (let hour = 8; hour <= 18; hour++) {
      clock.set(`2026-03-20T${String(hour).padStart(2, '0')}:00:00Z`)
      made.push((await backups.backupNow('interval')).fileName)
    }
    expect(made).toHaveLength(30)

    const lastTen = Array.from({ length: 10 }, (_, i) => `arbiter-2026-03-20T${String(18 - i).padStart(2, '0')}-00-00-interval.db`)
    const dailies = [19, 18, 17, 16, 15, 14].map((day) => `arbiter-2026-03-${day}T12-00-00-interval.db`)
    expect(backups.list().map((b) => b.fileName)).toEqual([...lastTen, ...dailies])
    expect(readdirSync(backups.folder).sort()).toEqual([...lastTen, ...dailies, ...strangers].sort())
  })

  it('serves list, create and restore through the contract', async () => {
    const store = await storeIn(makeTempDir())
    const restored: string[] = []
    const services = createServices(store, {
      version: 'test',
      platform: process.platform,
      restorer: async (path) => (restored.push(path), { safetyCopy: '/somewhere/safe.db' }),
    })
    const dispatch = createDispatcher(services, () => undefined)
    const created = await dispatch('backups.create', {})
    expect(created.ok && (created.value as { reason: string }).reason).toBe('manual')
    const listed = await dispatch('backups.list', undefined)
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1)
    const fileName = created.ok ? (created.value as { fileName: string }).fileName : ''
    expect(await dispatch('backups.restore', { fileName })).toEqual({ ok: true, value: { restoredFrom: fileName, safetyCopy: '/somewhere/safe.db' } })
    expect(restored).toHaveLength(1)
    const escape = await dispatch('backups.restore', { fileName: '../arbiter.db' })
    expect(escape.ok).toBe(false)
    const missing = await dispatch('backups.restore', { fileName: 'arbiter-2020-01-01T00-00-00-manual.db' })
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND')
  })
})

describe('restoring the way the shell does', () => {
  it('closes the store, restores, reopens, and later calls see the restored data', async () => {
    const dir = makeTempDir()
    let store = await storeIn(dir)
    let backups = createBackupManager(store)
    let dispatch: ReturnType<typeof createDispatcher>
    const restorer = async (backupPath: string) => {
      await backups.idle()
      await store.close()
      try {
        return { safetyCopy: await restoreBackup(store.path, backupPath) }
      } finally {
        store = await storeIn(dir)
        backups = createBackupManager(store)
        dispatch = createDispatcher(createServices(store, { version: 'test', platform: process.platform, backups, restorer }), () => undefined)
      }
    }
    dispatch = createDispatcher(createServices(store, { version: 'test', platform: process.platform, backups, restorer }), () => undefined)
    await dispatch('projects.create', { name: 'Kept in the backup' })
    const made = await dispatch('backups.create', undefined)
    await dispatch('projects.create', { name: 'Made afterwards' })
    const fileName = made.ok ? (made.value as { fileName: string }).fileName : ''
    const restored = await dispatch('backups.restore', { fileName })
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: fileName, safetyCopy: expect.stringMatching(/before-restore\.db$/) } })
    const names = await dispatch('projects.list', undefined)
    expect(names.ok && (names.value as { name: string }[]).map((p) => p.name)).toEqual(['Kept in the backup'])
  })
})

describe('the backup schedule', () => {
  it('asks for a backup every 30 minutes until stopped', () => {
    vi.useFakeTimers()
    try {
      const maybeBackup = vi.fn(async () => null)
      const stop = startBackupSchedule({ maybeBackup } as unknown as BackupManager, () => undefined)
      vi.advanceTimersByTime(BACKUP_INTERVAL_MS * 3)
      expect(maybeBackup).toHaveBeenCalledTimes(3)
      stop()
      vi.advanceTimersByTime(BACKUP_INTERVAL_MS * 3)
      expect(maybeBackup).toHaveBeenCalledTimes(3)
      expect(BACKUP_INTERVAL_MS).toBe(30 * 60 * 1000)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('the check at start', () => {
  it('passes a healthy database, and leaves files that are not SQLite to openStore', async () => {
    const dir = makeTempDir()
    const store = await storeIn(dir)
    await addProject(store, 'Healthy')
    await store.close()
    expect(checkDatabaseAtStart(store.path)).toEqual({ status: 'ok' })
    expect(checkDatabaseAtStart(join(dir, 'missing.db'))).toEqual({ status: 'ok' })
    const notes = join(dir, 'notes.db')
    writeFileSync(notes, 'my notes')
    expect(checkDatabaseAtStart(notes)).toEqual({ status: 'ok' })
    expect(readFileSync(notes, 'utf8')).toBe('my notes')
  })

  it('moves a damaged database aside and offers the newest backup that passes its check', async () => {
    const dir = makeTempDir()
    const store = await storeIn(dir)
    const clock = fakeClock('2026-03-01T09:00:00Z')
    const backups = createBackupManager(store, { now: clock.now })
    for (let i = 0; i < 200; i++) await addProject(store, `Project ${i} ${'x'.repeat(200)}`)
    const good = await backups.backupNow('interval')
    clock.set('2026-03-02T09:00:00Z')
    const spoiled = await backups.backupNow('manual')
    await store.close()

    damagePage(spoiled.path, 2) // a backup damaged on disk later must not be offered
    damagePage(store.path, 2)
    const damagedBytes = readFileSync(store.path)

    const result = checkDatabaseAtStart(store.path, { now: new Date('2026-03-03T08:00:00Z') })
    if (result.status !== 'damaged') throw new Error('expected the damage to be found')
    expect(result.newestGoodBackup).toBe(good.path)
    expect(existsSync(store.path)).toBe(false)
    expect(result.movedTo).toMatch(/arbiter\.db\.damaged-2026-03-03T08-00-00/)
    expect(readFileSync(result.movedTo).equals(damagedBytes)).toBe(true)

    const { message, detail } = describeDamage(result)
    expect(message).toMatch(/damaged/)
    expect(detail).toContain(`moved aside to ${result.movedTo}; nothing was deleted`)
    expect(detail).toMatch(/restore the newest good backup from .*2026/)

    expect(await restoreBackup(store.path, result.newestGoodBackup!)).toBeNull() // nothing left to copy first
    const restored = await storeIn(dir)
    expect(await restored.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()).toEqual({ n: 200 })
  })

  it('offers no backup when none passes its check', async () => {
    const dir = makeTempDir()
    const store = await storeIn(dir)
    for (let i = 0; i < 200; i++) await addProject(store, `Project ${i} ${'y'.repeat(200)}`)
    const only = await createBackupManager(store).backupNow('start')
    await store.close()
    damagePage(only.path, 2)
    damagePage(store.path, 2)
    const result = checkDatabaseAtStart(store.path)
    expect(result).toMatchObject({ status: 'damaged', newestGoodBackup: null })
    if (result.status === 'damaged') expect(describeDamage(result).detail).toMatch(/start with an empty database/)
    await expect(restoreBackup(store.path, only.path)).rejects.toThrow(/failed its integrity check/)
  })
})
