/**
 * Text helpers shared by the ADR writer and reader. Both sides trim bodies the same way, which is
 * what makes importing a file and writing it back reproduce it exactly.
 */

/**
 * A Markdown body as Arbiter stores it: `\n` line endings, no blank lines around it and no spaces
 * after its last character. Everything else — indentation, inner blank lines, trailing spaces
 * that make hard line breaks — is the author's and stays verbatim.
 */
export function normaliseBody(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let start = 0
  let end = lines.length
  while (start < end && lines[start].trim() === '') start++
  while (end > start && lines[end - 1].trim() === '') end--
  const kept = lines.slice(start, end)
  if (kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1].trimEnd()
  return kept.join('\n')
}

/** For titles, headings and table cells: one line, single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A heading needs text: a record saved without a title still gets a readable file. */
export function titleLine(title: string): string {
  return oneLine(title) || 'Untitled'
}

/** Blocks separated by one blank line; empty blocks are left out rather than leaving gaps. */
export function joinBlocks(blocks: readonly (string | null | undefined)[]): string {
  return blocks.filter((block): block is string => typeof block === 'string' && block !== '').join('\n\n')
}

/** A heading and its body; `always` keeps the heading of a section MADR requires even when empty. */
export function section(heading: string, body: string, always = false): string[] {
  const text = normaliseBody(body)
  if (!text && !always) return []
  return [heading, text]
}

// Only the characters that would end the link text early need escaping; the rest of a title is
// inline Markdown like the heading it came from.
export function escapeLinkText(text: string): string {
  return oneLine(text).replace(/[\\[\]]/g, '\\$&')
}

export function unescapeLinkText(text: string): string {
  return text.replace(/\\([\\[\]])/g, '$1')
}

/** Angle brackets let a destination hold spaces or parentheses (imported names can have them). */
export function linkDestination(fileName: string): string {
  return /[\s()<>]/.test(fileName) ? `<${fileName}>` : fileName
}

/** A table cell: one line, and a `|` inside must not end the cell. */
export function tableCell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|')
}

/** Integers as they are, other scores with at most two decimals. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value)
  const fixed = value.toFixed(2).replace(/\.?0+$/, '')
  return fixed === '-0' ? '0' : fixed
}

/** YAML for one list item or value: plain when that cannot be misread, else double-quoted. */
export function yamlScalar(value: string): string {
  const text = oneLine(value)
  const plain = /^[\p{L}_][\p{L}\p{N} ._()'-]*$/u.test(text) && !/^(true|false|yes|no|on|off|null|y|n)$/i.test(text)
  // JSON strings are valid YAML double-quoted scalars.
  return plain ? text : JSON.stringify(text)
}

export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map(yamlScalar).join(', ')}]`
}
