/** The project files used lately (newest first), kept in a small JSON file beside the database. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'

const KEEP = 10

export function createRecentFiles(databasePath: string, onChange: (files: string[]) => void = () => undefined) {
  const listFile = join(dirname(databasePath), 'recent-project-files.json')
  const read = (): string[] => {
    try {
      const value: unknown = JSON.parse(readFileSync(listFile, 'utf8'))
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
    } catch {
      return []
    }
  }
  return {
    list: () => read().filter((path) => existsSync(path)),
    remember(path: string) {
      const files = [path, ...read().filter((p) => p !== path)].slice(0, KEEP)
      writeFileSync(listFile, JSON.stringify(files, null, 2))
      onChange(files)
    },
  }
}

/** Bytes of a dropped file, written where only this user can read them, under the file's own name. */
export function stageProjectFile(fileName: string, bytes: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'arbiter-staged-'))
  const path = join(folder, basename(fileName).replace(/[^\p{L}\p{N}._ -]/gu, '_') || 'project.arbiter')
  writeFileSync(path, bytes, { mode: 0o600 })
  return path
}
