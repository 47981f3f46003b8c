/**
 * Reads an ADR file written by MADR (2, 3 or 4), adr-tools or log4brains into a DecisionRecord.
 * Section bodies are cut from the original lines, so writing the record back in the same dialect
 * gives the same text. Text Arbiter generates from data it does not import — the decision matrix
 * and citation footnotes — stays in the body it follows, where writing puts it back verbatim.
 */
import { emptySections, type AdrDialect, type DecisionLink, type DecisionRecord } from '../../../shared/domain/decision'
import { parseLinkLine, numberFromFileName } from '../../../shared/adr/link-lines'
import { joinBlocks } from '../../../shared/adr/markdown'
import { decodeAdrText, splitFrontMatter } from './decode'
import { applyField, emptyMetadata, readPreamble, readStatusSection, type ParsedLink } from './metadata'
import { blocksIn, linesBody, outline, type Outline } from './outline'
import { cutSections, fillSections, type Piece } from './sections'

export type { ParsedLink } from './metadata'

/**
 * `number` is what the file says (its name, or adr-tools' `# 12.` title); log4brains files have
 * none, so the importer numbers them. `links` includes links whose target has no number yet.
 */
export type ParsedAdr = { record: DecisionRecord; dialect: AdrDialect; number: number | null; links: ParsedLink[] }

export type ParseAdrResult = ParsedAdr | { error: string }

function baseName(fileName: string): string {
  return fileName.split(/[/\\]/).pop() || fileName
}

function detectDialect(name: string, hasFrontMatter: boolean, title: string, hasStatusSection: boolean, marker: string | null): AdrDialect {
  if (hasFrontMatter) return 'madr'
  if (/^\d{8}-/.test(name)) return 'log4brains'
  if (hasStatusSection && /^\d+\.\s/.test(title)) return 'nygard'
  // MADR 2 writes `* Status:`, log4brains `- Status:`; a numbered name settles it either way.
  if (marker !== null) return marker === '*' || /^\d{1,6}-/.test(name) ? 'madr' : 'log4brains'
  return hasStatusSection ? 'nygard' : 'madr'
}

/** Link bullets at the start of "More Information" / "Links"; returns where the prose starts. */
function takeLeadingLinks(doc: Outline, piece: Piece, links: ParsedLink[]): number {
  const first = blocksIn(doc, piece.start, piece.end)[0]
  if (!first || first.type !== 'bullet_list') return piece.start
  for (const item of first.items) {
    const link = item.text === null ? null : parseLinkLine(item.text)
    if (!link) return item.start
    links.push(link)
  }
  return first.end
}

/** One link per kind and number, keeping a title when any copy of the link has one. */
function decisionLinks(links: readonly ParsedLink[]): DecisionLink[] {
  const byKey = new Map<string, DecisionLink>()
  for (const link of links) {
    if (link.number === null) continue
    const key = `${link.kind}:${link.number}`
    const known = byKey.get(key)
    if (!known || (!known.title && link.title)) byKey.set(key, { kind: link.kind, number: link.number, title: link.title })
  }
  return [...byKey.values()]
}

function parse(fileName: string, content: string | Uint8Array): ParseAdrResult {
  const name = baseName(fileName)
  const text = decodeAdrText(name, content)
  if (typeof text !== 'string') return text
  const split = splitFrontMatter(name, text)
  if ('error' in split) return split
  const doc = outline(split.body)
  const title = doc.headings.find((heading) => heading.level === 1 && heading.text !== '')
  if (!title) return { error: `${name} has no title heading; an ADR starts with a line like "# Use PostgreSQL for orders".` }

  const meta = emptyMetadata()
  for (const [key, value] of Object.entries(split.data ?? {})) applyField(meta, key, value)
  const pieces = cutSections(doc, title)
  const firstSection = doc.headings.find((heading) => heading.level === 2 && heading.start > title.start)?.start ?? doc.lines.length
  const preamble = readPreamble(doc, 0, firstSection, meta)
  const statusPieces = pieces.filter((piece) => piece.field === 'status')
  const statusLeftover = statusPieces.flatMap((piece) => readStatusSection(doc, piece.start, piece.end, meta))
  const dialect = detectDialect(name, split.data !== null, title.text, statusPieces.length > 0, preamble.marker)

  const sections = emptySections()
  fillSections(pieces, sections, (piece) => {
    const start = piece.field === 'moreInformation' && dialect !== 'nygard' ? takeLeadingLinks(doc, piece, meta.links) : piece.start
    return linesBody(doc.lines, start, piece.end)
  })
  // Text with no section of its own (a "Technical Story:" line, a note under the status) leads
  // the context, where a reader of the written file still finds it first.
  sections.context = joinBlocks([...preamble.leftover, ...statusLeftover, sections.context])

  const numbered = dialect === 'nygard' ? /^(\d+)\.\s+(.*)$/.exec(title.text) : null
  const number = dialect === 'log4brains' ? null : (numberFromFileName(name) ?? (numbered ? Number(numbered[1]) : null))
  const datedName = /^(\d{4})(\d{2})(\d{2})-/.exec(name)
  const date = meta.date ?? (dialect === 'log4brains' && datedName ? `${datedName[1]}-${datedName[2]}-${datedName[3]}` : null)
  const supersededBy = meta.links.some((link) => link.kind === 'superseded-by')
  const record: DecisionRecord = {
    number: number ?? 0,
    title: numbered ? numbered[2].trim() : title.text,
    // A record with no status at all is treated as a proposal until someone confirms it.
    status: meta.status ?? (supersededBy ? 'superseded' : 'proposed'),
    date,
    decisionMakers: meta.decisionMakers,
    consulted: meta.consulted,
    informed: meta.informed,
    tags: meta.tags,
    links: decisionLinks(meta.links),
    sections,
    citations: [],
    snapshot: null,
  }
  return { record, dialect, number, links: meta.links }
}

/** Never throws: a file that cannot be read as an ADR comes back as a sentence saying why. */
export function parseAdrFile(fileName: string, content: string | Uint8Array): ParseAdrResult {
  try {
    return parse(fileName, content)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { error: `${baseName(fileName)} could not be read as an ADR: ${reason}` }
  }
}
