/** The rooms of the codebase and the one-way flow between them, checked on every import. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2])
}

function violations(dir: string, forbidden: RegExp): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${file} → ${spec}`))
}

describe('architecture', () => {
  it('keeps shared/ pure: no Node, Electron, DOM libraries or other rooms', () => {
    expect(violations('shared', /^(node:|electron|better-sqlite3|kysely|react)|\.\.\/\.\.\/(main|renderer|preload)\b|^\.\.\/(main|renderer|preload)\b/)).toEqual([])
    const code = (f: string) => readFileSync(join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    const domUse = sourceFiles('shared').filter((f) => /\b(window|document|localStorage)\./.test(code(f)))
    expect(domUse).toEqual([])
  })

  it('keeps the renderer off Node, Electron, the database and main', () => {
    expect(violations('renderer', /^(node:|electron|better-sqlite3|kysely)|\/main\/|\/preload\//)).toEqual([])
  })

  it('keeps preload a bridge: only electron and the shared contract', () => {
    expect(violations('preload', /^(?!electron$|\.\.\/shared\/contract$)/)).toEqual([])
  })

  it('declares channels only in the contract', () => {
    const offenders = [...sourceFiles('main'), ...sourceFiles('preload'), ...sourceFiles('renderer')].filter((file) =>
      /['"`]arbiter(-event)?:[a-z]+\./.test(readFileSync(join(root, file), 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  it('keeps raw ipcMain use inside main/ipc.ts and the shell', () => {
    const users = sourceFiles('main').filter((f) => /ipcMain\.(handle|on)\(/.test(readFileSync(join(root, f), 'utf8')))
    expect(users).toEqual(['main/ipc.ts'])
  })
})
