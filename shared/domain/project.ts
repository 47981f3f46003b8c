import { z } from 'zod'

export const PROJECT_NAME_MAX = 120
export const DESCRIPTION_MAX = 4000

export const projectId = z.number({ error: 'Project id must be a number' }).int().positive()

export const projectName = z
  .string({ error: 'Project name must be text' })
  .max(PROJECT_NAME_MAX * 4, { error: `Project name can be at most ${PROJECT_NAME_MAX} characters` })
  .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Project name can't be empty" })
      .max(PROJECT_NAME_MAX, { error: `Project name can be at most ${PROJECT_NAME_MAX} characters` }),
  )

export const projectDescription = z
  .string({ error: 'Description must be text' })
  .max(DESCRIPTION_MAX, { error: `Description can be at most ${DESCRIPTION_MAX} characters` })

export type Project = {
  id: number
  name: string
  description: string
  isSample: boolean
  createdAt: string
  updatedAt: string
}

export type ProjectSummary = Project & {
  sourceCount: number
  optionCount: number
  decisionCount: number
}

export type DeletedProject = { id: number; name: string; deletedAt: string }
