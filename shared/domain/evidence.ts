/**
 * Evidence: sources, the claims quoted from them, and the options and criteria claims are about.
 * DTOs crossing the IPC boundary plus the zod rules for their fields.
 */
import { z } from 'zod'
import type { CriterionDirection } from './starter-criteria'

export const SHORT_TEXT_MAX = 200
export const NOTE_MAX = 4000
/** Larger files are almost never articles; refusing them keeps the window responsive. */
export const SOURCE_FILE_MAX_BYTES = 10 * 1024 * 1024
export const SOURCE_TEXT_MAX_CHARS = 5_000_000

export const recordId = z.number({ error: 'Id must be a number' }).int().positive()

const tidy = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim()

export const requiredName = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(SHORT_TEXT_MAX * 4, { error: `${what} can be at most ${SHORT_TEXT_MAX} characters` })
    .transform(tidy)
    .pipe(z.string().min(1, { error: `${what} can't be empty` }).max(SHORT_TEXT_MAX, { error: `${what} can be at most ${SHORT_TEXT_MAX} characters` }))

/** Optional short metadata: blank becomes null. */
export const optionalText = (what: string, max = SHORT_TEXT_MAX) =>
  z
    .string({ error: `${what} must be text` })
    .max(max, { error: `${what} can be at most ${max} characters` })
    .transform((value) => tidy(value) || null)
    .nullable()

export const note = z.string({ error: 'Note must be text' }).max(NOTE_MAX, { error: `Note can be at most ${NOTE_MAX} characters` })

/** A calendar date (yyyy-mm-dd) that really exists. */
export const isoDate = z
  .string({ error: 'Date must be text' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Date must look like 2025-03-31' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'Date does not exist',
  })
  .nullable()

export const webUrl = z
  .string({ error: 'URL must be text' })
  .max(2000, { error: 'URL can be at most 2000 characters' })
  .transform((value) => value.trim() || null)
  .pipe(z.url({ protocol: /^https?$/, error: 'URL must start with http:// or https://' }).nullable())
  .nullable()

export const sourceKinds = ['article', 'benchmark', 'note', 'documentation', 'other'] as const
export type SourceKind = (typeof sourceKinds)[number]
export const polarities = ['supports', 'against', 'neutral'] as const
export type Polarity = (typeof polarities)[number]
export const claimStatuses = ['suggested', 'accepted', 'dismissed'] as const
export type ClaimStatus = (typeof claimStatuses)[number]

export const aliasList = z
  .array(z.string().max(SHORT_TEXT_MAX, { error: `An alias can be at most ${SHORT_TEXT_MAX} characters` }), { error: 'Aliases must be a list' })
  .max(30, { error: 'At most 30 aliases' })
  .transform((list) => [...new Set(list.map(tidy).filter(Boolean))])

const finite = z.number({ error: 'Value must be a number' }).refine(Number.isFinite, { error: 'Value must be a finite number' })

/** A claim's number or range; min ≤ max; a unit only with a number. */
export const claimFigure = z
  .object({
    valueMin: finite.nullable(),
    valueMax: finite.nullable(),
    unit: optionalText('Unit', 40),
  })
  .refine((f) => f.valueMin === null || f.valueMax === null || f.valueMin <= f.valueMax, {
    error: 'The lower value must not exceed the upper value',
    path: ['valueMax'],
  })

export type Option = { id: number; projectId: number; name: string; aliases: string[]; description: string; position: number }

export type Criterion = {
  id: number
  projectId: number
  name: string
  description: string
  direction: CriterionDirection
  weight: number
  weightLocked: boolean
  keywords: string[]
  unit: string | null
  position: number
}

export type SourceMetadata = {
  kind: SourceKind
  title: string
  author: string | null
  publisher: string | null
  url: string | null
  publishedDate: string | null
  accessedDate: string | null
  reliabilityNote: string
  sellsRelatedServices: boolean
}

export type SourceSummary = SourceMetadata & {
  id: number
  projectId: number
  originalFormat: 'text' | 'markdown' | 'html'
  originalFileName: string | null
  contentHash: string
  /** Length of the text in characters (code points, as SQLite counts them). */
  characterCount: number
  claimCount: number
  suggestionCount: number
  createdAt: string
}

export type Source = SourceSummary & { text: string }

export type Claim = {
  id: number
  projectId: number
  sourceId: number
  sourceTitle: string
  sourceDate: string | null
  sourcePublisher: string | null
  sourceAuthor: string | null
  sourceSellsRelatedServices: boolean
  quote: string
  isParaphrase: boolean
  start: number | null
  end: number | null
  optionIds: number[]
  criterionId: number | null
  polarity: Polarity
  valueMin: number | null
  valueMax: number | null
  unit: string | null
  /** What the figure measures when a source reports several (e.g. "throughput with database query"). */
  metric: string | null
  note: string
  status: ClaimStatus
  createdAt: string
}

export type ImportResult = { source: SourceSummary; suggestionCount: number }

export type ConflictKind = 'numeric' | 'polarity'
export type Conflict = {
  kind: ConflictKind
  optionId: number
  criterionId: number
  claimA: Claim
  claimB: Claim
  explanation: string
  preferredClaimId: number | null
  note: string
}

/** The conflicts of one option × criterion, counted: `numeric` of its `pairs` are figures that disagree; `open` have no preferred claim yet. */
export type ConflictCellSummary = { optionId: number; criterionId: number; pairs: number; numeric: number; open: number }
/** Claims about one option × criterion (null: about no option, or on no criterion), counted. */
export type ClaimGroup = { optionId: number | null; criterionId: number | null; count: number }

/** The user's word on a pair of claims: which one to believe (null: no preference) and why. */
export type ConflictResolution = { claimAId: number; claimBId: number; preferredClaimId: number | null; note: string }
export type ConflictSummary = { pairs: number; open: number; cells: ConflictCellSummary[] }
