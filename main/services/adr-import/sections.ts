/**
 * Cuts a file into the sections Arbiter stores, by heading. All three dialects share one table of
 * heading names (MADR 2/3/4, adr-tools, log4brains), so a file in one dialect's headings reads
 * fine even when its metadata looks like another's.
 */
import type { DecisionSections } from '../../../shared/domain/decision'
import { isConsequenceSubsection } from '../../../shared/adr/layout'
import { linesBody, type Heading, type Outline } from './outline'

export type SectionField = Exclude<keyof DecisionSections, 'extra'>

/** What a heading's text stands for; `extra` keeps it under its own heading. */
export type Piece = { field: SectionField | 'status' | 'extra'; heading: string; start: number; end: number }

const topLevel: Record<string, SectionField | 'status'> = {
  'context and problem statement': 'context',
  context: 'context',
  'decision drivers': 'drivers',
  'considered options': 'consideredOptions',
  'decision outcome': 'outcome',
  decision: 'outcome',
  consequences: 'consequences',
  confirmation: 'confirmation',
  // MADR 3 called it Validation and put it at this level.
  validation: 'confirmation',
  'pros and cons of the options': 'prosAndCons',
  'more information': 'moreInformation',
  // MADR 2 and log4brains: the links to other records and anything else worth linking.
  links: 'moreInformation',
  status: 'status',
}

/** `###` headings that are sections of their own when they sit under these sections. */
const nested: Partial<Record<SectionField, Record<string, SectionField>>> = {
  // Where Arbiter's adr-tools layout puts the drivers.
  context: { 'decision drivers': 'drivers' },
  outcome: {
    consequences: 'consequences',
    confirmation: 'confirmation',
    validation: 'confirmation',
    // Arbiter's adr-tools layout keeps options and their pros and cons under "Decision".
    'considered options': 'consideredOptions',
    'pros and cons of the options': 'prosAndCons',
  },
}

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

function nestedField(parent: SectionField | 'status' | 'extra', heading: Heading): SectionField | 'extra' | null {
  if (heading.level !== 3) return null
  if ((parent === 'outcome' || parent === 'consequences') && isConsequenceSubsection(heading.text)) return 'extra'
  return parent === 'status' || parent === 'extra' ? null : (nested[parent]?.[key(heading.text)] ?? null)
}

/** Every `##` section after the title, split further at the known `###` subsections. */
export function cutSections(doc: Outline, title: Heading): Piece[] {
  const tops = doc.headings.filter((heading) => heading.level === 2 && heading.start > title.start)
  const pieces: Piece[] = []
  tops.forEach((top, index) => {
    const end = index + 1 < tops.length ? tops[index + 1].start : doc.lines.length
    const field = topLevel[key(top.text)] ?? 'extra'
    const subs = doc.headings
      .filter((heading) => heading.start >= top.end && heading.start < end)
      .map((heading) => ({ heading, field: nestedField(field, heading) }))
      .filter((sub): sub is { heading: Heading; field: SectionField | 'extra' } => sub.field !== null)
    pieces.push({ field, heading: top.text, start: top.end, end: subs[0]?.heading.start ?? end })
    subs.forEach((sub, subIndex) => {
      pieces.push({ field: sub.field, heading: sub.heading.text, start: sub.heading.end, end: subs[subIndex + 1]?.heading.start ?? end })
    })
  })
  return pieces
}

/**
 * Fills the sections from the pieces. A second section for a field already filled (two
 * "Context" headings) is kept as an extra section, so its text is not lost.
 */
export function fillSections(pieces: readonly Piece[], sections: DecisionSections, bodyOf: (piece: Piece) => string): void {
  const filled = new Set<SectionField>()
  for (const piece of pieces) {
    if (piece.field === 'status') continue
    const body = bodyOf(piece)
    if (piece.field === 'extra' || filled.has(piece.field)) {
      sections.extra.push({ heading: piece.heading, body })
      continue
    }
    filled.add(piece.field)
    sections[piece.field] = body
  }
}

export function pieceBody(doc: Outline, piece: Piece): string {
  return linesBody(doc.lines, piece.start, piece.end)
}
