/** Snippets made from a hit's indexed text (main/services/search-snippet.ts), as FTS5's snippet() made them. */
import { describe, expect, it } from 'vitest'
import type { SearchSnippet } from '../../shared/domain/search'
import { makeSnippet, snippetTerms } from '../../main/services/search-snippet'

const marked = (snippet: SearchSnippet) => snippet.highlights.map(([start, end]) => snippet.text.slice(start, end))
const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ')

describe('search snippets', () => {
  it('shows a short text whole, whitespace collapsed, with every matching token marked', () => {
    const snippet = makeSnippet('  Kafka sustained\n\n900,000 messages; Kafka again.  ', snippetTerms(['kafka', 'mess'], null))
    expect(snippet.text).toBe('Kafka sustained 900,000 messages; Kafka again.')
    expect(marked(snippet)).toEqual(['Kafka', 'messages', 'Kafka'])
  })

  it('matches whole tokens, the last word as a prefix, folding case and diacritics', () => {
    const text = 'Guardrails on Rails; the naïve CAFÉ railway.'
    expect(marked(makeSnippet(text, snippetTerms(['rails'], ['rails'])))).toEqual(['Rails'])
    expect(marked(makeSnippet(text, snippetTerms(['rail'], null)))).toEqual(['Rails', 'railway'])
    expect(marked(makeSnippet(text, snippetTerms(['naive', 'cafe'], null)))).toEqual(['naïve', 'CAFÉ'])
    expect(marked(makeSnippet(text, snippetTerms(['on', 'r'], null)))).toEqual(['on'])
  })

  it('cuts a long text to 24 tokens around the group of hits with the most distinct words', () => {
    const text = `${words(40)} alpha ${words(40, 100)} alpha beta ${words(40, 200)}.`
    const snippet = makeSnippet(text, snippetTerms(['alpha', 'beta'], null))
    expect(snippet.text.startsWith('…') && snippet.text.endsWith('…')).toBe(true)
    expect(snippet.text.slice(1, -1).split(' ')).toHaveLength(24)
    expect(marked(snippet)).toEqual(['alpha', 'beta'])
    expect(snippet.text).toContain('w139 alpha beta w200')
  })

  it('starts at the beginning when no word is in the text (a hit by its title)', () => {
    const snippet = makeSnippet(`${words(30)}.`, snippetTerms(['absent'], null))
    expect(snippet).toEqual({ text: `${words(24)}…`, highlights: [] })
  })

  it('keeps the start or end of the text when the hits are near it', () => {
    expect(makeSnippet(`alpha ${words(50)}.`, snippetTerms(['alpha'], null)).text).toBe(`alpha ${words(23)}…`)
    expect(makeSnippet(`${words(50)} alpha.`, snippetTerms(['alpha'], null)).text).toBe(`…${words(23, 27)} alpha.`)
  })

  it('never lets stored text pass for a highlight marker', () => {
    const snippet = makeSnippet('odd \uE000 text with alpha \uE001 inside', snippetTerms(['alpha'], null))
    expect(snippet.text).not.toMatch(/[\uE000\uE001]/)
    expect(marked(snippet)).toEqual(['alpha'])
  })
})

describe('search snippet folding', () => {
  it('keeps highlight offsets on the original text whatever lower-casing would do to its length', () => {
    const snippet = makeSnippet('İstanbul İSTANBUL and Straße with ﬁle', snippetTerms(['istanbul', 'strasse', 'and'], null))
    expect(marked(snippet)).toEqual(['İstanbul', 'İSTANBUL', 'and'])
    expect(snippet.text).toBe('İstanbul İSTANBUL and Straße with ﬁle')
  })
})

describe('search snippet terms', () => {
  it('takes a repeated word both exactly and as the last word\'s prefix, and ignores words that fold to nothing', () => {
    expect(marked(makeSnippet('rail and rails', snippetTerms(['rail', 'rail'], null)))).toEqual(['rail', 'rails'])
    expect(makeSnippet('plain text', snippetTerms(['\u0301'], null))).toEqual({ text: 'plain text', highlights: [] })
  })
})
