/**
 * The check before the store opens: a database SQLite finds damaged is moved aside (never
 * deleted) and the newest backup that passes its own check is offered in its place.
 */
import { hasSqliteHeader } from './sqlite-file'
import { existsSync, statSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { defaultBackupFolder, listBackupFiles, passesQuickCheck } from './backup-files'
import { backupDate } from './backups'
import { moveAside } from './recovery'

export type StartupCheck =
  | { status: 'ok' }
  | { status: 'damaged'; movedTo: string; newestGoodBackup: string | null; problem: string }

export type StartupCheckOptions = { backupsFolder?: string; now?: Date }


/** What quick_check says, or why the file could not be read; null when it is fine. */
function findDamage(path: string): string | null {
  let sqlite: SQLite.Database | undefined
  try {
    sqlite = new SQLite(path, { readonly: true, fileMustExist: true })
    const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
    if (rows.length === 1 && rows[0].quick_check === 'ok') return null
    return rows.slice(0, 3).map((row) => row.quick_check).join('; ')
  } catch (error) {
    return (error as Error).message
  } finally {
    sqlite?.close()
  }
}

/**
 * Files that are not SQLite at all, and databases from a newer Arbiter (which pass quick_check),
 * are left alone here: `openStore` refuses those and explains. A missing or empty file is a new
 * database. Everything else SQLite cannot read cleanly is damaged.
 */
export function checkDatabaseAtStart(dbPath: string, options: StartupCheckOptions = {}): StartupCheck {
  if (!existsSync(dbPath) || statSync(dbPath).size === 0) return { status: 'ok' }
  if (!hasSqliteHeader(dbPath)) return { status: 'ok' }
  const problem = findDamage(dbPath)
  if (problem === null) return { status: 'ok' }
  const movedTo = moveAside(dbPath, 'damaged', options.now)
  const newestGoodBackup =
    listBackupFiles(options.backupsFolder ?? defaultBackupFolder(dbPath)).find((backup) => passesQuickCheck(backup.path))?.path ?? null
  return { status: 'damaged', movedTo, newestGoodBackup, problem }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' })

/** The words for the startup dialog. */
export function describeDamage(result: Extract<StartupCheck, { status: 'damaged' }>): { message: string; detail: string } {
  const moved = `Arbiter's database was damaged, so it was moved aside to ${result.movedTo}; nothing was deleted.`
  const when = result.newestGoodBackup ? backupDate(result.newestGoodBackup) : null
  const choice = result.newestGoodBackup
    ? `You can restore the newest good backup${when ? ` from ${dateFormat.format(new Date(when))}` : ''}, or start with an empty database.`
    : 'No backup passed its check, so Arbiter will start with an empty database.'
  return {
    message: 'Arbiter’s database was damaged',
    detail: `${moved} ${choice}\n\nWhat SQLite reported: ${result.problem}`,
  }
}
