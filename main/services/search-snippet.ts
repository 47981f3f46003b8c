/**
 * Snippets of search hits, made here from each hit's indexed text rather than by FTS5's
 * snippet(). FTS5 decides which rows match; this only places the excerpt and its highlights.
 *
 * Why: snippet() only runs inside a MATCH query positioned on the row, so a page of hits cost
 * another walk over the query's matches (or a lookup per row, which sets up every word's
 * iterators in every index segment), and it tokenizes a row's whole text twice: 60 µs for a
 * 5 KB source, 3 ms for a page of them, as much as the rest of a search, and ten times that for
 * 50 KB articles. Here the text is folded once and the query's terms found with indexOf; only
 * the few hundred characters around the best group of hits are cut into tokens.
 *
 * Tokens are read as the index's tokenizer (unicode61, remove_diacritics 2) reads them: runs of
 * letters, digits, marks and private-use characters, compared with case and diacritics folded.
 * Should the two disagree on some exotic text, only a highlight is off, never which hits show.
 */
import type { SearchSnippet } from '../../shared/domain/search'
import { MARK_CLOSE, MARK_OPEN, parseSnippet } from './search-query'

/** Tokens per snippet, as FTS5's snippet() was asked for. */
const SNIPPET_TOKENS = 24
/** Characters around a group of hits that are cut into tokens to frame the excerpt. */
const MARGIN = 200
/** About SNIPPET_TOKENS tokens of text, to group hits by. */
const GROUP_CHARS = SNIPPET_TOKENS * 6
const ELLIPSIS = '…'
const TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u
const FOLDABLE = /[A-Z\x80-\uffff]/g
const MARKERS = new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`, 'g')

const folded = new Map<string, string>()
/** One character folded as unicode61 folds it, when that keeps it one character long. */
function foldChar(char: string): string {
  let result = folded.get(char)
  if (result === undefined) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    const lower = char.toLowerCase()
    result = base.length === 1 ? base : lower.length === 1 ? lower : char
    folded.set(char, result)
  }
  return result
}

/** `text` with case and diacritics folded, character for character (offsets stay valid). */
export function foldText(text: string): string {
  // Byte length equals length only for ASCII text (computed natively, fast); lower-casing ASCII
  // keeps every offset. Elsewhere lower-casing may change lengths (İ becomes two characters),
  // so characters are folded one by one, each to one character.
  if (Buffer.byteLength(text, 'utf8') === text.length) return text.toLowerCase()
  return text.replace(FOLDABLE, (char) => (char < '\x80' ? char.toLowerCase() : foldChar(char)))
}
/** A query word folded as the tokenizer folds it. */
export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** What a token must fold to: one of `exact`, or start with one of `prefixes`. */
export type SnippetTerms = { exact: string[]; prefixes: string[] }

/** The terms of a query: every word exactly, the last as a prefix (or its listed expansions). */
export function snippetTerms(words: readonly string[], lastTerms: readonly string[] | null): SnippetTerms {
  const exact = words.slice(0, -1).map(fold)
  const last = words.at(-1)!
  if (lastTerms) return { exact: [...exact, ...lastTerms], prefixes: [] }
  return Array.from(last).length < 2 ? { exact: [...exact, fold(last)], prefixes: [] } : { exact, prefixes: [fold(last)] }
}

function isTokenChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const code = text.charCodeAt(i)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return (code >= 0xd800 && code <= 0xdfff) || TOKEN_CHAR.test(text[i])
}

type Span = { start: number; end: number; term: string }

/** Whole-token occurrences of the terms in folded text, in order. */
function occurrences(text: string, terms: SnippetTerms): Span[] {
  const found: Span[] = []
  const all = [...terms.exact.map((term) => ({ term, prefix: false })), ...terms.prefixes.map((term) => ({ term, prefix: true }))]
  // A word of marks alone folds to nothing, and indexOf('') would match everywhere.
  for (const { term, prefix } of all.filter(({ term }) => term.length > 0)) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
      if (isTokenChar(text, i - 1)) continue
      let end = i + term.length
      if (prefix) while (isTokenChar(text, end)) end++
      else if (isTokenChar(text, end)) continue
      found.push({ start: i, end, term })
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** Token spans of text[from, to), as start and end offsets. */
function tokens(text: string, from: number, to: number): number[] {
  const bounds: number[] = []
  let start = -1
  for (let i = from; i < to; i++) {
    const inToken = isTokenChar(text, i)
    if (inToken && start < 0) start = i
    else if (!inToken && start >= 0) bounds.push(start, i), (start = -1)
  }
  if (start >= 0) bounds.push(start, to)
  return bounds
}

/**
 * The group of hits with the most distinct terms, then the most hits, within about a snippet's
 * length of text (measured in characters here, an average word being six or so; the excerpt
 * itself is then cut in tokens).
 */
function bestGroup(hits: Span[]): [number, number] {
  let best: [number, number] = [0, 0]
  let bestScore = -1
  for (let h = 0, last = 0; h < hits.length; h++) {
    last = Math.max(last, h)
    while (last + 1 < hits.length && hits[last + 1].end - hits[h].start <= GROUP_CHARS) last++
    let distinct = 0
    for (let k = h; k <= last; k++) {
      let seen = false
      for (let j = h; j < k && !seen; j++) seen = hits[j].term === hits[k].term
      if (!seen) distinct++
    }
    const score = distinct * 1000 + (last - h)
    if (score > bestScore) [bestScore, best] = [score, [h, last]]
  }
  return best
}

const tokenBefore = (text: string, offset: number) => { for (let i = offset - 1; i >= 0; i--) if (isTokenChar(text, i)) return true; return false }
const tokenAfter = (text: string, offset: number) => { for (let i = offset; i < text.length; i++) if (isTokenChar(text, i)) return true; return false }

/**
 * The excerpt of `text` around the group of hits with the most distinct terms, SNIPPET_TOKENS
 * tokens long with the hits centred, as FTS5 chooses it; the whole text when it is that short,
 * its start when no term is in it (a hit by its title).
 */
export function makeSnippet(text: string, terms: SnippetTerms): SearchSnippet {
  const low = foldText(text)
  const hits = occurrences(low, terms)
  const [first, last] = hits.length > 0 ? bestGroup(hits) : [-1, -1]
  // Cut into tokens only around the group, from and to token boundaries.
  let from = first < 0 ? 0 : Math.max(0, hits[first].start - MARGIN)
  let to = Math.min(text.length, first < 0 ? 2 * MARGIN : hits[last].end + MARGIN)
  while (from > 0 && isTokenChar(low, from - 1)) from--
  while (to < text.length && isTokenChar(low, to)) to++
  const bounds = tokens(low, from, to)
  const count = bounds.length / 2
  if (count === 0) return parseSnippet(text.replace(MARKERS, ''))
  let start = 0
  if (first >= 0) {
    const tokenAt = (offset: number) => { let t = 0; while (t < count - 1 && bounds[2 * t + 1] <= offset) t++; return t }
    const [a, b] = [tokenAt(hits[first].start), tokenAt(hits[last].start)]
    start = Math.max(0, Math.min(a - Math.floor((SNIPPET_TOKENS - (b - a + 1)) / 2), count - SNIPPET_TOKENS))
  }
  const end = Math.min(count, start + SNIPPET_TOKENS)
  const [head, tail] = [bounds[2 * start], bounds[2 * end - 1]]
  const cutBefore = tokenBefore(low, head)
  const cutAfter = tokenAfter(low, tail)
  // Stored text never means the markers, but should it hold one, it must not pass for one.
  const piece = (from: number, to: number) => text.slice(from, to).replace(MARKERS, '')
  let marked = cutBefore ? ELLIPSIS : ''
  let at = cutBefore ? head : 0
  for (const hit of hits) {
    if (hit.start < Math.max(at, head) || hit.end > tail) continue
    marked += piece(at, hit.start) + MARK_OPEN + piece(hit.start, hit.end) + MARK_CLOSE
    at = hit.end
  }
  marked += cutAfter ? piece(at, tail) + ELLIPSIS : piece(at, text.length)
  return parseSnippet(marked)
}
