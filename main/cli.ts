#!/usr/bin/env node
/**
 * `arbiter`: decision records for repo pipelines, with plain Node (no Electron).
 *
 *   arbiter list   [--db <file>] [--project <name>]
 *   arbiter export --db <file> --project <name> --out <dir> [--format madr|nygard|log4brains] [--on-conflict overwrite|keep|alongside]
 *   arbiter import --db <file> --project <name> <dir>
 *   arbiter export-project --db <file> --project <name> --out <file.arbiter> [--force]
 *   arbiter import-project --db <file> <file.arbiter> [--on-clash keep-both|replace|cancel]
 *
 * Exit codes: 0 done; 1 failed (unreadable database, write error, files edited since the last
 * export); 2 wrong usage (unknown command or option, missing argument, unknown project).
 */
import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { adrDialects, type AdrDialect, type ConflictChoice } from '../shared/domain/decision'
import { ArbiterError } from '../shared/errors'
import { openStore, StoreOpenError } from './db/connection'
import { createServices, type Services } from './services'

export const usage = `Usage:
  arbiter list   [--db <file>] [--project <name>]
  arbiter export --db <file> --project <name> --out <dir> [--format madr|nygard|log4brains] [--on-conflict overwrite|keep|alongside]
  arbiter import --db <file> --project <name> <dir>
  arbiter export-project --db <file> --project <name> --out <file.arbiter> [--force]
  arbiter import-project --db <file> <file.arbiter> [--on-clash keep-both|replace|cancel]`

class UsageError extends Error {}

type Output = { out: (line: string) => void; err: (line: string) => void }

async function findProject(services: Services, name: string | undefined) {
  if (!name) throw new UsageError('--project <name> is required.')
  const project = (await services.projects.list()).find((p) => p.name.toLowerCase() === name.toLowerCase())
  if (!project) throw new UsageError(`No project named "${name}". Run "arbiter list" to see the projects.`)
  return project
}

async function run(argv: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' }, project: { type: 'string' }, out: { type: 'string' },
      format: { type: 'string', default: 'madr' }, 'on-conflict': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      force: { type: 'boolean' }, 'on-clash': { type: 'string', default: 'cancel' },
    },
  })
  const [command, ...rest] = positionals
  if (values.help || !command) {
    io.out(usage)
    return values.help ? 0 : 2
  }
  if (!['list', 'export', 'import', 'export-project', 'import-project'].includes(command)) throw new UsageError(`Unknown command "${command}".`)
  const dbPath = values.db ?? process.env.ARBITER_DB
  if (!dbPath) throw new UsageError('--db <file> is required (or set ARBITER_DB).')
  const store = await openStore(resolve(dbPath))
  try {
    const services = createServices(store, { version: 'cli', platform: process.platform })
    if (command === 'list') {
      const projects = await services.projects.list()
      for (const project of projects.filter((p) => !values.project || p.name.toLowerCase() === values.project.toLowerCase())) {
        io.out(`${project.name}`)
        for (const d of await services.decisions.list({ projectId: project.id })) {
          io.out(`  ${String(d.number).padStart(4, '0')}  ${d.status.padEnd(10)}  ${d.date ?? '          '}  ${d.title}`)
        }
      }
      return 0
    }
    if (command === 'import-project') {
      if (rest.length !== 1) throw new UsageError('import-project takes one file: arbiter import-project --db <file> <file.arbiter>')
      const onNameClash = values['on-clash']
      if (!['keep-both', 'replace', 'cancel'].includes(onNameClash!)) throw new UsageError('--on-clash must be keep-both, replace or cancel.')
      const imported = await services.projectFiles.import({ filePath: resolve(rest[0]), onNameClash: onNameClash as 'keep-both' | 'replace' | 'cancel' })
      io.out(`imported project "${imported.name}"`)
      return 0
    }
    const project = await findProject(services, values.project)
    if (command === 'export-project') {
      if (!values.out) throw new UsageError('--out <file.arbiter> is required.')
      const result = await services.projectFiles.export({ projectId: project.id, filePath: resolve(values.out), overwrite: values.force ?? false })
      io.out(`wrote ${result.filePath} (${result.bytes} bytes)`)
      return 0
    }
    if (command === 'import') {
      if (rest.length !== 1) throw new UsageError('import takes one folder: arbiter import --db <file> --project <name> <dir>')
      const report = await services.decisions.importFolder({ projectId: project.id, folder: resolve(rest[0]) })
      for (const r of report.imported) io.out(`imported ${r.fileName} as ${r.number}. ${r.title}`)
      for (const s of report.skipped) io.err(`skipped ${s.fileName}: ${s.reason}`)
      io.out(`${report.imported.length} imported, ${report.skipped.length} skipped`)
      return 0
    }
    if (!values.out) throw new UsageError('--out <dir> is required.')
    if (!adrDialects.includes(values.format as AdrDialect)) throw new UsageError(`--format must be one of: ${adrDialects.join(', ')}.`)
    const choice = values['on-conflict']
    if (choice !== undefined && !['overwrite', 'keep', 'alongside'].includes(choice)) throw new UsageError('--on-conflict must be overwrite, keep or alongside.')
    const planned = await services.decisions.export({ projectId: project.id, folder: resolve(values.out), dialect: values.format as AdrDialect })
    const report = planned.conflicts.length && choice
      ? await services.decisions.export({
          projectId: project.id, folder: resolve(values.out), dialect: values.format as AdrDialect,
          resolutions: Object.fromEntries(planned.conflicts.map((c) => [c.fileName, choice as ConflictChoice])),
        })
      : planned
    for (const c of report.conflicts) io.err(`conflict ${c.fileName}: ${c.reason}`)
    if (report.conflicts.length) {
      io.err('Nothing was written. Re-run with --on-conflict overwrite|keep|alongside to choose.')
      return 1
    }
    for (const f of report.written) io.out(`wrote ${f}`)
    for (const f of report.alongside) io.out(`wrote ${f} (beside an edited file)`)
    io.out(`${report.written.length + report.alongside.length} written, ${report.unchanged.length} unchanged, ${report.kept.length} kept in ${report.folder}`)
    return 0
  } finally {
    await store.close()
  }
}

export async function main(argv: string[], io: Output = { out: console.log, err: console.error }): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`arbiter: ${(error as Error).message}\n${usage}`)
      return 2
    }
    if (error instanceof ArbiterError || error instanceof StoreOpenError) {
      io.err(`arbiter: ${error.message}`)
      return 1
    }
    io.err(`arbiter: unexpected failure: ${(error as Error)?.stack ?? String(error)}`)
    return 1
  }
}

// Run when executed directly (node out/main/cli.js …), not when imported by tests.
if (process.argv[1] && /cli\.(js|ts|mjs)$/.test(process.argv[1])) {
  void main(process.argv.slice(2)).then((code) => process.exit(code))
}
