/**
 * Numbers a folder of imported ADRs and resolves the links between them. log4brains files have
 * dates instead of numbers, and numbered folders can hold two files with the same number when
 * records were written on parallel branches; both get fresh numbers after the highest one, in
 * file-name order (for log4brains that is date order).
 */
import type { AdrDialect, DecisionLink, DecisionRecord } from '../../../shared/domain/decision'
import { sortedLinks } from '../../../shared/adr/layout'
import type { ParsedAdr } from './parse-adr-file'

export type ImportedFile = { fileName: string; parsed: ParsedAdr }

export type NumberedAdr = { fileName: string; record: DecisionRecord; dialect: AdrDialect }

function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() || fileName
}

const byName = (a: ImportedFile, b: ImportedFile): number => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0)

/** Sorted by number; links point at numbers, found by the target's file name when possible. */
export function numberImportedAdrs(files: readonly ImportedFile[]): NumberedAdr[] {
  const ordered = [...files].sort(byName)
  const taken = new Set<number>()
  const numberOf = new Map<ImportedFile, number>()
  for (const file of ordered) {
    const number = file.parsed.number
    if (number !== null && !taken.has(number)) {
      taken.add(number)
      numberOf.set(file, number)
    }
  }
  let next = Math.max(0, ...taken) + 1
  for (const file of ordered) if (!numberOf.has(file)) numberOf.set(file, next++)

  const byFile = new Map(ordered.map((file) => [baseName(file.fileName), numberOf.get(file) ?? 0]))
  const titleOf = new Map(ordered.map((file) => [numberOf.get(file) ?? 0, file.parsed.record.title]))
  return ordered
    .map((file) => {
      const links: DecisionLink[] = file.parsed.links.flatMap((link) => {
        // A link names its target file: when that file is not in the folder, guessing by number
        // could point at an unrelated record, so the link is dropped instead.
        const number = link.target !== null ? (byFile.get(baseName(link.target)) ?? null) : link.number
        if (number === null) return []
        return [{ kind: link.kind, number, title: link.title || titleOf.get(number) || '' }]
      })
      const record = { ...file.parsed.record, number: numberOf.get(file) ?? 0, links: sortedLinks(links) }
      return { fileName: file.fileName, record, dialect: file.parsed.dialect }
    })
    .sort((a, b) => a.record.number - b.record.number)
}
