/**
 * The input shapes the contract's methods share (ids, names, people, sections, paths…), kept
 * apart so `contract.ts` reads as the list of methods.
 */
import { z } from 'zod'
import { projectDescription, projectId } from './domain/project'
import {
  isoDate,
  note,
  optionalText,
  polarities,
  recordId,
  requiredName,
  SHORT_TEXT_MAX,
  SOURCE_FILE_MAX_BYTES,
  sourceKinds,
  webUrl,
} from './domain/evidence'

export const noInput = z.strictObject({}).optional()
export const byId = z.strictObject({ id: recordId })
export const byProject = z.strictObject({ projectId: projectId })

export const keywords = z
  .array(z.string().max(80, { error: 'A keyword can be at most 80 characters' }), { error: 'Keywords must be a list' })
  .max(100, { error: 'At most 100 keywords' })
export const criterionFields = {
  description: projectDescription.optional(),
  direction: z.enum(['benefit', 'cost'], { error: 'Direction must be "benefit" or "cost"' }).optional(),
  keywords: keywords.optional(),
  unit: optionalText('Unit', 40).optional(),
}
export const sourceMetadata = {
  kind: z.enum(sourceKinds, { error: `Kind must be one of: ${sourceKinds.join(', ')}` }),
  title: requiredName('Title'),
  author: optionalText('Author'),
  publisher: optionalText('Publisher'),
  url: webUrl,
  publishedDate: isoDate,
  accessedDate: isoDate,
  reliabilityNote: note,
  sellsRelatedServices: z.boolean({ error: 'Must be true or false' }),
}
export const claimTags = {
  optionIds: z.array(recordId, { error: 'Options must be a list of ids' }).max(50, { error: 'At most 50 options' }),
  criterionId: recordId.nullable(),
  polarity: z.enum(polarities, { error: 'Polarity must be supports, against or neutral' }),
  note,
}
export const weight = z
  .number({ error: 'Weight must be a number' })
  .refine(Number.isFinite, { error: 'Weight must be a finite number' })
  .pipe(z.number().min(0, { error: 'Weight must be between 0 and 100' }).max(100, { error: 'Weight must be between 0 and 100' }))
export const scoreInput = z.strictObject({
  optionId: recordId,
  criterionId: recordId,
  value: z.number({ error: 'Score must be a number' }).refine(Number.isFinite, { error: 'Score must be a finite number' }).nullable(),
  rationale: z.string().max(1000, { error: 'Rationale can be at most 1000 characters' }).optional(),
  origin: z.enum(['user', 'proposed']).optional(),
  claimIds: z.array(recordId).max(500).optional(),
})
export const people = z
  .array(z.string().max(SHORT_TEXT_MAX, { error: `A name can be at most ${SHORT_TEXT_MAX} characters` }), { error: 'Must be a list of names' })
  .max(100, { error: 'At most 100 names' })
  .transform((list) => [...new Set(list.map((name) => name.trim()).filter(Boolean))])
export const markdownBody = z.string({ error: 'Section text must be text' }).max(200_000, { error: 'A section can be at most 200,000 characters' })
export const decisionSections = z.strictObject({
  context: markdownBody,
  drivers: markdownBody,
  consideredOptions: markdownBody,
  outcome: markdownBody,
  consequences: markdownBody,
  confirmation: markdownBody,
  prosAndCons: markdownBody,
  moreInformation: markdownBody,
  extra: z.array(z.strictObject({ heading: z.string().max(SHORT_TEXT_MAX), body: markdownBody })).max(50),
})
export const folderPath = z
  .string({ error: 'Folder must be a path' })
  .min(1, { error: 'Choose a folder' })
  .max(4000, { error: 'Folder path is too long' })
  .refine((path) => !path.includes('\0'), { error: 'Folder path is not valid' })
export const projectFileBytes = z.string({ error: 'File content must be base64 text' }).max(700_000_000, { error: 'The project file is too large to import' })
// Base64 grows 4/3; a little slack so the size message comes from the service, which names the file.
export const base64File = z
  .string({ error: 'File content must be base64 text' })
  .max(Math.ceil((SOURCE_FILE_MAX_BYTES * 2 * 4) / 3), { error: 'The file is too large to import' })

