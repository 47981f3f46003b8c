/**
 * A first draft of a MADR 4 decision written from the comparison: the winner and why, what drove
 * it, how robust it is, and the accepted claims for and against each option as footnoted
 * bullets. The user edits the draft, so it states what the numbers say and nothing more.
 */
import { emptySections, type DecisionSections } from '../domain/decision'
import type { Claim, Criterion, Option, Polarity } from '../domain/evidence'
import { computeTotals, formatShares, leaveOneSourceOut, rawWeight, weightSensitivity, type TotalsResult } from '../scoring'
import {
  claimClause,
  countOf,
  criteriaByWeight,
  formatPoints,
  formatValue,
  formatWeightShare,
  nameList,
  toLeaveOneOutInput,
  toMatrixInput,
  vocabularyOf,
  type ComparisonState,
  type Vocabulary,
} from './comparison'
import { referencedClaimIds } from './footnotes'
import { joinBlocks, normaliseBody, oneLine } from './markdown'

export type DecisionDraft = { title: string; chosenOptionId: number | null; sections: DecisionSections; citedClaimIds: number[] }

type Limits = Partial<Record<Polarity, number>>
const CONSEQUENCE_LIMITS: Limits = { supports: 4, against: 3 }
const PROS_AND_CONS_LIMITS: Limits = { supports: 3, neutral: 1, against: 3 }
const LABELS: Record<Polarity, string> = { supports: 'Good', neutral: 'Neutral', against: 'Bad' }
/** Criteria whose weight range the confirmation spells out. */
const INTERVAL_COUNT = 3
const GAIN_COUNT = 3
const LOSS_COUNT = 2
// Contribution differences below this are rounding noise, not a reason.
const NOISE = 1e-9

/** Everything the sections are written from, computed once. */
type Basis = {
  state: ComparisonState
  totals: TotalsResult
  winner: Option | null
  heaviest: Criterion[]
  vocabulary: Vocabulary
}

/** The project name as the end of "Use X for …": lower-cased unless it opens with a name or acronym. */
function projectPhrase(state: ComparisonState, vocabulary: Vocabulary): string {
  const name = oneLine(state.projectName).replace(/\.+$/, '')
  const first = name.split(' ')[0] ?? ''
  const long = name.split(' ').filter((word) => word.length > 3)
  const titleCase = long.length > 1 && long.every((word) => /^\p{Lu}/u.test(word))
  const isName = !/^\p{Lu}[\p{Ll}'’-]*$/u.test(first) || first === 'I' || vocabulary.names.includes(first.toLowerCase())
  const provenName = vocabulary.capitalised.has(first) && !vocabulary.lower.has(first.toLowerCase())
  return isName || provenName || titleCase ? name : name.charAt(0).toLowerCase() + name.slice(1)
}

function title({ state, winner, vocabulary }: Basis): string {
  const phrase = projectPhrase(state, vocabulary)
  if (!winner) return phrase ? `Choose ${phrase}` : 'Choose an option'
  return phrase ? `Use ${winner.name} for ${phrase}` : `Use ${winner.name}`
}

function context({ state, heaviest }: Basis): string {
  const options = state.options.length
  const claims = state.claims.length
  const sources = new Set(state.claims.map((c) => c.sourceId)).size
  const compared = `We compared ${countOf(options, 'option')} on ${countOf(heaviest.length, 'weighted criterion', 'weighted criteria')}`
  const counts = claims > 0 ? `${compared}, backed by ${countOf(claims, 'claim')} from ${countOf(sources, 'source')}.` : `${compared}; no accepted claims back it yet.`
  return joinBlocks([normaliseBody(state.projectDescription), counts])
}

function drivers({ state, totals, heaviest }: Basis): string {
  return heaviest
    .map((criterion) => {
      const share = totals.shares[state.criteria.indexOf(criterion)]
      return `* ${criterion.name} — ${formatWeightShare(share)} of the weight (${criterion.direction === 'cost' ? 'lower' : 'higher'} is better)`
    })
    .join('\n')
}

/** Decimals enough to tell the two totals apart (a lead of 0.04 points must not read as 0.0). */
function leadText(top: number, next: number): { top: string; next: string; lead: string } {
  let digits = 1
  while (digits < 3 && (top * 100).toFixed(digits) === (next * 100).toFixed(digits)) digits++
  return { top: `${(top * 100).toFixed(digits)}%`, next: `${(next * 100).toFixed(digits)}%`, lead: `${((top - next) * 100).toFixed(digits)} points` }
}

function outcome({ state, totals, winner }: Basis): string {
  const nameOf = (id: number) => state.options.find((o) => o.id === id)?.name ?? String(id)
  if (state.options.length === 0) return 'No option is chosen yet: the comparison has no options.'
  if (totals.noWeights) return 'No option is chosen yet: no criterion has any weight, so the options have no weighted totals to compare.'
  const totalOf = (id: number) => totals.totals.find((t) => t.optionId === id)!
  if (!winner) {
    const tied = totals.tiedIds
    const shown = ((totalOf(tied[0]).total ?? 0) * 100).toFixed(1)
    return `No option is chosen yet: ${nameList(tied.map(nameOf))} tie for first place with a weighted total of ${shown}% each.`
  }
  const mine = totalOf(winner.id)
  const runnerUp = totals.ranking.find((entry) => entry.optionId !== winner.id)
  if (!runnerUp) return `Chosen option: "${winner.name}", because it is the only option compared (weighted total ${((mine.total ?? 0) * 100).toFixed(1)}%).`
  const rival = totalOf(runnerUp.optionId)
  const rivalName = nameOf(rival.optionId)
  const text = leadText(mine.total ?? 0, rival.total ?? 0)
  const chosen = `Chosen option: "${winner.name}", because it has the highest weighted total (${text.top}), ${text.lead} ahead of ${rivalName} (${text.next}).`
  // What each criterion adds to the winner's total minus what it adds to the runner-up's.
  const differences = state.criteria.map((criterion, k) => ({ name: criterion.name, value: mine.contributions[k].value - rival.contributions[k].value }))
  const named = (list: typeof differences) => nameList(list.map((d) => `${d.name} (${d.value > 0 ? '+' : ''}${formatPoints(d.value)})`))
  const gains = differences.filter((d) => d.value > NOISE).sort((a, b) => b.value - a.value).slice(0, GAIN_COUNT)
  const losses = differences.filter((d) => d.value < -NOISE).sort((a, b) => a.value - b.value).slice(0, LOSS_COUNT)
  return [
    chosen,
    gains.length > 0 ? `It gains most over ${rivalName} on ${named(gains)}.` : '',
    losses.length > 0 ? `${rivalName} does better on ${named(losses)}.` : '',
  ].filter(Boolean).join(' ')
}

/**
 * Up to `limit` claims of one polarity, heaviest criterion first. One claim per criterion per round,
 * so four Good bullets name four reasons rather than four throughput benchmarks. Within a criterion
 * the claims the option's score cites come first, then claims about fewer options (they say more
 * about this one), then the oldest.
 */
function pickClaims(basis: Basis, option: Option, polarity: Polarity, limit: number): Claim[] {
  const { state } = basis
  const order = [...basis.heaviest, ...state.criteria.filter((c) => rawWeight(c.weight) === 0)]
  const cited = new Set(state.scores.filter((s) => s.optionId === option.id).flatMap((s) => s.claimIds))
  const groups = new Map<number, Claim[]>()
  for (const claim of state.claims) {
    if (claim.polarity !== polarity || !claim.optionIds.includes(option.id) || oneLine(claim.quote) === '') continue
    const rank = order.findIndex((c) => c.id === claim.criterionId)
    const key = rank === -1 ? order.length : rank
    groups.set(key, [...(groups.get(key) ?? []), claim])
  }
  const queues = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, claims]) =>
      claims.sort((a, b) => Number(cited.has(b.id)) - Number(cited.has(a.id)) || a.optionIds.length - b.optionIds.length || a.id - b.id),
    )
  const picked: Claim[] = []
  for (let round = 0; picked.length < limit && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round] && picked.length < limit) picked.push(queue[round])
  }
  return picked
}

