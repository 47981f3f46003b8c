/** Database backups as the renderer sees them: one file per backup, named after when and why. */

export const backupReasons = ['start', 'interval', 'before-restore', 'manual'] as const
export type BackupReason = (typeof backupReasons)[number]

export type Backup = {
  fileName: string
  path: string
  /** ISO-8601 UTC, read back from the file name (file times change when files are copied). */
  createdAt: string
  reason: BackupReason
  bytes: number
}

export type RestoreResult = {
  restoredFrom: string
  /** The copy of the database as it was just before the restore; null when there was no file to copy. */
  safetyCopy: string | null
}

/**
 * `arbiter-2026-03-12T14-05-09-manual.db` (UTC; `-2`, `-3`… when two land in the same second).
 * Only files matching this are ever listed or deleted, so nothing else in the folder is touched.
 */
export const BACKUP_FILE_PATTERN = /^arbiter-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(start|interval|before-restore|manual)(?:-(\d+))?\.db$/
