/**
 * Backups of the open database with SQLite's online backup API (consistent while the app keeps
 * writing), each checked with `PRAGMA quick_check` before it counts, and pruned by a retention
 * rule. Also the restore of a backup over the database file, once the caller has closed it.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import SQLite from 'better-sqlite3'
import type { Backup, BackupReason } from '../../shared/domain/backup'
import type { Store } from './connection'
import {
  backupsToKeep,
  defaultBackupFolder,
  freshBackupName,
  isPartialName,
  listBackupFiles,
  parseBackupName,
  partialName,
  passesQuickCheck,
  syncFile,
  syncFolder,
} from './backup-files'

/** How often, while Arbiter is open, `maybeBackup` runs. */
export const BACKUP_INTERVAL_MS = 30 * 60 * 1000

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export type BackupOptions = { folder?: string; now?: () => Date }

export type BackupManager = {
  folder: string
  backupNow: (reason: BackupReason) => Promise<Backup>
  /** Backs up only if the database changed since the last backup made by this manager; null otherwise. */
  maybeBackup: () => Promise<Backup | null>
  list: () => Backup[]
  /** Resolves once no backup is running (call before closing the store). */
  idle: () => Promise<void>
}

export function createBackupManager(store: Pick<Store, 'sqlite' | 'path'>, options: BackupOptions = {}): BackupManager {
  const folder = options.folder ?? defaultBackupFolder(store.path)
  const now = options.now ?? (() => new Date())
  const totalChanges = store.sqlite.prepare('SELECT total_changes()').pluck()
  let lastBackedUp: string | null = null
  let queue: Promise<unknown> = Promise.resolve()

  /**
   * Has the database changed? `total_changes()` counts every row this connection (the app's only
   * one) has written since it opened, and `PRAGMA data_version` changes when another connection
   * (the `arbiter` command line) commits. Neither needs a file read; a rolled-back write still
   * counts, which costs at most one unneeded backup.
   */
  const fingerprint = () => `${store.sqlite.pragma('data_version', { simple: true })}:${totalChanges.get()}`

  // One backup at a time: a manual backup during the interval one waits its turn.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }

  async function write(reason: BackupReason): Promise<Backup> {
    mkdirSync(folder, { recursive: true })
    const fileName = freshBackupName(folder, now(), reason)
    const target = join(folder, fileName)
    const partial = join(folder, partialName(fileName))
    // Taken before copying: a write that lands during the copy triggers the next backup too.
    const seen = fingerprint()
    try {
      await store.sqlite.backup(partial)
      if (!finishBackupFile(partial)) throw new BackupError(`The backup ${fileName} failed its integrity check and was deleted.`)
      syncFile(partial)
      renameSync(partial, target)
      syncFolder(folder)
    } catch (error) {
      rmSync(partial, { force: true })
      if (error instanceof BackupError) throw error
      throw new BackupError(`The backup could not be written to ${folder}: ${(error as Error).message}`)
    }
    lastBackedUp = seen
    prune(folder, now())
    const backup = listBackupFiles(folder).find((b) => b.fileName === fileName)
    if (!backup) throw new BackupError(`The backup ${fileName} disappeared right after it was written.`)
    return backup
  }

  return {
    folder,
    backupNow: (reason) => serial(() => write(reason)),
    maybeBackup: () => serial(async () => (fingerprint() === lastBackedUp ? null : write('interval'))),
    list: () => listBackupFiles(folder),
    idle: () => queue.then(() => undefined),
  }
}

/** Runs `maybeBackup` every `intervalMs` while the app is open; returns the stop function. */
export function startBackupSchedule(manager: BackupManager, onError: (error: unknown) => void, intervalMs = BACKUP_INTERVAL_MS): () => void {
  const timer = setInterval(() => void manager.maybeBackup().catch(onError), intervalMs)
  // The schedule alone must not keep a process (the command line, a test) alive.
  timer.unref?.()
  return () => clearInterval(timer)
}

/**
 * Makes the copy a self-contained file (rollback journal, so it carries no -wal/-shm companions
 * and opening it read-only leaves nothing behind) and checks it. False when it fails the check.
 */
function finishBackupFile(path: string): boolean {
  const sqlite = new SQLite(path, { fileMustExist: true })
  try {
    sqlite.pragma('journal_mode = DELETE')
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
    return rows.length === 1 && rows[0].quick_check === 'ok'
  } catch {
    return false
  } finally {
    sqlite.close()
  }
}

/** Applies the retention rule; only files named like backups (and stale partial copies) are deleted. */
export function prune(folder: string, now: Date): string[] {
  const backups = listBackupFiles(folder)
  const keep = backupsToKeep(backups, now)
  const removed = backups.filter((b) => !keep.has(b.fileName)).map((b) => b.fileName)
  // Backups run one at a time and this runs after one finished, so any partial copy left is stale.
  const stale = existsSync(folder) ? readdirSync(folder).filter(isPartialName) : []
  for (const fileName of [...removed, ...stale]) rmSync(join(folder, fileName), { force: true })
  return removed
}

/**
 * Replaces the database at `dbPath` with the backup at `backupPath`. The caller must have closed
 * the store. The backup is checked first (a bad one changes nothing), then the current file is
 * copied to `backups/…-before-restore.db`, then the backup is copied over it atomically.
 * Returns the safety copy's path, or null when there was no database file to copy.
 */
export async function restoreBackup(dbPath: string, backupPath: string, options: BackupOptions = {}): Promise<string | null> {
  if (!passesQuickCheck(backupPath)) {
    throw new BackupError(`The backup ${basename(backupPath)} failed its integrity check, so it was not restored; nothing was changed.`)
  }
  const folder = options.folder ?? defaultBackupFolder(dbPath)
  const safetyCopy = existsSync(dbPath) ? await copyCurrentFile(dbPath, folder, (options.now ?? (() => new Date()))()) : null

  const incoming = `${dbPath}.restoring`
  copyFileSync(backupPath, incoming)
  syncFile(incoming)
  // The old file's WAL must go before the new file arrives: SQLite would replay its frames onto
  // the restored pages. Its contents are in the safety copy.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dbPath + suffix, { force: true })
  renameSync(incoming, dbPath)
  syncFolder(dirname(dbPath))
  return safetyCopy
}

/**
 * The safety copy, through the backup API so committed transactions still in the WAL are
 * included. A file SQLite cannot read is copied byte for byte (with its WAL) instead: the point
 * is to keep whatever is there.
 */
async function copyCurrentFile(dbPath: string, folder: string, at: Date): Promise<string> {
  mkdirSync(folder, { recursive: true })
  const target = join(folder, freshBackupName(folder, at, 'before-restore'))
  const partial = join(folder, partialName(basename(target)))
  try {
    const sqlite = new SQLite(dbPath, { fileMustExist: true })
    try {
      await sqlite.backup(partial)
    } finally {
      sqlite.close()
    }
    finishBackupFile(partial)
  } catch {
    rmSync(partial, { force: true })
    copyFileSync(dbPath, partial)
    if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${target}-wal`)
  }
  syncFile(partial)
  renameSync(partial, target)
  syncFolder(folder)
  return target
}

/** The date a backup was made, from its file name (null for a file not named like a backup). */
export const backupDate = (path: string): string | null => parseBackupName(basename(path))?.createdAt ?? null
