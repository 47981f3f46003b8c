/**
 * Turns whatever the user typed into a safe FTS5 query, and FTS5 snippets into plain text with
 * highlight offsets. User text is never read as query syntax: it is cut into words, each word is
 * quoted as a string, the last one matches as a prefix (results while typing), and all must match.
 */
import type { SearchSnippet } from '../../shared/domain/search'

/** Snippet markers: private-use characters, which never mean anything in stored text. */
export const MARK_OPEN = '\uE000'
export const MARK_CLOSE = '\uE001'

// Enough words for any real search; a pasted page must not become a thousand-term query.
const MAX_WORDS = 32
const MAX_WORD_LENGTH = 100

/** The FTS5 MATCH expression for `text`, or null when it holds no word to search for. */
export function toMatchExpression(text: string): string | null {
  const words = (text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_WORDS)
  if (words.length === 0) return null
  // Words hold only letters, digits and marks, so wrapping them in quotes needs no escaping.
  return words.map((word, i) => (i === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(' AND ')
}

/** Strips the markers from an FTS5 snippet and returns where they were, on whitespace-collapsed text. */
export function parseSnippet(marked: string): SearchSnippet {
  const source = marked.replace(/\s+/g, ' ').trim()
  let text = ''
  const highlights: [number, number][] = []
  let openAt: number | null = null
  for (const char of source) {
    if (char === MARK_OPEN) {
      openAt ??= text.length
    } else if (char === MARK_CLOSE) {
      if (openAt !== null && text.length > openAt) highlights.push([openAt, text.length])
      openAt = null
    } else {
      text += char
    }
  }
  if (openAt !== null && text.length > openAt) highlights.push([openAt, text.length])
  return { text, highlights }
}
