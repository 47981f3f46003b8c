/**
 * The whole comparison of one project as decision drafting and snapshots read it, and the
 * conversions into the inputs of the scoring math. Also the wording helpers the drafted text and
 * the change reasons share, so numbers and quoted claims read the same everywhere.
 */
import type { Claim, Criterion, Option } from '../domain/evidence'
import type { Score } from '../domain/weights'
import { rawWeight, scoreKey, type LeaveOneOutInput, type MatrixCell, type MatrixInput, type ScoreScale } from '../scoring'
import { formatNumber, oneLine } from './markdown'

export type SourceRef = {
  id: number
  title: string
  author: string | null
  publisher: string | null
  publishedDate: string | null
  url: string | null
}

export type ComparisonState = {
  projectName: string
  projectDescription: string
  scale: ScoreScale
  /** In display order (position). */
  options: Option[]
  /** In display order (position). */
  criteria: Criterion[]
  scores: Score[]
  /** Accepted claims only: suggestions and dismissed claims never back a decision. */
  claims: Claim[]
  sources: SourceRef[]
}

export function toMatrixInput(state: ComparisonState): MatrixInput {
  const scores = new Map<string, number | null>()
  for (const score of state.scores) scores.set(scoreKey(score.optionId, score.criterionId), score.value)
  return {
    scale: { min: state.scale.min, max: state.scale.max },
    options: state.options.map((o) => ({ id: o.id, name: o.name })),
    criteria: state.criteria.map((c) => ({ id: c.id, name: c.name, direction: c.direction, weight: c.weight })),
    scores,
  }
}

/** The matrix with each cell's origin, so leave-one-source-out recomputes only proposed cells. */
export function toLeaveOneOutInput(state: ComparisonState): LeaveOneOutInput {
  const cells = new Map<string, MatrixCell>()
  for (const score of state.scores) cells.set(scoreKey(score.optionId, score.criterionId), { score: score.value, origin: score.origin })
  return {
    scale: { min: state.scale.min, max: state.scale.max },
    options: state.options.map((o) => ({ id: o.id, name: o.name })),
    criteria: state.criteria.map((c) => ({ id: c.id, name: c.name, direction: c.direction, weight: c.weight, unit: c.unit })),
    cells,
    claims: state.claims,
    sources: state.sources.map((s) => ({ id: s.id, title: s.title })),
  }
}

/** Criteria that carry weight, heaviest first; equal weights keep display order (sort is stable). */
export function criteriaByWeight(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => rawWeight(c.weight) > 0).sort((a, b) => rawWeight(b.weight) - rawWeight(a.weight))
}

/** Weights, scores and scale ends as the ADR files print them; a missing score says so. */
export function formatValue(value: number | null): string {
  return value === null ? 'no score' : formatNumber(value)
}

/** A share in [0, 1] as a percent with a fixed number of decimals. */
export function formatPercent(share: number, decimals = 0): string {
  return `${(share * 100).toFixed(decimals)}%`
}

/** A share of the weight as whole percents, with one decimal only when it would read as 0%. */
export function formatWeightShare(share: number): string {
  return share > 0 && share < 0.005 ? formatPercent(share, 1) : formatPercent(share)
}

/** Percentage points with one decimal, more only when one would show a difference as 0.0. */
export function formatPoints(difference: number): string {
  const points = Math.abs(difference) * 100
  for (const digits of [1, 2]) {
    const text = points.toFixed(digits)
    if (Number(text) > 0) return `${text} points`
  }
  return 'less than 0.01 points'
}

