/**
 * Sentence splitting for pasted articles. Offsets are UTF-16 indices into the original text so a
 * suggestion can be highlighted and quoted exactly as the source wrote it.
 */

export type Sentence = { text: string; start: number; end: number }

type Line = { start: number; end: number; text: string }
type Block = { start: number; end: number }

const headingLine = /^\s{0,3}#{1,6}\s/
const bulletLine = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S/
const tableLine = /^\s*\|/
const ruleLine = /^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/
const fenceLine = /^\s*(?:```|~~~)/
// Markers that format a line rather than belong to its sentence.
const leadingMarker = /^\s*(?:#{1,6}\s+|>\s*|(?:[-*+•]|\d{1,3}[.)])\s+)/
// Intl.Segmenter breaks after these even though the sentence carries on.
const abbreviation = /(?:^|[\s(])(?:vs|e\.g|i\.e|approx|cf|Mr|Mrs|Ms|Dr|St|Inc|Ltd|No|Fig)\.$/i

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '' && match.index >= text.length) break
    const body = match[0].replace(/[\r\n]+$/, '')
    lines.push({ start: match.index, end: match.index + body.length, text: body })
  }
  return lines
}

/**
 * Plain-text articles mark headings only by a short line with no closing punctuation; without this,
 * the heading would be glued to the first sentence of the paragraph below it.
 */
function looksLikeHeading(line: Line, next: Line): boolean {
  const trimmed = line.text.trim()
  if (/[.!?,;]$/.test(trimmed)) return false
  const words = trimmed.split(/\s+/).length
  return words <= 8 && /^\s*[\p{Lu}\d*_`"“]/u.test(next.text)
}

/** Groups lines into runs that may share a sentence: wrapped paragraph lines, or one list item. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  let current: (Block & { item: boolean; lines: Line[] }) | null = null
  let inFence = false
  const close = () => {
    if (current) blocks.push({ start: current.start, end: current.end })
    current = null
  }
  for (const line of linesOf(text)) {
    if (fenceLine.test(line.text)) {
      close()
      inFence = !inFence
      continue
    }
    if (inFence || line.text.trim() === '' || ruleLine.test(line.text)) {
      close()
      continue
    }
    if (headingLine.test(line.text) || tableLine.test(line.text)) {
      close()
      blocks.push({ start: line.start, end: line.end })
      continue
    }
    const item = bulletLine.test(line.text)
    const joins =
      current !== null &&
      !item &&
      (current.item ? /^\s+\S/.test(line.text) : !(current.lines.length === 1 && looksLikeHeading(current.lines[0], line)))
    if (current && joins) {
      current.end = line.end
      current.lines.push(line)
    } else {
      close()
      current = { start: line.start, end: line.end, item, lines: [line] }
    }
  }
  close()
  return blocks
}

function trimmedRange(text: string, start: number, end: number): Block {
  while (start < end && /\s/.test(text[start])) start += 1
  while (end > start && /\s/.test(text[end - 1])) end -= 1
  return { start, end }
}

function sentencesOfBlock(text: string, block: Block, segmenter: Intl.Segmenter): Sentence[] {
  const raw = text.slice(block.start, block.end)
  const marker = leadingMarker.exec(raw)?.[0].length ?? 0
  // Same-length replacement keeps offsets valid while letting wrapped lines read as one paragraph.
  const flat = raw.slice(marker).replace(/[\r\n\t]/g, ' ')
  const base = block.start + marker
  const sentences: Sentence[] = []
  for (const segment of segmenter.segment(flat)) {
    const range = trimmedRange(text, base + segment.index, base + segment.index + segment.segment.length)
    if (range.start >= range.end) continue
    const previous = sentences.at(-1)
    if (previous && abbreviation.test(previous.text)) {
      previous.end = range.end
      previous.text = text.slice(previous.start, previous.end)
      continue
    }
    sentences.push({ ...range, text: text.slice(range.start, range.end) })
  }
  return sentences
}

/** Splits an article into trimmed sentences, treating headings, list items and paragraphs as boundaries. */
export function splitSentences(text: string): Sentence[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  return blocksOf(text).flatMap((block) => sentencesOfBlock(text, block, segmenter))
}
