/**
 * Citations as Markdown footnotes. Bodies cite claims as `[^c<claimId>]`; the definitions go at
 * the end of the file, one per line, because GitHub and GitLab render that syntax and plain
 * readers still see the quote and its source.
 */
import type { Citation } from '../domain/decision'
import { oneLine } from './markdown'

const reference = /\[\^c(\d+)\](?!:)/g
const definition = /^\[\^c(\d+)\]:/gm

/** Claim ids in order of first reference, each once. */
export function referencedClaimIds(text: string): number[] {
  return [...new Set([...text.matchAll(reference)].map((match) => Number(match[1])))]
}

/**
 * `[^c12]: “quote” — Title, Author, Publisher, 2025-03-01 (characters 10–42). https://…`
 * Paraphrases read `“text” (paraphrase) — …` and have no character range: it would point at
 * words the source never wrote.
 */
export function footnoteLine(citation: Citation): string {
  const marker = citation.isParaphrase ? ' (paraphrase)' : ''
  const source = [citation.sourceTitle, citation.author, citation.publisher]
    .map((part) => oneLine(part ?? ''))
    .filter((part) => part !== '')
  source.push(oneLine(citation.publishedDate ?? '') || 'undated')
  const range = !citation.isParaphrase && citation.start !== null && citation.end !== null ? ` (characters ${citation.start}–${citation.end})` : ''
  const url = oneLine(citation.url ?? '')
  return `[^c${citation.claimId}]: “${oneLine(citation.quote)}”${marker} — ${source.join(', ')}${range}.${url ? ` ${url}` : ''}`
}

/**
 * The definitions the text needs, in order of first reference. References without a citation
 * and footnotes the text already defines (an imported file keeps its own) are skipped.
 */
export function footnoteBlock(text: string, citations: readonly Citation[]): string {
  const defined = new Set([...text.matchAll(definition)].map((match) => Number(match[1])))
  const byId = new Map(citations.map((citation) => [citation.claimId, citation]))
  return referencedClaimIds(text)
    .filter((id) => !defined.has(id))
    .flatMap((id) => {
      const citation = byId.get(id)
      return citation ? [footnoteLine(citation)] : []
    })
    .join('\n')
}

/** The finished file: blocks, footnotes last, exactly one trailing newline. */
export function finishDocument(blocks: readonly string[], citations: readonly Citation[]): string {
  const body = blocks.filter((block) => block !== '').join('\n\n')
  const notes = footnoteBlock(body, citations)
  return `${notes ? `${body}\n\n${notes}` : body}\n`
}