/** "1 claim", "4 claims", "no claims". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return n === 0 ? `no ${plural}` : `${n} ${n === 1 ? singular : plural}`
}

export function nameList(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

// ── Claims as clauses ───────────────────────────────────────────────────────────────────────────

const CLAUSE_MAX = 160
/** Words that end with a period without ending the sentence. */
const ABBREVIATION = /(^|\s)(e\.g|i\.e|vs|etc|approx|ca|cf|incl|no|fig|mr|ms|dr|inc|ltd|st|[A-Z])$/i
/** Sentence openers that are never names, so they are lower-cased after "because" even when no claim shows them lower-case. */
const COMMON_OPENERS = new Set(
  ('a an the in on at for with when while whereas according it this these those that there they their both each all most many some ' +
    'several one two three by from of to as after before unlike compared under over per since although though where which who what how ' +
    'if once only even also besides beyond among across between than then so such more less fewer no not any every other another same ' +
    'using out up its our we you your users developers teams benchmarks').split(' '),
)

/** How the evidence spells words mid-sentence, which tells a name ("Python") from a common word ("Native"). */
export type Vocabulary = { lower: Set<string>; capitalised: Set<string>; names: string[] }

const bareWord = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '')

export function vocabularyOf(state: ComparisonState): Vocabulary {
  const lower = new Set<string>()
  const capitalised = new Set<string>()
  const texts = [state.projectDescription, ...state.options.map((o) => o.description), ...state.criteria.map((c) => c.description), ...state.claims.map((c) => c.quote)]
  for (const text of texts) {
    const tokens = text.split(/\s+/)
    for (let i = 1; i < tokens.length; i++) {
      // The first word of a sentence is capitalised whatever it is, so it says nothing.
      if (/[.!?:]["'”’)]*$/u.test(tokens[i - 1])) continue
      const word = bareWord(tokens[i])
      if (/^\p{Ll}/u.test(word)) lower.add(word)
      else if (/^\p{Lu}/u.test(word)) capitalised.add(word)
    }
  }
  const names = state.options.flatMap((o) => [o.name, ...o.aliases]).map((n) => oneLine(n).toLowerCase()).filter(Boolean)
  return { lower, capitalised, names }
}

/** Whether text opening with a capital reads on as a clause after "because" (the capital only marks a sentence start). */
export function readsAsClause(text: string, vocabulary: Vocabulary): boolean {
  const lowered = text.toLowerCase()
  if (vocabulary.names.some((name) => lowered.startsWith(name) && !/^[\p{L}\p{N}]/u.test(lowered.slice(name.length)))) return false
  const first = bareWord(text.split(/\s+/)[0] ?? '')
  // Acronyms, CamelCase, "Node.js", "I" and numbers are names or must keep their spelling.
  if (!/^\p{Lu}[\p{Ll}'’-]*$/u.test(first) || first === 'I' || !text.startsWith(first)) return false
  const word = first.toLowerCase()
  if (COMMON_OPENERS.has(word) || vocabulary.lower.has(word)) return true
  if (vocabulary.capitalised.has(first)) return false
  return /(ing|ed|ly)$/.test(word)
}

/** The text up to the end of its first sentence. */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?]["”’)]?\s+/gu)) {
    const before = text.slice(0, match.index)
    const next = text.slice(match.index + match[0].length)
    if (match[0][0] === '.' && ABBREVIATION.test(before)) continue
    if (!/^["“(\p{Lu}\p{N}]/u.test(next)) continue
    return text.slice(0, match.index + match[0].trimEnd().length)
  }
  return text
}

/** At most `max` characters, cut between words with "…" when longer. */
export function shorten(text: string, max = CLAUSE_MAX): string {
  if (text.length <= max) return text
  const head = text.slice(0, max - 1)
  const space = head.lastIndexOf(' ')
  // A single very long word has no boundary worth keeping; cut it instead.
  const cut = space > max / 4 ? head.slice(0, space) : head
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`
}

/** A claim as the rest of a "because …" bullet: one sentence, ≤ 160 characters, no closing period. */
export function claimClause(quote: string, vocabulary: Vocabulary): string {
  let text = firstSentence(oneLine(quote)).replace(/^because\s+/i, '')
  if (readsAsClause(text, vocabulary)) text = text.charAt(0).toLowerCase() + text.slice(1)
  text = text.replace(/\.+$/, '').trimEnd()
  return shorten(text)
}
