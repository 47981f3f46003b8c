/**
 * Content of the bundled sample project "Backend framework for a startup API", kept as data in
 * sample-project.json and checked against this schema when loaded.
 *
 * Four published comparison articles are cited, never reproduced: each source's stored text is a
 * reader's summary, and every claim restates one article point in fresh wording with its figure
 * (so claims are paraphrases, without offsets). Where the articles disagree, each figure is its
 * own claim.
 */
import { z } from 'zod'
import { starterCriteria } from '../../../shared/domain/starter-criteria'
import data from './sample-project.json'

const criterionNames = starterCriteria.map((criterion) => criterion.name)
const optionName = z.enum(['Django', 'FastAPI', 'Express', 'Fastify'])

const sampleSource = z.strictObject({
  key: z.string(),
  kind: z.literal('article'),
  title: z.string(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedDate: z.string().nullable(),
  accessedDate: z.string(),
  sellsRelatedServices: z.boolean(),
  reliabilityNote: z.string(),
  summary: z.string(),
})

const sampleClaim = z.strictObject({
  source: z.string(),
  options: z.array(optionName).min(1),
  criterion: z.string().refine((name) => criterionNames.includes(name), { error: 'unknown criterion' }),
  polarity: z.enum(['supports', 'against', 'neutral']),
  paraphrase: z.string(),
  valueMin: z.number().optional(),
  valueMax: z.number().optional(),
  unit: z.string().optional(),
  metric: z.string().optional(),
  location: z.string().optional(),
})

const sampleProjectSchema = z.strictObject({
  name: z.literal('Backend framework for a startup API'),
  description: z.string(),
  sources: z.array(sampleSource),
  options: z.array(z.strictObject({ name: optionName, aliases: z.array(z.string()), description: z.string() })),
  claims: z.array(sampleClaim),
})

export type SampleSource = z.infer<typeof sampleSource>
export type SampleClaim = z.infer<typeof sampleClaim>
export type SampleProject = z.infer<typeof sampleProjectSchema>

export const sampleProject: SampleProject = sampleProjectSchema.parse(data)
