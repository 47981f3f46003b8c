/** Pure helpers that shape the project's data for the matrix: evidence per cell, source badges, number text. */
import type { Claim, ConflictCellSummary, SourceSummary } from '../../shared/domain/evidence'
import type { Score } from '../../shared/domain/weights'
import { scoreKey } from '../../shared/scoring'

export type SourceBadge = { id: number; short: string; title: string }

/** What backs one option × criterion cell; `claims` are the accepted claims about it. */
export type CellEvidence = {
  claims: Claim[]
  supports: number
  against: number
  sources: SourceBadge[]
  /** Pairs of claims about this cell that disagree (the pairs load when the cell's panel opens). */
  conflicts: number
}

const minorWords = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'vs', 'vs.', 'or', 'with', 'which', 'your', 'you'])

/** Initials of a title's first significant words ("Django vs Express: Which …" → "DE…"); numbered on a clash. */
export function sourceBadges(sources: readonly SourceSummary[]): Map<number, SourceBadge> {
  const taken = new Map<string, number>()
  const badges = new Map<number, SourceBadge>()
  for (const source of sources) {
    const words = source.title.split(/[\s:,–—-]+/).filter((w) => /\p{L}/u.test(w) && !minorWords.has(w.toLowerCase()))
    const initials = words.slice(0, 3).map((w) => [...w][0].toUpperCase()).join('') || 'S'
    const seen = taken.get(initials) ?? 0
    taken.set(initials, seen + 1)
    badges.set(source.id, { id: source.id, short: seen === 0 ? initials : `${initials}${seen + 1}`, title: source.title })
  }
  return badges
}

/** Accepted claims and conflict counts grouped by cell, computed once per data change (never per slider move). */
export function evidenceByCell(
  claims: readonly Claim[],
  conflicts: readonly ConflictCellSummary[],
  badges: ReadonlyMap<number, SourceBadge>,
): Map<string, CellEvidence> {
  const cells = new Map<string, CellEvidence>()
  const cell = (key: string) => {
    let entry = cells.get(key)
    if (!entry) cells.set(key, (entry = { claims: [], supports: 0, against: 0, sources: [], conflicts: 0 }))
    return entry
  }
  for (const claim of claims) {
    if (claim.status !== 'accepted' || claim.criterionId === null) continue
    for (const optionId of claim.optionIds) {
      const entry = cell(scoreKey(optionId, claim.criterionId))
      entry.claims.push(claim)
      if (claim.polarity === 'supports') entry.supports++
      if (claim.polarity === 'against') entry.against++
      const badge = badges.get(claim.sourceId) ?? { id: claim.sourceId, short: 'S', title: claim.sourceTitle }
      if (!entry.sources.some((s) => s.id === badge.id)) entry.sources.push(badge)
    }
  }
  for (const { optionId, criterionId, pairs } of conflicts) cell(scoreKey(optionId, criterionId)).conflicts = pairs
  return cells
}

export const scoresByCell = (scores: readonly Score[]): Map<string, Score> =>
  new Map(scores.map((s) => [scoreKey(s.optionId, s.criterionId), s]))

const scoreFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
export const formatScore = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : scoreFormat.format(value)

/** Totals are shares of the best possible result: shown as points out of 100 with one decimal. */
const totalFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
export const formatTotal = (total: number | null): string => (total === null ? '—' : totalFormat.format(total * 100))

/** Weight shares: whole percents, one decimal under 10% so small weights do not all read "0%". */
export function formatShare(share: number): string {
  const percent = share * 100
  return `${percent > 0 && percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`
}

/** "1.5" → 1.5; "" → null (clear); anything else is kept as NaN so the caller can refuse it. */
export function parseScore(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN
}
