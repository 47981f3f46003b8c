/** Row types of the store, as kysely sees them (see migrations/ for the DDL). */
import type { ColumnType, Generated } from 'kysely'

/** Filled by SQL defaults on insert; may be set on update. */
type Timestamp = ColumnType<string, string | undefined, string>
type Defaulted<T> = ColumnType<T, T | undefined, T>

export type ProjectsTable = {
  id: Generated<number>
  name: string
  description: Defaulted<string>
  scale_min: Defaulted<number>
  scale_max: Defaulted<number>
  next_decision_number: Defaulted<number>
  settings: Defaulted<string>
  is_sample: Defaulted<number>
  created_at: Timestamp
  updated_at: Timestamp
  deleted_at: string | null
}

export type SourcesTable = {
  id: Generated<number>
  project_id: number
  kind: Defaulted<'article' | 'benchmark' | 'note' | 'documentation' | 'other'>
  title: string
  author: string | null
  publisher: string | null
  url: string | null
  published_date: string | null
  accessed_date: string | null
  original_format: Defaulted<'text' | 'markdown' | 'html'>
  original_file_name: string | null
  full_text: string
  content_hash: string
  reliability_note: Defaulted<string>
  sells_related_services: Defaulted<number>
  created_at: Timestamp
  updated_at: Timestamp
  deleted_at: string | null
}

export type OptionsTable = {
  id: Generated<number>
  project_id: number
  name: string
  aliases: Defaulted<string>
  description: Defaulted<string>
  position: Defaulted<number>
  created_at: Timestamp
  updated_at: Timestamp
  deleted_at: string | null
}

export type CriteriaTable = {
  id: Generated<number>
  project_id: number
  name: string
  description: Defaulted<string>
  direction: Defaulted<'benefit' | 'cost'>
  weight: Defaulted<number>
  weight_locked: Defaulted<number>
  keywords: Defaulted<string>
  unit: string | null
  position: Defaulted<number>
  created_at: Timestamp
  updated_at: Timestamp
  deleted_at: string | null
}

export type ClaimsTable = {
  id: Generated<number>
  project_id: number
  source_id: number
  criterion_id: number | null
  quote: string
  is_paraphrase: Defaulted<number>
  start_offset: number | null
  end_offset: number | null
  polarity: Defaulted<'supports' | 'against' | 'neutral'>
  value_min: number | null
  value_max: number | null
  unit: string | null
  metric: string | null
  note: Defaulted<string>
  status: Defaulted<'suggested' | 'accepted' | 'dismissed'>
  created_at: Timestamp
  updated_at: Timestamp
  deleted_at: string | null
}

export type ClaimOptionsTable = { claim_id: number; option_id: number }

export type ClaimConflictsTable = {
  id: Generated<number>
  project_id: number
  claim_a_id: number
  claim_b_id: number
  preferred_claim_id: number | null
  note: Defaulted<string>
  updated_at: Timestamp
}

export type ScoresTable = {
  project_id: number
  option_id: number
  criterion_id: number
  value: number | null
  rationale: Defaulted<string>
  origin: Defaulted<'user' | 'proposed'>
  updated_at: Timestamp
}

export type ScoreClaimsTable = { option_id: number; criterion_id: number; claim_id: number }

export type WeightPresetsTable = {
  id: Generated<number>
  project_id: number
  name: string
  description: Defaulted<string>
  weights: Defaulted<string>
  is_builtin: Defaulted<number>
  created_at: Timestamp
}

export type DecisionStatus = 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded'

export type DecisionsTable = {
  id: Generated<number>
  project_id: number
  number: number
  title: string
  status: Defaulted<DecisionStatus>
  decision_date: string | null
  decision_makers: Defaulted<string>
  consulted: Defaulted<string>
  informed: Defaulted<string>
  tags: Defaulted<string>
  chosen_option_id: number | null
  chosen_option_name: string | null
  sections: Defaulted<string>
  snapshot: string | null
  imported_format: 'madr' | 'nygard' | 'log4brains' | null
  created_at: Timestamp
  updated_at: Timestamp
  accepted_at: string | null
  deleted_at: string | null
}

export type DecisionLinksTable = {
  from_decision_id: number
  to_decision_id: number
  kind: 'supersedes' | 'amends' | 'relates'
}

export type DecisionClaimsTable = { decision_id: number; claim_id: number }

export type ExportedFilesTable = {
  project_id: number
  folder: string
  file_name: string
  decision_id: number | null
  content_hash: string
  exported_at: Timestamp
}

export type SearchIndexTable = {
  rowid: number
  title: string
  body: string
  project_id: number
  /** U+E002 and the project id: lets a search name its project inside the FTS5 query (migration 0004). */
  scope: string
}

export type Database = {
  projects: ProjectsTable
  sources: SourcesTable
  options: OptionsTable
  criteria: CriteriaTable
  claims: ClaimsTable
  claim_options: ClaimOptionsTable
  claim_conflicts: ClaimConflictsTable
  scores: ScoresTable
  score_claims: ScoreClaimsTable
  weight_presets: WeightPresetsTable
  decisions: DecisionsTable
  decision_links: DecisionLinksTable
  decision_claims: DecisionClaimsTable
  exported_files: ExportedFilesTable
  search_index: SearchIndexTable
}
