/** Where the database lives: `--db <file>` beats `ARBITER_DB`, which beats the user-data folder. */
import { isAbsolute, join, resolve } from 'node:path'

export const DEFAULT_DB_FILE = 'arbiter.db'

export function resolveDatabasePath(argv: readonly string[], env: Record<string, string | undefined>, userDataDir: string): string {
  const flagIndex = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='))
  let chosen: string | undefined
  if (flagIndex >= 0) {
    const arg = argv[flagIndex]
    chosen = arg.startsWith('--db=') ? arg.slice('--db='.length) : argv[flagIndex + 1]
  }
  chosen ||= env.ARBITER_DB || undefined
  if (!chosen) return join(userDataDir, DEFAULT_DB_FILE)
  return isAbsolute(chosen) ? chosen : resolve(chosen)
}