function claimBullets(basis: Basis, option: Option, limits: Limits): string[] {
  return (['supports', 'neutral', 'against'] as const).flatMap((polarity) =>
    pickClaims(basis, option, polarity, limits[polarity] ?? 0).map(
      (claim) => `* ${LABELS[polarity]}, because ${claimClause(claim.quote, basis.vocabulary)} [^c${claim.id}]`,
    ),
  )
}

function confirmation(basis: Basis): string {
  if (!basis.winner) return ''
  const input = toMatrixInput(basis.state)
  const sensitivity = weightSensitivity(input)
  const ranges = basis.heaviest.slice(0, INTERVAL_COUNT).flatMap((criterion) => {
    const range = sensitivity.criteria.find((c) => c.criterionId === criterion.id)
    if (!range) return []
    const [lo, hi] = formatShares(range.lo, range.hi)
    return [`* ${criterion.name} can move between ${lo} and ${hi} of the weight without changing the choice.`]
  })
  return joinBlocks([sensitivity.sentence, ranges.join('\n'), leaveOneSourceOut(toLeaveOneOutInput(basis.state)).sentence])
}

function prosAndCons(basis: Basis): string {
  return joinBlocks(
    basis.state.options.map((option) => {
      const bullets = claimBullets(basis, option, PROS_AND_CONS_LIMITS)
      return `### ${oneLine(option.name)}\n\n${bullets.length > 0 ? bullets.join('\n') : '* Neutral, because no claims about it were recorded.'}`
    }),
  )
}

/** The decision as the comparison stands on `today` (yyyy-mm-dd); the same state always gives the same draft. */
export function draftDecision(state: ComparisonState, today: string): DecisionDraft {
  const totals = computeTotals(toMatrixInput(state))
  const basis: Basis = {
    state,
    totals,
    winner: state.options.find((o) => o.id === totals.winnerId) ?? null,
    heaviest: criteriaByWeight(state.criteria),
    vocabulary: vocabularyOf(state),
  }
  const { winner } = basis
  const sections: DecisionSections = {
    ...emptySections(),
    context: context(basis),
    drivers: drivers(basis),
    consideredOptions: state.options.map((option) => `* ${oneLine(option.name)}`).join('\n'),
    outcome: outcome(basis),
    consequences: winner ? claimBullets(basis, winner, CONSEQUENCE_LIMITS).join('\n') : '',
    confirmation: confirmation(basis),
    prosAndCons: prosAndCons(basis),
    moreInformation:
      `Drafted from the comparison on ${today}. Scores are on a ${formatValue(state.scale.min)}–${formatValue(state.scale.max)} scale; ` +
      'weights are shares of the total weight.',
  }
  const text = [sections.context, sections.drivers, sections.consideredOptions, sections.outcome, sections.consequences, sections.confirmation, sections.prosAndCons, sections.moreInformation]
  return { title: title(basis), chosenOptionId: winner?.id ?? null, sections, citedClaimIds: referencedClaimIds(text.join('\n')) }
}
