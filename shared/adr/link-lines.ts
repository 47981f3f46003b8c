/**
 * Links between records as one line each, written and read here so both directions agree:
 *   MADR        `* Supersedes [ADR-0007: Use Flask](0007-use-flask.md)`
 *   adr-tools   `Supercedes [7. Use Flask](0007-use-flask.md)`
 *   log4brains  `- Supersedes [Use Flask](20250301-use-flask.md)`
 */
import type { AdrDialect, DecisionLink, DecisionLinkKind } from '../domain/decision'
import { adrFileName, adrNumberPrefix } from './file-names'
import { linkKindOf, linkPhrase, type LinkTarget, type RenderContext } from './layout'
import { escapeLinkText, linkDestination, oneLine, unescapeLinkText } from './markdown'

/** The linked record's title and file; without one, the name Arbiter would give it. */
export function resolveLinkTarget(link: DecisionLink, dialect: AdrDialect, ctx: RenderContext): LinkTarget {
  const known = ctx.linkTarget(link.number)
  if (known) return known
  // log4brains names need the linked record's date, which only the context knows.
  return { title: link.title, fileName: adrFileName(link.number, link.title, dialect === 'nygard' ? 'nygard' : 'madr') }
}

function linkLabel(number: number, title: string, dialect: AdrDialect): string {
  const text = oneLine(title)
  if (dialect === 'nygard') return text ? `${number}. ${text}` : `${number}.`
  if (dialect === 'log4brains') return text
  return text ? `ADR-${adrNumberPrefix(number)}: ${text}` : `ADR-${adrNumberPrefix(number)}`
}

/** `[label](file)` for a link, as the dialect writes it. */
export function linkMarkdown(link: DecisionLink, dialect: AdrDialect, ctx: RenderContext): string {
  const target = resolveLinkTarget(link, dialect, ctx)
  return `[${escapeLinkText(linkLabel(link.number, target.title, dialect))}](${linkDestination(target.fileName)})`
}

/** A whole link line; MADR and log4brains make a bullet list of them, adr-tools paragraphs. */
export function linkLine(link: DecisionLink, dialect: AdrDialect, ctx: RenderContext): string {
  const bullet = dialect === 'madr' ? '* ' : dialect === 'log4brains' ? '- ' : ''
  return `${bullet}${linkPhrase(link.kind, dialect === 'nygard')} ${linkMarkdown(link, dialect, ctx)}`
}

export type LinkLine = { kind: DecisionLinkKind; title: string; number: number | null; target: string }

/** The number at the start of a file name (`0007-…`); dated log4brains names have none. */
export function numberFromFileName(fileName: string): number | null {
  const base = fileName.split(/[/\\]/).pop() ?? ''
  const match = /^(\d{1,6})-/.exec(base)
  return match ? Number(match[1]) : null
}

/** `[label](target)` alone, as log4brains writes a "superseded by" status. */
export function parseLinkMarkdown(text: string): { title: string; number: number | null; target: string } | null {
  const match = /^\[(.*)\]\((<[^>]*>|[^\s()<>]*)\)$/.exec(text.trim())
  if (!match) return null
  let target = match[2].replace(/^<|>$/g, '')
  try {
    target = decodeURIComponent(target)
  } catch {
    // A stray % is part of the name, not an escape.
  }
  const label = unescapeLinkText(match[1]).trim()
  const numbered = /^ADR-(\d+)(?::\s*(.*))?$/i.exec(label) ?? /^(\d+)\.(?:\s+(.*))?$/.exec(label)
  const title = numbered ? (numbered[2] ?? '').trim() : label
  const number = numberFromFileName(target) ?? (numbered ? Number(numbered[1]) : null)
  return { title, number, target }
}

/** One link line in any dialect's spelling (a leading `*`/`-` bullet is allowed); null otherwise. */
export function parseLinkLine(line: string): LinkLine | null {
  const match = /^(?:[*-]\s+)?([A-Za-z][A-Za-z ]*?)\s+(\[.*\]\(.*\))\s*$/.exec(line.trim())
  if (!match) return null
  const kind = linkKindOf(match[1])
  const link = kind ? parseLinkMarkdown(match[2]) : null
  return kind && link ? { kind, ...link } : null
}
