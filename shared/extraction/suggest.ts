/**
 * Suggests sentences worth saving as claims: ones that name a candidate option and either touch a
 * criterion or state a figure. Every guess comes from plain rules a user could reproduce by reading
 * the sentence, so a wrong suggestion is easy to understand and dismiss.
 */
import type { Polarity } from '../domain/evidence'
import { parseFigures, type Figure } from './figures'
import { splitSentences } from './sentences'

export type SuggestOption = { id: number; name: string; aliases: readonly string[] }
export type SuggestCriterion = { id: number; name: string; keywords: readonly string[] }
export type Suggestion = {
  start: number
  end: number
  quote: string
  optionIds: number[]
  criterionId: number | null
  polarity: Polarity
  valueMin: number | null
  valueMax: number | null
  unit: string | null
}

const wordChar = String.raw`[\p{L}\p{N}_]`
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A capitalised plain word such as "Express", "Rails" or "Phoenix" is also an English word, so it only
 * counts when the article capitalises it too. Names like "Node.js" or "RabbitMQ" count in any case.
 */
function occurrenceCounts(alias: string, found: string): boolean {
  if (found === alias) return true
  const distinctive = /[^\p{L}]|\p{Ll}\p{Lu}/u.test(alias) && alias.length > 3
  if (distinctive) return true
  if (alias.length <= 3) return false
  return /\p{Lu}/u.test(found) || !/\p{Lu}/u.test(alias)
}

type Mention = { optionId: number; start: number; end: number }

/** Where options are named in a sentence; the longest name wins where two overlap ("Django REST Framework"). */
function findMentions(sentence: string, options: readonly SuggestOption[]): Mention[] {
  const mentions: Mention[] = []
  for (const option of options) {
    for (const alias of [option.name, ...option.aliases]) {
      if (alias.trim() === '') continue
      const pattern = new RegExp(`(?<!${wordChar})${escape(alias.trim())}(?!${wordChar})`, 'giu')
      for (const match of sentence.matchAll(pattern)) {
        if (occurrenceCounts(alias.trim(), match[0])) mentions.push({ optionId: option.id, start: match.index, end: match.index + match[0].length })
      }
    }
  }
  mentions.sort((a, b) => b.end - b.start - (a.end - a.start))
  const kept: Mention[] = []
  for (const mention of mentions) {
    if (!kept.some((other) => mention.start < other.end && other.start < mention.end)) kept.push(mention)
  }
  return kept.sort((a, b) => a.start - b.start)
}

export function mentionedOptions(sentence: string, options: readonly SuggestOption[]): number[] {
  return [...new Set(findMentions(sentence, options).map((mention) => mention.optionId))]
}

// "Drizzle ORM" or "Kafka Connect" must not count as the keywords "orm" or "connect".
function withoutMentions(sentence: string, mentions: readonly Mention[]): string {
  return mentions.reduce((text, { start, end }) => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end), sentence)
}

function keywordHits(sentence: string, keywords: readonly string[]): number {
  const lower = sentence.toLowerCase()
  return keywords.filter((keyword) => {
    const word = keyword.toLowerCase()
    // Symbols such as "$" or "req/s" have no word edges to anchor on.
    if (!/^[\p{L}\p{N}]/u.test(word)) return lower.includes(word)
    return new RegExp(`(?<!${wordChar})${escape(word)}(?!${wordChar})`, 'u').test(lower)
  }).length
}

// A figure's unit says what it measures even when the sentence never names the criterion.
const criterionHintByUnit: Record<string, string> = {
  'req/s': 'throughput', 'msg/s': 'throughput', 'queries/s': 'throughput',
  ms: 'latency', 'µs': 'latency', s: 'latency',
  KB: 'memory', MB: 'memory', GB: 'memory', TB: 'memory',
  USD: 'cost', EUR: 'cost', GBP: 'cost',
  stars: 'community',
}

function hintedBy(criterion: SuggestCriterion, unit: string | null): boolean {
  const hint = unit ? criterionHintByUnit[unit] : undefined
  if (!hint) return false
  return criterion.name.toLowerCase().includes(hint) || criterion.keywords.some((keyword) => keyword.toLowerCase() === hint)
}

