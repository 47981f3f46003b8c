/**
 * Architecture decision records as Arbiter keeps them. Section bodies are Markdown written by the
 * user (or drafted from the comparison), so an imported ADR keeps its wording and exports back
 * to the same text.
 */
export const decisionStatuses = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const
export type DecisionStatus = (typeof decisionStatuses)[number]

export const adrDialects = ['madr', 'nygard', 'log4brains'] as const
export type AdrDialect = (typeof adrDialects)[number]

/** Markdown bodies of the MADR 4 sections (Nygard uses context, outcome as "Decision", consequences). */
export type DecisionSections = {
  context: string
  drivers: string
  consideredOptions: string
  outcome: string
  consequences: string
  confirmation: string
  prosAndCons: string
  moreInformation: string
  /** Sections Arbiter has no field for, kept in order so nothing of an imported file is lost. */
  extra: { heading: string; body: string }[]
}

export const emptySections = (): DecisionSections => ({
  context: '', drivers: '', consideredOptions: '', outcome: '', consequences: '', confirmation: '', prosAndCons: '', moreInformation: '', extra: [],
})

export type DecisionLinkKind = 'supersedes' | 'superseded-by' | 'amends' | 'amended-by' | 'relates'
export type DecisionLink = { kind: DecisionLinkKind; number: number; title: string }

/** A claim as a decision cites it: enough to write a footnote without the database. */
export type Citation = {
  claimId: number
  quote: string
  isParaphrase: boolean
  sourceTitle: string
  author: string | null
  publisher: string | null
  publishedDate: string | null
  url: string | null
  start: number | null
  end: number | null
}

/** The comparison as it stood when the decision was accepted; later edits never change it. */
export type ComparisonSnapshot = {
  takenAt: string
  scale: { min: number; max: number }
  options: { id: number; name: string; total: number | null; rank: number | null }[]
  criteria: { id: number; name: string; direction: 'benefit' | 'cost'; weight: number; share: number | null }[]
  scores: { optionId: number; criterionId: number; value: number | null }[]
  winnerId: number | null
  claimIds: number[]
  sensitivity: string
  leaveOneSourceOut: string
}

export type DecisionRecord = {
  number: number
  title: string
  status: DecisionStatus
  /** yyyy-mm-dd: when the decision was last updated (MADR "date", Nygard "Date:"). */
  date: string | null
  decisionMakers: string[]
  consulted: string[]
  informed: string[]
  tags: string[]
  links: DecisionLink[]
  sections: DecisionSections
  citations: Citation[]
  snapshot: ComparisonSnapshot | null
}

export type DecisionSummary = {
  id: number
  projectId: number
  number: number
  title: string
  status: DecisionStatus
  date: string | null
  chosenOptionName: string | null
  supersededBy: number | null
  importedFormat: AdrDialect | null
  /** Accepted decisions only: the comparison no longer matches the frozen snapshot. */
  comparisonChanged: boolean
  updatedAt: string
}

export type Decision = DecisionSummary &
  DecisionRecord & {
    chosenOptionId: number | null
    createdAt: string
    acceptedAt: string | null
    /** Why the comparison differs from the snapshot, in words (empty when it does not). */
    changeReasons: string[]
  }

/** Which status may follow which: proposed → accepted | rejected → deprecated | superseded. */
export const statusTransitions: Record<DecisionStatus, readonly DecisionStatus[]> = {
  proposed: ['accepted', 'rejected'],
  accepted: ['deprecated', 'superseded'],
  rejected: ['proposed'],
  deprecated: ['accepted'],
  superseded: [],
}

export type ConflictChoice = 'overwrite' | 'keep' | 'alongside'

export type ExportReport = {
  folder: string
  dialect: AdrDialect
  written: string[]
  unchanged: string[]
  kept: string[]
  alongside: string[]
  /** Files changed on disk since the last export (or never written by Arbiter): nothing was written; choose for each. */
  conflicts: { fileName: string; reason: string }[]
}

export type ImportReport = {
  imported: { fileName: string; number: number; title: string }[]
  skipped: { fileName: string; reason: string }[]
  /** Files whose number was taken by another file in the folder (parallel branches) or had none (log4brains). */
  renumbered: { fileName: string; from: number | null; to: number }[]
}

export type ExportSettings = { folder: string | null; dialect: AdrDialect }
