/**
 * Status, date, people and links, wherever a dialect keeps them: MADR front matter, `* Status:`
 * bullets (MADR 2, log4brains), `Date:` lines and the `## Status` section (adr-tools).
 */
import type { DecisionLinkKind, DecisionStatus } from '../../../shared/domain/decision'
import { statusOf } from '../../../shared/adr/layout'
import { parseLinkLine, parseLinkMarkdown } from '../../../shared/adr/link-lines'
import { blocksIn, linesBody, type Outline } from './outline'

/** A link as the file has it; `number` is null when the target's name carries none (log4brains). */
export type ParsedLink = { kind: DecisionLinkKind; title: string; number: number | null; target: string | null }

export type Metadata = {
  status: DecisionStatus | null
  date: string | null
  decisionMakers: string[]
  consulted: string[]
  informed: string[]
  tags: string[]
  links: ParsedLink[]
}

export const emptyMetadata = (): Metadata => ({ status: null, date: null, decisionMakers: [], consulted: [], informed: [], tags: [], links: [] })

function splitList(value: string, byWhitespace = false): string[] {
  const separator = byWhitespace && !value.includes(',') ? /\s+/ : /,/
  return value.split(separator).map((part) => part.trim()).filter((part) => part !== '')
}

/** `superseded by [Title](file.md)` (MADR 2/3, log4brains) or `superseded by ADR-0012` (MADR 4). */
function applyStatus(meta: Metadata, value: string): void {
  meta.status = statusOf(value) ?? meta.status
  const rest = /^super[sc]eded by\s+(.+)$/i.exec(value.trim())?.[1]
  if (!rest) return
  const link = parseLinkMarkdown(rest)
  const number = /ADR-(\d+)/i.exec(rest)?.[1]
  if (link) meta.links.push({ kind: 'superseded-by', ...link })
  else if (number) meta.links.push({ kind: 'superseded-by', title: '', number: Number(number), target: null })
}

/** Applies one `Key: value`; false when the key is not metadata (like "Technical Story"). */
export function applyField(meta: Metadata, name: string, value: unknown): boolean {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : ''
  const values = (byWhitespace = false): string[] =>
    Array.isArray(value) ? value.map((item) => String(item ?? '').trim()).filter((item) => item !== '') : splitList(text, byWhitespace)
  switch (name.toLowerCase().replace(/[\s_]+/g, '-')) {
    case 'status':
      applyStatus(meta, text)
      return true
    case 'date':
      meta.date = text || null
      return true
    case 'decision-makers':
    case 'deciders':
      meta.decisionMakers = values()
      return true
    case 'consulted':
      meta.consulted = values()
      return true
    case 'informed':
      meta.informed = values()
      return true
    case 'tags':
      meta.tags = values(true)
      return true
    default:
      return false
  }
}

function fieldOf(line: string): { name: string; value: string } | null {
  const match = /^([A-Za-z][A-Za-z _-]*?)\s*:\s*(.*)$/.exec(line.trim())
  return match ? { name: match[1], value: match[2] } : null
}

function isField(line: string): boolean {
  const field = fieldOf(line)
  return field !== null && applyField(emptyMetadata(), field.name, field.value)
}

/**
 * Reads the metadata between the title and the first section. Returns what is not metadata (a
 * "Technical Story:" line, a note) as blocks of text, and the bullet of a metadata list.
 */
export function readPreamble(doc: Outline, start: number, end: number, meta: Metadata): { leftover: string[]; marker: string | null } {
  const leftover: string[] = []
  let marker: string | null = null
  for (const block of blocksIn(doc, start, end)) {
    const lines = block.type === 'paragraph' ? (block.text ?? '').split('\n') : block.items.map((item) => item.text ?? '')
    const isMetadata = (block.type === 'paragraph' || block.type === 'bullet_list') && lines.length > 0 && lines.every(isField)
    if (!isMetadata) {
      leftover.push(linesBody(doc.lines, block.start, block.end))
      continue
    }
    for (const line of lines) {
      const field = fieldOf(line)
      if (field) applyField(meta, field.name, field.value)
    }
    if (block.type === 'bullet_list') marker = block.marker
  }
  return { leftover, marker }
}

/**
 * adr-tools' `## Status`: a status word and link lines, or only a "Superceded by" line where the
 * word was. Anything else in the section is returned so it can be kept.
 */
export function readStatusSection(doc: Outline, start: number, end: number, meta: Metadata): string[] {
  const leftover: string[] = []
  for (const block of blocksIn(doc, start, end)) {
    if (block.type !== 'paragraph') {
      leftover.push(linesBody(doc.lines, block.start, block.end))
      continue
    }
    const other: string[] = []
    for (const line of (block.text ?? '').split('\n')) {
      const link = parseLinkLine(line)
      const status = link || meta.status !== null ? null : statusOf(line)
      if (link) meta.links.push(link)
      else if (status) applyStatus(meta, line)
      else other.push(line)
    }
    if (other.length > 0) leftover.push(other.join('\n'))
  }
  return leftover
}
