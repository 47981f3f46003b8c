/**
 * Turns whatever the user typed into safe FTS5 queries, and marked snippets into plain text with
 * highlight offsets. User text is never read as query syntax: it is cut into words, each word is
 * quoted as a string, the last one matches as a prefix (results while typing) unless it is a
 * single letter, and all must match.
 */
import type { SearchSnippet } from '../../shared/domain/search'

/** Highlight markers in snippets: private-use characters, which never mean anything in stored text. */
export const MARK_OPEN = '\uE000'
export const MARK_CLOSE = '\uE001'

// Enough words for any real search; a pasted page must not become a thousand-term query.
const MAX_WORDS = 32
const MAX_WORD_LENGTH = 100
/**
 * Prefixes of two or three letters are answered by the index's own prefix entries (migration
 * 0004). A single letter matches only itself: as a prefix it would match most of the index and
 * tell the user nothing, and "dj" is one more keystroke away.
 */
const MIN_PREFIX_LENGTH = 2
const INDEXED_PREFIX_MAX = 3

/** The words of `text`: letters, digits and marks, at most MAX_WORDS of them. */
export function queryWords(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [])
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_WORDS)
}

// Words hold only letters, digits and marks (vocabulary terms are tokens of the same), so this
// doubling of quotes never fires in practice; it keeps the string safe whatever it is given.
const quote = (word: string) => `"${word.replaceAll('"', '""')}"`

/**
 * The last word of a query, lower-cased, when it is a prefix worth expanding through the
 * vocabulary: ASCII letters and digits only (the tokenizer folds those to exactly their lower
 * case, so the vocabulary can be searched by range) and longer than the indexed prefixes.
 * Other words go to FTS5 as `"word"*` and FTS5 folds them itself.
 */
export function expandablePrefix(words: readonly string[]): string | null {
  const last = words.at(-1)
  if (last === undefined || last.length <= INDEXED_PREFIX_MAX || !/^[A-Za-z0-9]+$/.test(last)) return null
  return last.toLowerCase()
}

/**
 * The words as an FTS5 expression: every word must match, the last one as a prefix.
 * `lastTerms` are the indexed words the last word is a prefix of, when they were looked up:
 * matching them exactly finds the same rows as the prefix query, but lets FTS5 seek in each
 * word's doclist instead of merging every doclist under the prefix again for each statement.
 */
export function matchExpression(words: readonly string[], lastTerms: readonly string[] | null = null): string {
  return words.map((word, i) => {
    if (i < words.length - 1 || Array.from(word).length < MIN_PREFIX_LENGTH) return quote(word)
    if (lastTerms) return `(${lastTerms.map(quote).join(' OR ')})`
    return `${quote(word)}*`
  }).join(' AND ')
}

// Each row of search_index has a `scope` holding this private-use character and its project id
// (migration 0004). Words typed by the user never contain it, so only these expressions reach
// that column.
const SCOPE_MARK = '\uE002'
const scopeToken = (projectId: number) => quote(`${SCOPE_MARK}${Math.trunc(projectId)}`)

/**
 * `expression` limited to one project, or kept out of deleted ones (those still hold their
 * rows, so they can be restored). Returns `expression` itself when nothing is left out.
 */
export function scopedExpression(expression: string, projectId: number | null, deletedProjectIds: readonly number[]): string {
  if (projectId !== null) return `scope : ${scopeToken(projectId)} AND (${expression})`
  if (deletedProjectIds.length === 0) return expression
  return `(${expression}) NOT scope : (${deletedProjectIds.map(scopeToken).join(' OR ')})`
}

/** Strips the markers from a marked snippet and returns where they were, on whitespace-collapsed text. */
export function parseSnippet(marked: string): SearchSnippet {
  const source = marked.replace(/\s+/g, ' ').trim()
  const highlights: [number, number][] = []
  let text = ''
  let openAt: number | null = null
  // Jumps from marker to marker; the text between them is copied in slices, not by character.
  for (let from = 0; from <= source.length;) {
    const open = source.indexOf(MARK_OPEN, from)
    const close = source.indexOf(MARK_CLOSE, from)
    const at = open < 0 ? close : close < 0 ? open : Math.min(open, close)
    if (at < 0) {
      text += source.slice(from)
      break
    }
    text += source.slice(from, at)
    if (at === open) {
      openAt ??= text.length
    } else {
      if (openAt !== null && text.length > openAt) highlights.push([openAt, text.length])
      openAt = null
    }
    from = at + 1
  }
  if (openAt !== null && text.length > openAt) highlights.push([openAt, text.length])
  return { text, highlights }
}
