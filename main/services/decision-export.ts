/**
 * Writing decision records into a folder (usually a repo's docs/decisions): one file per record
 * plus an index, byte-identical on every export, each written atomically, never outside the
 * folder, and never over a file someone edited without asking first.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { Kysely } from 'kysely'
import { adrFileName, adrIndexFileName, renderAdr, renderIndex } from '../../shared/adr/render'
import type { AdrDialect, ConflictChoice, Decision, ExportReport } from '../../shared/domain/decision'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { nowIso } from './sqlite-errors'

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

export function resolveFolder(folder: string): string {
  if (!isAbsolute(folder)) throw new ArbiterError('VALIDATION', `Choose a folder by its full path; "${folder}" is relative.`)
  return resolve(folder)
}

/** Joins a generated file name to the folder, refusing anything that would land outside it. */
function inside(root: string, fileName: string): string {
  const target = resolve(root, fileName)
  const rel = relative(root, target)
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
    throw new ArbiterError('INTERNAL', `Refused to write "${fileName}" outside ${root}.`)
  }
  return target
}

function ioError(root: string, error: unknown): ArbiterError {
  const code = (error as { code?: string }).code ?? 'error'
  const why: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'the folder is read-only', ENOSPC: 'the disk is full' }
  return new ArbiterError('VALIDATION', `Can't write to ${root}: ${why[code] ?? code}. Nothing was exported; your decisions are unchanged in Arbiter.`)
}

function writeAtomically(path: string, content: string): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    writeFileSync(temp, content, { flag: 'wx' })
    renameSync(temp, path)
  } finally {
    rmSync(temp, { force: true })
  }
}

/** `decisionId` is null for the index file. */
export type PlannedFile = { fileName: string; content: string; decisionId: number | null }

export function planFiles(decisions: Decision[], dialect: AdrDialect): PlannedFile[] {
  const sorted = [...decisions].sort((a, b) => a.number - b.number)
  const names = new Map(sorted.map((d) => [d.number, adrFileName(d, dialect)]))
  const byNumber = new Map(sorted.map((d) => [d.number, d]))
  const ctx = {
    linkTarget: (number: number) => (byNumber.has(number) ? { title: byNumber.get(number)!.title, fileName: names.get(number)! } : null),
  }
  return [
    ...sorted.map((d) => ({ fileName: names.get(d.number)!, content: renderAdr(d, dialect, ctx), decisionId: d.id })),
    { fileName: adrIndexFileName(dialect), content: renderIndex(sorted, dialect), decisionId: null },
  ]
}

export async function exportDecisions(
  db: Kysely<Database>,
  projectId: number,
  decisions: Decision[],
  folder: string,
  dialect: AdrDialect,
  resolutions: Record<string, ConflictChoice> = {},
): Promise<ExportReport> {
  const root = resolveFolder(folder)
  if (existsSync(root) && !statSync(root).isDirectory()) throw new ArbiterError('VALIDATION', `${root} is a file, not a folder.`)
  const report: ExportReport = { folder: root, dialect, written: [], unchanged: [], kept: [], alongside: [], conflicts: [] }
  const previous = new Map(
    (await db.selectFrom('exported_files').select(['file_name', 'content_hash']).where('project_id', '=', projectId).where('folder', '=', root).execute())
      .map((r) => [r.file_name, r.content_hash]),
  )
  const writes: PlannedFile[] = []
  for (const file of planFiles(decisions, dialect)) {
    const target = inside(root, file.fileName)
    const disk = existsSync(target) ? readFileSync(target) : null
    if (disk === null) writes.push(file)
    else if (disk.toString('utf8') === file.content) report.unchanged.push(file.fileName)
    else if (previous.get(file.fileName) === sha256(disk)) writes.push(file) // our own last export, untouched since
    else {
      const choice = resolutions[file.fileName]
      if (choice === 'overwrite') writes.push(file)
      else if (choice === 'keep') report.kept.push(file.fileName)
      else if (choice === 'alongside') {
        const fileName = file.fileName.replace(/\.md$/, '.arbiter.md')
        writes.push({ ...file, fileName })
        report.alongside.push(fileName)
      } else {
        report.conflicts.push({ fileName: file.fileName, reason: previous.has(file.fileName) ? 'edited since the last export' : 'already exists and was not written by Arbiter' })
      }
    }
  }
  if (report.conflicts.length > 0) return report

  try {
    mkdirSync(root, { recursive: true })
    for (const file of writes) writeAtomically(inside(root, file.fileName), file.content)
  } catch (error) {
    if (error instanceof ArbiterError) throw error
    throw ioError(root, error)
  }
  report.written = writes.map((f) => f.fileName).filter((name) => !report.alongside.includes(name))
  await db.transaction().execute(async (trx) => {
    for (const file of writes) {
      await trx.insertInto('exported_files')
        .values({ project_id: projectId, folder: root, file_name: file.fileName, decision_id: file.decisionId, content_hash: sha256(file.content), exported_at: nowIso() })
        .onConflict((oc) => oc.columns(['project_id', 'folder', 'file_name']).doUpdateSet({ content_hash: sha256(file.content), exported_at: nowIso() }))
        .execute()
    }
  })
  return report
}
