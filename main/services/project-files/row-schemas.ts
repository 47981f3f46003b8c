/**
 * What each row of a project file must look like before it may enter the user's database.
 * SQLite's column types are only affinities, so a crafted file can put anything anywhere: every
 * value is checked for type and range, and JSON columns must parse to the shape Arbiter writes.
 */
import { z } from 'zod'
import { SOURCE_TEXT_MAX_CHARS } from '../../../shared/domain/evidence'

const LONG_TEXT = 1_000_000
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)
const text = (max = 10_000) => z.string().max(max)
const nullableText = (max = 10_000) => text(max).nullable()
const flag = z.union([z.literal(0), z.literal(1)])
const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' })
const stamp = z.string().min(1).max(40)
const live = z.null({ error: 'must be empty (deleted rows are not exported)' })

/** A JSON text column whose parsed value must match `shape`; the text itself is kept. */
const json = (shape: z.ZodType, max = LONG_TEXT) =>
  z.string().max(max).refine((value) => {
    try {
      return shape.safeParse(JSON.parse(value)).success
    } catch {
      return false
    }
  }, { error: 'is not valid JSON of the expected shape' })
const stringList = z.array(z.string())
const jsonObject = z.record(z.string(), z.unknown())

export const rowSchemas = {
  projects: z.strictObject({
    id, name: text(120).min(1), description: text(), scale_min: finite, scale_max: finite, next_decision_number: z.number().int().min(0),
    settings: json(jsonObject), is_sample: flag, created_at: stamp, updated_at: stamp, deleted_at: live,
  }).refine((p) => p.scale_max > p.scale_min, { error: 'scale_max must be above scale_min' }),
  sources: z.strictObject({
    id, project_id: id, kind: z.enum(['article', 'benchmark', 'note', 'documentation', 'other']), title: text(1000).min(1),
    author: nullableText(), publisher: nullableText(), url: nullableText(), published_date: nullableText(40), accessed_date: nullableText(40),
    original_format: z.enum(['text', 'markdown', 'html']), original_file_name: nullableText(), full_text: text(SOURCE_TEXT_MAX_CHARS),
    content_hash: text(200), reliability_note: text(), sells_related_services: flag, created_at: stamp, updated_at: stamp, deleted_at: live,
  }),
  options: z.strictObject({
    id, project_id: id, name: text(1000).min(1), aliases: json(stringList), description: text(), position: z.number().int(),
    created_at: stamp, updated_at: stamp, deleted_at: live,
  }),
  criteria: z.strictObject({
    id, project_id: id, name: text(1000).min(1), description: text(), direction: z.enum(['benefit', 'cost']), weight: finite.pipe(z.number().min(0).max(100)),
    weight_locked: flag, keywords: json(stringList), unit: nullableText(), position: z.number().int(), created_at: stamp, updated_at: stamp, deleted_at: live,
  }),
  claims: z.strictObject({
    id, project_id: id, source_id: id, criterion_id: id.nullable(), quote: text(LONG_TEXT), is_paraphrase: flag,
    start_offset: z.number().int().min(0).nullable(), end_offset: z.number().int().min(0).nullable(),
    polarity: z.enum(['supports', 'against', 'neutral']), value_min: finite.nullable(), value_max: finite.nullable(), unit: nullableText(),
    metric: nullableText(), note: text(), status: z.enum(['suggested', 'accepted', 'dismissed']), created_at: stamp, updated_at: stamp, deleted_at: live,
  }).refine((c) => (c.start_offset === null) === (c.end_offset === null) && (c.start_offset === null || c.end_offset! >= c.start_offset), {
    error: 'start_offset and end_offset must both be set, in order, or both be empty',
  }).refine((c) => c.value_min === null || c.value_max === null || c.value_min <= c.value_max, { error: 'value_min must not exceed value_max' }),
  claim_options: z.strictObject({ claim_id: id, option_id: id }),
  claim_conflicts: z.strictObject({
    id, project_id: id, claim_a_id: id, claim_b_id: id, preferred_claim_id: id.nullable(), note: text(), updated_at: stamp,
  }).refine((c) => c.claim_a_id !== c.claim_b_id, { error: 'a conflict needs two different claims' }),
  scores: z.strictObject({
    project_id: id, option_id: id, criterion_id: id, value: finite.nullable(), rationale: text(), origin: z.enum(['user', 'proposed']), updated_at: stamp,
  }),
  score_claims: z.strictObject({ option_id: id, criterion_id: id, claim_id: id }),
  weight_presets: z.strictObject({
    id, project_id: id, name: text(1000).min(1), description: text(), weights: json(z.record(z.string(), z.number())), is_builtin: flag, created_at: stamp,
  }),
  decisions: z.strictObject({
    id, project_id: id, number: z.number().int().min(0), title: text(1000).min(1),
    status: z.enum(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']), decision_date: nullableText(40),
    decision_makers: json(stringList), consulted: json(stringList), informed: json(stringList), tags: json(stringList),
    chosen_option_id: id.nullable(), chosen_option_name: nullableText(), sections: json(jsonObject, 20 * LONG_TEXT),
    snapshot: json(jsonObject, 20 * LONG_TEXT).nullable(), imported_format: z.enum(['madr', 'nygard', 'log4brains']).nullable(),
    created_at: stamp, updated_at: stamp, accepted_at: stamp.nullable(), deleted_at: live,
  }),
  decision_links: z.strictObject({ from_decision_id: id, to_decision_id: id, kind: z.enum(['supersedes', 'amends', 'relates']) })
    .refine((l) => l.from_decision_id !== l.to_decision_id, { error: 'a decision cannot link to itself' }),
  decision_claims: z.strictObject({ decision_id: id, claim_id: id }),
}

export type RowSchemas = typeof rowSchemas
export type FileRows = { [T in keyof RowSchemas]: z.output<RowSchemas[T]>[] }
