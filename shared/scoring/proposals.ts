/**
 * Scores proposed from accepted numeric claims. Each option's figures are reduced to one
 * representative value (the mean of the claims' midpoints) and scored by its ratio to the highest
 * value. A ratio scale suits throughput, memory, latency and money; a cost criterion's score is an
 * amount too, so nothing is inverted here: the utility formula inverts it later.
 */
import { formatFigure, normaliseUnit } from '../extraction/figures'
import type { MatrixOption, ProposalInput, ProposalResult, ScoreProposal, ScoringClaim } from './types'

/** Canonical spelling when the unit is one we know, otherwise the tidied text, so "points" still matches "Points". */
export function unitKey(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null
  const tidy = unit.trim().replace(/\s+/g, ' ')
  if (tidy === '') return null
  return normaliseUnit(tidy) ?? tidy.toLowerCase()
}

/** The claim's midpoint when it is accepted and carries a finite number; a one-sided figure is its own midpoint. */
export function claimMidpoint(claim: ScoringClaim): number | null {
  if (claim.status !== 'accepted') return null
  const low = claim.valueMin ?? claim.valueMax
  const high = claim.valueMax ?? claim.valueMin
  if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) return null
  return (low + high) / 2
}

/**
 * The criterion's unit when it has one; otherwise the unit most claims use (a tie goes to the unit
 * seen first). Unitless figures are used only when no claim has a unit, since a bare "15k" next to
 * "req/s" figures more likely counts something else.
 */
function chooseUnit(preferred: string | null | undefined, figures: readonly ScoringClaim[]): string | null {
  const wanted = unitKey(preferred)
  if (wanted !== null) return wanted
  const counts = new Map<string, number>()
  for (const claim of figures) {
    const key = unitKey(claim.unit)
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [key, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = key
  return best
}

const metricKey = (claim: ScoringClaim) => claim.metric?.trim().toLowerCase() || null

/**
 * Among figures on one unit, the metric most claims name: "throughput" and "throughput with a
 * database query" are both req/s but must not be averaged. Claims naming no metric go with it.
 */
function chooseMetric(figures: readonly ScoringClaim[]): string | null {
  const counts = new Map<string, number>()
  for (const claim of figures) {
    const key = metricKey(claim)
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [key, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = key
  return best
}

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

function describeEvidence(used: readonly ScoringClaim[], value: number, unit: string | null): string {
  const shown = formatFigure({ min: value, max: value, unit })
  if (used.length > 1) return `${shown} (mean of ${used.length} claims)`
  const only = used[0]
  const low = only.valueMin ?? only.valueMax ?? value
  const high = only.valueMax ?? only.valueMin ?? value
  return low === high ? `${shown} (1 claim)` : `${shown} (midpoint of ${formatFigure({ min: low, max: high, unit })})`
}

type Gathered = { option: MatrixOption; claims: ScoringClaim[]; value: number }

/** Proposed scores for one criterion, each with the arithmetic spelled out and the claims behind it. */
export function proposeScores(input: ProposalInput): ProposalResult {
  const { scale, options } = input
  const figures = input.claims.filter((claim) => claimMidpoint(claim) !== null)
  const unit = chooseUnit(input.criterion.unit, figures)
  const sameUnit = figures.filter((claim) => unitKey(claim.unit) === unit)
  const metric = chooseMetric(sameUnit)
  const usable = sameUnit.filter((claim) => metricKey(claim) === null || metricKey(claim) === metric)
  const ignoredClaimIds = figures.filter((claim) => !usable.includes(claim)).map((claim) => claim.id)
  const empty = (reason: string): ProposalResult => ({ unit, highest: null, proposals: [], ignoredClaimIds, reason })

  const range = scale.max - scale.min
  if (!(range > 0) || !Number.isFinite(range)) return empty('The score scale is empty, so no score can be proposed.')

  const gathered: Gathered[] = []
  for (const option of options) {
    const claims = usable.filter((claim) => claim.optionIds.includes(option.id))
    if (claims.length === 0) continue
    const value = claims.reduce((sum, claim) => sum + (claimMidpoint(claim) ?? 0), 0) / claims.length
    gathered.push({ option, claims, value })
  }
  if (gathered.length === 0) return empty('No accepted claim gives a comparable number for these options.')

  // The first option among equals names the reference, so the explanation is stable.
  const top = gathered.reduce((best, entry) => (entry.value > best.value ? entry : best))
  if (!(top.value > 0)) {
    return empty('The highest figure is zero or negative, so ratios to it mean nothing.')
  }
  const topText = formatFigure({ min: top.value, max: top.value, unit })
  const offset = scale.min === 0 ? '' : `${oneDecimal.format(scale.min)} + `

  const proposals: ScoreProposal[] = gathered.map(({ option, claims, value }) => {
    // A negative figure next to a positive highest would fall below the scale; it is held at the bottom.
    const exact = scale.min + Math.max(0, value / top.value) * range
    const score = Math.min(scale.max, Math.max(scale.min, Math.round(exact * 10) / 10))
    const explanation =
      `${offset}${describeEvidence(claims, value, unit)} ÷ highest ${topText} (${top.option.name}) × ` +
      `${oneDecimal.format(range)} = ${oneDecimal.format(score)}`
    return {
      optionId: option.id,
      score,
      value,
      explanation,
      claimIds: claims.map((claim) => claim.id),
      sourceIds: [...new Set(claims.map((claim) => claim.sourceId))],
    }
  })
  return { unit, highest: { optionId: top.option.id, value: top.value }, proposals, ignoredClaimIds }
}
