/** The decision math of the Compare view: totals, weight sensitivity, proposed scores and source influence. */
export { cleanScore, computeTotals, normaliseWeights, rankTotals, rawWeight, TIE_EPSILON, utility } from './totals'
export { flipSentence, formatShares, weightSensitivity } from './sensitivity'
export { claimMidpoint, proposeScores, unitKey } from './proposals'
export { leaveOneSourceOut, rankSourceRemovals, sourceRemovals, type SourceRemoval } from './leave-one-out'
export {
  defaultScale,
  scoreKey,
  type CellOrigin,
  type Contribution,
  type CriterionSensitivity,
  type FlipDirection,
  type LeaveOneOutInput,
  type LeaveOneOutResult,
  type MatrixCell,
  type MatrixCriterion,
  type MatrixInput,
  type MatrixOption,
  type OptionTotal,
  type ProposalCriterion,
  type ProposalInput,
  type ProposalResult,
  type RankEntry,
  type ScoreMap,
  type ScoreProposal,
  type ScoreScale,
  type ScoringClaim,
  type SensitivityReason,
  type SensitivityResult,
  type SourceInfluence,
  type TotalsResult,
  type WeightFlip,
} from './types'
