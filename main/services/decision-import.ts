/**
 * Reading an existing ADR folder (MADR 2/3/4, adr-tools/Nygard, log4brains) into a project.
 * Files that cannot be read are reported with the reason; everything else goes in in one
 * transaction, so an import is never left half done.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { Kysely } from 'kysely'
import type { ImportReport } from '../../shared/domain/decision'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { numberImportedAdrs, type ImportedFile } from './adr-import/numbering'
import { parseAdrFile } from './adr-import/parse-adr-file'
import { resolveFolder } from './decision-export'
import { nowIso } from './sqlite-errors'

const MAX_ADR_BYTES = 2 * 1024 * 1024
const notRecords = new Set(['readme.md', 'index.md', 'template.md', 'toc.md'])

function readRecords(root: string, report: ImportReport): ImportedFile[] {
  let entries: string[]
  try {
    entries = readdirSync(root).sort()
  } catch (error) {
    throw new ArbiterError('VALIDATION', `Can't read the folder ${root}: ${(error as { code?: string }).code ?? 'error'}.`)
  }
  const parsed: ImportedFile[] = []
  for (const fileName of entries) {
    const path = join(root, fileName)
    if (fileName.startsWith('.') || !statSync(path).isFile() || notRecords.has(fileName.toLowerCase())) continue
    if (extname(fileName).toLowerCase() !== '.md') {
      report.skipped.push({ fileName, reason: 'not a Markdown file' })
      continue
    }
    if (statSync(path).size > MAX_ADR_BYTES) {
      report.skipped.push({ fileName, reason: 'larger than 2 MB; not a decision record' })
      continue
    }
    const bytes = readFileSync(path)
    let text: string
    try {
      if (bytes.includes(0)) throw new Error('binary')
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      report.skipped.push({ fileName, reason: 'binary or not UTF-8 text' })
      continue
    }
    const result = parseAdrFile(fileName, text)
    if ('error' in result) report.skipped.push({ fileName, reason: result.error })
    else parsed.push({ fileName, parsed: result })
  }
  return parsed
}

export async function importDecisionFolder(db: Kysely<Database>, projectId: number, folder: string): Promise<ImportReport> {
  const root = resolveFolder(folder)
  const report: ImportReport = { imported: [], skipped: [], renumbered: [] }
  const parsed = readRecords(root, report)
  const project = await db.selectFrom('projects').select('next_decision_number').where('id', '=', projectId).executeTakeFirstOrThrow()
  const existing = new Map(
    (await db.selectFrom('decisions').select(['id', 'number', 'title']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute())
      .map((d) => [d.number, d]),
  )
  const originalNumber = new Map(parsed.map((file) => [file.fileName, file.parsed.number]))
  const accepted = numberImportedAdrs(parsed).filter((file) => {
    const from = originalNumber.get(file.fileName) ?? null
    const clash = existing.get(file.record.number)
    if (clash) {
      report.skipped.push({ fileName: file.fileName, reason: `this project already has decision ${file.record.number} (“${clash.title}”)` })
      return false
    }
    if (from !== file.record.number) report.renumbered.push({ fileName: file.fileName, from, to: file.record.number })
    return true
  })

  await db.transaction().execute(async (trx) => {
    const ids = new Map([...existing].map(([number, d]) => [number, d.id]))
    for (const p of accepted) {
      const r = p.record
      const { id } = await trx.insertInto('decisions').values({
        project_id: projectId, number: r.number, title: r.title, status: r.status, decision_date: r.date,
        decision_makers: JSON.stringify(r.decisionMakers), consulted: JSON.stringify(r.consulted), informed: JSON.stringify(r.informed),
        tags: JSON.stringify(r.tags), sections: JSON.stringify(r.sections), imported_format: p.dialect,
        ...(r.status === 'accepted' && { accepted_at: nowIso() }),
      }).returning('id').executeTakeFirstOrThrow()
      ids.set(r.number, id)
      report.imported.push({ fileName: p.fileName, number: r.number, title: r.title })
    }
    const outgoing = { supersedes: 'supersedes', amends: 'amends', relates: 'relates' } as const
    for (const p of accepted) {
      for (const link of p.record.links) {
        const self = p.record.number
        const [from, to, kind] =
          link.kind === 'superseded-by' ? [ids.get(link.number), ids.get(self), 'supersedes' as const]
          : link.kind === 'amended-by' ? [ids.get(link.number), ids.get(self), 'amends' as const]
          : [ids.get(self), ids.get(link.number), outgoing[link.kind]]
        if (from === undefined || to === undefined || from === to) continue
        await trx.insertInto('decision_links').values({ from_decision_id: from, to_decision_id: to, kind }).onConflict((oc) => oc.doNothing()).execute()
      }
    }
    const highest = Math.max(0, ...accepted.map((p) => p.record.number))
    if (highest >= project.next_decision_number) {
      await trx.updateTable('projects').set({ next_decision_number: highest + 1, updated_at: nowIso() }).where('id', '=', projectId).execute()
    }
  })
  report.imported.sort((a, b) => a.number - b.number)
  return report
}
