/**
 * The block structure of a Markdown file from markdown-it's tokens: top-level headings and blocks
 * with the line ranges they cover. Sections are then cut out of the original lines, so bodies
 * come back exactly as written — and a `## Heading` inside a code fence or a list is never
 * mistaken for a section.
 */
import MarkdownIt, { type Token } from 'markdown-it'
import { normaliseBody } from '../../../shared/adr/markdown'

// HTML on so an HTML comment is one block, as GitHub treats it; linkify and typographer stay off
// because only the structure is read, never rendered text.
const markdown = new MarkdownIt({ html: true })

/** Line ranges are [start, end): 0-based, end excluded, like markdown-it's `token.map`. */
export type Heading = { level: number; text: string; start: number; end: number }

/** A list item whose only content is one line of text; `text` is null for anything richer. */
export type ListItem = { start: number; end: number; text: string | null }

export type Block = { type: string; start: number; end: number; text: string | null; marker: string | null; items: ListItem[] }

export type Outline = { lines: string[]; headings: Heading[]; blocks: Block[] }

/** Heading text as a reader sees it: without the `<!-- optional -->` notes of the templates. */
function headingText(raw: string): string {
  return raw.replace(/<!--[\s\S]*?-->/g, '').trim()
}

function listItems(tokens: Token[], from: number): ListItem[] {
  const items: ListItem[] = []
  const depth = tokens[from].level
  for (let i = from + 1; i < tokens.length && !(tokens[i].type === 'bullet_list_close' && tokens[i].level === depth); i++) {
    const token = tokens[i]
    if (token.type !== 'list_item_open' || token.level !== depth + 1 || !token.map) continue
    // A simple item is list_item_open, paragraph_open, inline, paragraph_close, list_item_close.
    const inline = tokens[i + 2]
    const simple = tokens[i + 1]?.type === 'paragraph_open' && inline?.type === 'inline' && tokens[i + 4]?.type === 'list_item_close'
    const text = simple && !inline.content.includes('\n') ? inline.content : null
    items.push({ start: token.map[0], end: token.map[1], text })
  }
  return items
}

export function outline(text: string): Outline {
  const tokens = markdown.parse(text, {})
  const headings: Heading[] = []
  const blocks: Block[] = []
  tokens.forEach((token, index) => {
    if (token.level !== 0 || !token.map || token.nesting === -1) return
    const [start, end] = token.map
    const inline = tokens[index + 1]?.type === 'inline' ? tokens[index + 1] : null
    if (token.type === 'heading_open') {
      headings.push({ level: Number(token.tag.slice(1)), text: headingText(inline?.content ?? ''), start, end })
    }
    const items = token.type === 'bullet_list_open' ? listItems(tokens, index) : []
    const marker = token.type === 'bullet_list_open' ? token.markup : null
    blocks.push({ type: token.type.replace(/_open$/, ''), start, end, text: token.type === 'paragraph_open' ? (inline?.content ?? '') : null, marker, items })
  })
  return { lines: text.split('\n'), headings, blocks }
}

/** The lines [start, end) as a stored body. */
export function linesBody(lines: readonly string[], start: number, end: number): string {
  return normaliseBody(lines.slice(start, Math.max(start, end)).join('\n'))
}

/** The top-level blocks that lie inside [start, end). */
export function blocksIn(doc: Outline, start: number, end: number): Block[] {
  return doc.blocks.filter((block) => block.start >= start && block.end <= end && block.type !== 'heading')
}
