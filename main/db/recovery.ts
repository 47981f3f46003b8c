/** Moving an unusable database out of the way: the old file is always kept, never deleted. */
import { existsSync, renameSync } from 'node:fs'

/** Renames `path` (and its -wal/-shm companions) to `path.<reason>-<timestamp>` and returns the new name. */
export function moveAside(path: string, reason: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  let target = `${path}.${reason}-${stamp}`
  for (let n = 2; existsSync(target); n++) target = `${path}.${reason}-${stamp}-${n}`
  renameSync(path, target)
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix)
  }
  return target
}
