/** `.arbiter` project files: the inputs and results the contract speaks of. */
import { z } from 'zod'

export const nameClashChoices = ['replace', 'keep-both', 'cancel'] as const
export type NameClashChoice = (typeof nameClashChoices)[number]

export const projectFilePath = z
  .string({ error: 'File must be a path' })
  .min(1, { error: 'Choose a file' })
  .max(4000, { error: 'File path is too long' })
  .refine((path) => !path.includes('\0'), { error: 'File path is not valid' })

export type ProjectFileCounts = {
  sources: number
  claims: number
  options: number
  criteria: number
  scores: number
  presets: number
  decisions: number
}

export type ProjectFileSummary = {
  projectName: string
  schemaVersion: number
  counts: ProjectFileCounts
  /** A live project already has this name (case-insensitive): ask before importing. */
  nameClash: boolean
}

export type ProjectFileExport = { filePath: string; bytes: number }
