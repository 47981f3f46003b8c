/**
 * Shapes for the decision math behind the Compare view. Ids are the database's numeric ids so the
 * renderer can pass its rows straight in; results are plain data so they can be rendered or cached.
 */
import type { CriterionDirection } from '../domain/starter-criteria'

/** The range a score may take; utilities are measured against it. */
export type ScoreScale = { min: number; max: number }

export const defaultScale: ScoreScale = { min: 0, max: 10 }

export type MatrixOption = { id: number; name: string }

/** `weight` is the raw slider value (0–100); only its share of the sum matters. */
export type MatrixCriterion = { id: number; name: string; direction: CriterionDirection; weight: number }

/** Scores keyed by `scoreKey(optionId, criterionId)`; an absent key counts as a missing score. */
export type ScoreMap = ReadonlyMap<string, number | null>

export type MatrixInput = {
  scale: ScoreScale
  options: readonly MatrixOption[]
  criteria: readonly MatrixCriterion[]
  scores: ScoreMap
}

/** One string key per cell, so a Map can hold the whole matrix. */
export function scoreKey(optionId: number, criterionId: number): string {
  return `${optionId}:${criterionId}`
}

// ── Totals ──────────────────────────────────────────────────────────────────────────────────────

/** How much one criterion adds to an option's total (normalised weight × utility). */
export type Contribution = { criterionId: number; value: number }

export type OptionTotal = {
  optionId: number
  /** In [0, 1]; null when no weights are set. */
  total: number | null
  contributions: Contribution[]
  /** Cells with no usable score (null, absent, NaN or ±Infinity). */
  missing: number
}

export type RankEntry = { optionId: number; rank: number; total: number }

export type TotalsResult = {
  noWeights: boolean
  /** Normalised weight per criterion, in input order; all 0 when no weights are set. */
  shares: number[]
  /** In input option order. */
  totals: OptionTotal[]
  /** Best first; tied options share a rank (1, 1, 3) and keep input order among themselves. */
  ranking: RankEntry[]
  winnerId: number | null
  /** Options sharing first place when there are two or more; otherwise empty. */
  tiedIds: number[]
}

// ── Sensitivity ─────────────────────────────────────────────────────────────────────────────────

export type CriterionSensitivity = {
  criterionId: number
  currentShare: number
  /** The winner stays winner while this criterion's share lies in [lo, hi]; the ends are tie points. */
  lo: number
  hi: number
  /** Who leads just below lo (null when lo is 0) and just above hi (null when hi is 1). */
  belowWinnerId: number | null
  aboveWinnerId: number | null
}

export type FlipDirection = 'rises' | 'falls'

/** The tie point of the nearest one-criterion change; past it `newWinnerId` leads outright. */
export type WeightFlip = {
  criterionId: number
  fromShare: number
  toShare: number
  newWinnerId: number
  direction: FlipDirection
}

export type SensitivityReason = 'no-options' | 'no-weights' | 'tie'

export type SensitivityResult = {
  criteria: CriterionSensitivity[]
  smallestFlip: WeightFlip | null
  sentence: string
  reason?: SensitivityReason
}

// ── Proposals from numeric claims ───────────────────────────────────────────────────────────────

/** The fields of a claim the proposal math reads; the domain `Claim` fits this shape. */
export type ScoringClaim = {
  id: number
  sourceId: number
  optionIds: readonly number[]
  valueMin: number | null
  valueMax: number | null
  unit: string | null
  /** What the figure measures when sources report several ("throughput with database query"). */
  metric?: string | null
  status: string
}

export type ProposalCriterion = {
  id: number
  direction: CriterionDirection
  /** Preferred unit; without one the most common unit among the claims is used. */
  unit?: string | null
}

export type ProposalInput = {
  criterion: ProposalCriterion
  scale: ScoreScale
  options: readonly MatrixOption[]
  /** Claims about this criterion only; the caller filters by criterion. */
  claims: readonly ScoringClaim[]
}

export type ScoreProposal = {
  optionId: number
  score: number
  /** Mean of the claims' midpoints, in `unit`. */
  value: number
  explanation: string
  claimIds: number[]
  sourceIds: number[]
}

export type ProposalResult = {
  /** The comparable unit used (canonical when known), or null for unitless figures. */
  unit: string | null
  highest: { optionId: number; value: number } | null
  proposals: ScoreProposal[]
  /** Accepted numeric claims left out because their unit differs. */
  ignoredClaimIds: number[]
  /** Why there are no proposals, when there are none. */
  reason?: string
}

// ── Leave one source out ────────────────────────────────────────────────────────────────────────

export type CellOrigin = 'user' | 'proposed'

export type MatrixCell = { score: number | null; origin: CellOrigin }

export type LeaveOneOutInput = {
  scale: ScoreScale
  options: readonly MatrixOption[]
  criteria: readonly (MatrixCriterion & { unit?: string | null })[]
  /** Keyed by `scoreKey`; an absent key is a missing score the user never set. */
  cells: ReadonlyMap<string, MatrixCell>
  claims: readonly (ScoringClaim & { criterionId: number | null })[]
  sources: readonly { id: number; title: string }[]
}

export type SourceInfluence = {
  sourceId: number
  /** Winner without this source; null when the top is tied or no weights are set. */
  winnerId: number | null
  changesWinner: boolean
  /** Proposed cells whose score changes (including becoming missing). */
  changedCells: number
}

export type LeaveOneOutResult = {
  baselineWinnerId: number | null
  sources: SourceInfluence[]
  sentence: string
}