/** Keyword hits decide; a figure's unit adds half a hit so it breaks ties and fills silence. */
export function bestCriterion(sentence: string, criteria: readonly SuggestCriterion[], unit: string | null): number | null {
  let best: { id: number; score: number } | null = null
  for (const criterion of criteria) {
    const score = keywordHits(sentence, criterion.keywords) + (hintedBy(criterion, unit) ? 0.5 : 0)
    if (score > 0 && (!best || score > best.score)) best = { id: criterion.id, score }
  }
  return best?.id ?? null
}

const supportCues = [
  'faster', 'fastest', 'fast', 'excellent', 'strong', 'stronger', 'best', 'better', 'easy', 'easier',
  'simple', 'simpler', 'built-in', 'mature', 'robust', 'reliable', 'efficient', 'lightweight', 'scales',
  'low latency', 'lower latency', 'smaller', 'cheaper', 'free', 'popular', 'large', 'rich', 'thriving',
  'solid', 'great', 'outperforms', 'handles', 'shines', 'ideal', 'well suited', 'productive', 'safe',
]
const againstCues = [
  'slower', 'slowest', 'slow', 'steep', 'steeper', 'lacks', 'lacking', 'limited', 'drawback', 'overhead',
  'difficult', 'hard', 'harder', 'complex', 'painful', 'expensive', 'costly', 'heavy', 'heavier', 'weak',
  'weaker', 'smaller community', 'fewer', 'scarce', 'struggles', 'immature', 'verbose', 'bloated',
  'not suitable', 'worse', 'downside', 'pitfall', 'missing', 'lags', 'higher latency', 'poor',
]
const negations = /\b(?:not|no|never|hardly|without|isn't|aren't|doesn't|don't|won't|cannot|can't|nor)\b[\w\s'-]{0,20}$/

function cueCount(sentence: string, cues: readonly string[]): number {
  const lower = sentence.toLowerCase()
  let total = 0
  for (const cue of cues) {
    for (const match of lower.matchAll(new RegExp(`(?<!${wordChar})${escape(cue)}(?!${wordChar})`, 'gu'))) {
      // "not easy" or "no overhead" flips the cue's direction.
      total += negations.test(lower.slice(0, match.index)) ? -1 : 1
    }
  }
  return total
}

/** A lexicon count: praising words push towards 'supports', criticising words towards 'against'. */
export function guessPolarity(sentence: string): Polarity {
  const score = cueCount(sentence, supportCues) - cueCount(sentence, againstCues)
  return score > 0 ? 'supports' : score < 0 ? 'against' : 'neutral'
}

/** The first figure with a unit tells more than a bare count, which may just be "3 brokers". */
function leadingFigure(figures: readonly Figure[]): Figure | null {
  return figures.find((figure) => figure.unit !== null) ?? figures[0] ?? null
}

export function suggestClaims(text: string, options: SuggestOption[], criteria: SuggestCriterion[]): Suggestion[] {
  const suggestions: Suggestion[] = []
  for (const sentence of splitSentences(text)) {
    // Questions ask rather than claim, and a line of a few words is a heading or a label.
    if (sentence.text.endsWith('?')) continue
    const mentions = findMentions(sentence.text, options)
    if (mentions.length === 0) continue
    const optionIds = [...new Set(mentions.map((mention) => mention.optionId))]
    const figure = leadingFigure(parseFigures(sentence.text))
    const criterionId = bestCriterion(withoutMentions(sentence.text, mentions), criteria, figure?.unit ?? null)
    if (criterionId === null && !figure) continue
    if (!figure && sentence.text.split(/\s+/).length < 5) continue
    suggestions.push({
      start: sentence.start,
      end: sentence.end,
      quote: sentence.text,
      optionIds,
      criterionId,
      polarity: guessPolarity(sentence.text),
      valueMin: figure?.min ?? null,
      valueMax: figure?.max ?? null,
      unit: figure?.unit ?? null,
    })
  }
  return suggestions
}
