/**
 * The backups folder on disk: naming, listing, the retention rule, integrity checks and the
 * fsyncs that make a rename durable. No store here, so the startup check can use it too.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import SQLite from 'better-sqlite3'
import { BACKUP_FILE_PATTERN, type Backup, type BackupReason } from '../../shared/domain/backup'

export const KEEP_NEWEST = 10
export const KEEP_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

export const defaultBackupFolder = (dbPath: string): string => join(dirname(dbPath), 'backups')

/** UTC, so names sort in time order and mean the same after a time-zone or DST change. */
const stampOf = (date: Date): string => date.toISOString().slice(0, 19).replace(/:/g, '-')

/** A name not yet used in `folder`: two backups in the same second get `-2`, `-3`… */
export function freshBackupName(folder: string, date: Date, reason: BackupReason): string {
  const base = `arbiter-${stampOf(date)}-${reason}`
  let name = `${base}.db`
  for (let n = 2; existsSync(join(folder, name)) || existsSync(join(folder, partialName(name))); n++) name = `${base}-${n}.db`
  return name
}

/** Where a backup is written before it is checked and renamed; never matches the backup pattern. */
export const partialName = (fileName: string): string => `.${fileName}.partial`
export const isPartialName = (fileName: string): boolean => /^\.arbiter-.*\.db\.partial$/.test(fileName)

type Parsed = { createdAt: string; reason: BackupReason; sequence: number }

export function parseBackupName(fileName: string): Parsed | null {
  const match = BACKUP_FILE_PATTERN.exec(fileName)
  if (!match) return null
  const [, day, hh, mm, ss, reason, sequence] = match
  const createdAt = new Date(`${day}T${hh}:${mm}:${ss}Z`)
  if (Number.isNaN(createdAt.getTime())) return null
  return { createdAt: createdAt.toISOString(), reason: reason as BackupReason, sequence: Number(sequence ?? 1) }
}

/** Every backup in `folder`, newest first. Files that do not match the naming pattern are ignored. */
export function listBackupFiles(folder: string): Backup[] {
  if (!existsSync(folder)) return []
  const found: (Backup & { sequence: number })[] = []
  for (const fileName of readdirSync(folder)) {
    const parsed = parseBackupName(fileName)
    if (!parsed) continue
    const path = join(folder, fileName)
    try {
      const stat = statSync(path)
      if (!stat.isFile()) continue
      found.push({ fileName, path, createdAt: parsed.createdAt, reason: parsed.reason, bytes: stat.size, sequence: parsed.sequence })
    } catch {
      // Deleted between readdir and stat (another window pruning): simply not there.
    }
  }
  found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.sequence - a.sequence)
  return found.map(({ sequence: _sequence, ...backup }) => backup)
}

/**
 * The retention rule: the newest KEEP_NEWEST backups, plus the newest backup of each of the last
 * KEEP_DAYS calendar days (UTC, today included), so a burst of backups in one afternoon cannot
 * push out last week's. `backups` must be newest first.
 */
export function backupsToKeep(backups: readonly Backup[], now: Date): Set<string> {
  const keep = new Set(backups.slice(0, KEEP_NEWEST).map((b) => b.fileName))
  const days = new Set(Array.from({ length: KEEP_DAYS }, (_, i) => new Date(now.getTime() - i * DAY_MS).toISOString().slice(0, 10)))
  for (const backup of backups) {
    const day = backup.createdAt.slice(0, 10)
    if (!days.has(day)) continue
    days.delete(day)
    keep.add(backup.fileName)
  }
  return keep
}

/** `PRAGMA quick_check` on a read-only connection; false for any file SQLite cannot read. */
export function passesQuickCheck(path: string): boolean {
  let sqlite: SQLite.Database | undefined
  try {
    sqlite = new SQLite(path, { readonly: true, fileMustExist: true })
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
    return rows.length === 1 && rows[0].quick_check === 'ok'
  } catch {
    return false
  } finally {
    sqlite?.close()
  }
}

/** Flushes a file to disk, so a rename that follows cannot land before its contents. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Flushes a folder's entries so a rename survives power loss; Windows cannot open folders, and does not need to. */
export function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Not supported on this platform; the rename is still atomic.
  }
}
