/** Whether a file starts with SQLite's 16-byte header: checked before opening anything a user points at. */
import { closeSync, openSync, readSync } from 'node:fs'

const SQLITE_MAGIC = 'SQLite format 3\0'

export function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16)
  const fd = openSync(path, 'r')
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_MAGIC
  } finally {
    closeSync(fd)
  }
}
