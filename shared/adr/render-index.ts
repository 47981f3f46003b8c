/**
 * The index file of a decisions folder. adr-tools users get exactly what `adr generate toc`
 * writes, so regenerating it with either tool gives the same file; MADR and log4brains folders
 * get a README table.
 */
import type { AdrDialect, DecisionRecord } from '../domain/decision'
import { adrFileName, adrNumberPrefix } from './file-names'
import { escapeLinkText, linkDestination, tableCell } from './markdown'

/**
 * The index's own name. README.md is what GitHub shows when the folder is opened; adr-tools
 * users commonly redirect `adr generate toc` there too.
 */
export function adrIndexFileName(_dialect?: AdrDialect): string {
  return 'README.md'
}

type IndexedRecord = Pick<DecisionRecord, 'number' | 'title' | 'status' | 'date'>

/**
 * Sorted by number (then title, so duplicate numbers from parallel branches still sort the same
 * way). `fileNameOf` names imported files as they are on disk; by default Arbiter's own names.
 */
export function renderIndex(
  records: readonly IndexedRecord[],
  dialect: AdrDialect,
  fileNameOf: (record: IndexedRecord) => string = (record) => adrFileName(record, dialect),
): string {
  const sorted = [...records].sort((a, b) => a.number - b.number || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
  const link = (text: string, record: IndexedRecord) => `[${escapeLinkText(text)}](${linkDestination(fileNameOf(record))})`
  if (dialect === 'nygard') {
    const lines = sorted.map((record) => `* ${link(`${record.number}. ${record.title}`, record)}`)
    return `${['# Architecture Decision Records', lines.join('\n')].filter((block) => block !== '').join('\n\n')}\n`
  }
  const rows = sorted.map(
    (record) => `| ${adrNumberPrefix(record.number)} | ${tableCell(link(record.title, record))} | ${record.status} | ${tableCell(record.date ?? '') || '–'} |`,
  )
  const table = ['| Number | Title | Status | Date |', '| --- | --- | --- | --- |', ...rows].join('\n')
  return `# Architecture Decision Records\n\n${table}\n`
}
