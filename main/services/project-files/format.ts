/**
 * What a `.arbiter` project file is: an Arbiter database (same migrations) stamped with our
 * application id and holding one project. The table lists drive both export and import.
 */
import type { Database } from '../../db/schema'

/** `PRAGMA application_id` of every project file: "ARBT" in ASCII, so `file(1)`-style tools can tell it apart. */
export const PROJECT_FILE_APPLICATION_ID = 0x41524254

export const PROJECT_FILE_EXTENSION = '.arbiter'

/** Tables whose rows belong to one project and travel in a project file, parents before children. */
export const projectTables = [
  'projects',
  'sources',
  'options',
  'criteria',
  'claims',
  'claim_options',
  'claim_conflicts',
  'scores',
  'score_claims',
  'weight_presets',
  'decisions',
  'decision_links',
  'decision_claims',
] as const satisfies readonly (keyof Database)[]

export type ProjectTable = (typeof projectTables)[number]

/** Tables with `deleted_at`: their soft-deleted rows never leave the user's database. */
export const softDeleteTables = ['sources', 'options', 'criteria', 'claims', 'decisions'] as const satisfies readonly ProjectTable[]

export type { NameClashChoice, ProjectFileCounts, ProjectFileSummary } from '../../../shared/domain/project-file'
