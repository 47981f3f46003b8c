/**
 * Content of the bundled sample project "Backend framework for a startup API", kept as data in
 * sample-project.json and checked against this schema when loaded.
 *
 * Four published comparison articles are cited, never reproduced: each source's stored text is a
 * reader's summary, and every claim restates one article point in fresh wording with its figure
 * (so claims are paraphrases, without offsets). Where the articles disagree, each figure is its
 * own claim.
 *
 * sample-scores.json scores every option on every criterion, citing the claims (by position in the
 * claims array) that back each score, and names the weight preset the sample starts with. A score
 * may cite only claims about its own option and criterion; a score citing none is a judgement the
 * articles do not cover, and its rationale says so.
 */
import { z } from 'zod'
import { starterCriteria } from '../../../shared/domain/starter-criteria'
import { builtinPresets } from '../../../shared/domain/weights'
import data from './sample-project.json' with { type: 'json' }
import scoresData from './sample-scores.json' with { type: 'json' }

const criterionNames = starterCriteria.map((criterion) => criterion.name)
const optionName = z.enum(['Django', 'FastAPI', 'Express', 'Fastify'])
const criterionName = z.string().refine((name) => criterionNames.includes(name), { error: 'unknown criterion' })

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
  criterion: criterionName,
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

const sampleScore = z.strictObject({
  option: optionName,
  criterion: criterionName,
  value: z.number().min(0).max(10),
  rationale: z.string().trim().min(1).max(110),
  claims: z.array(z.int().nonnegative()),
})

/** Checks the scores against the loaded project: one score per cell, and citations about that cell only. */
export const sampleScoresSchema = z.strictObject({
  preset: z.string().refine((key) => builtinPresets.some((p) => p.key === key), { error: 'unknown built-in preset' }),
  scores: z.array(sampleScore),
}).superRefine(({ scores }, ctx) => {
  const { claims } = sampleProject
  const seen = new Set<string>()
  for (const [i, score] of scores.entries()) {
    const cell = `${score.option} × ${score.criterion}`
    if (seen.has(cell)) ctx.addIssue({ code: 'custom', path: ['scores', i], message: `${cell} is scored more than once` })
    seen.add(cell)
    for (const [j, index] of score.claims.entries()) {
      const claim = claims[index]
      if (!claim) {
        ctx.addIssue({ code: 'custom', path: ['scores', i, 'claims', j], message: `${cell} cites claim #${index}, but there are only ${claims.length} claims` })
      } else if (!claim.options.includes(score.option) || claim.criterion !== score.criterion) {
        ctx.addIssue({
          code: 'custom', path: ['scores', i, 'claims', j],
          message: `${cell} cites claim #${index}, which is about ${claim.options.join(', ')} × ${claim.criterion}`,
        })
      }
    }
    if (new Set(score.claims).size !== score.claims.length) {
      ctx.addIssue({ code: 'custom', path: ['scores', i, 'claims'], message: `${cell} cites the same claim twice` })
    }
  }
})

export type SampleScore = z.infer<typeof sampleScore>
export type SampleScores = z.infer<typeof sampleScoresSchema>

export const sampleScores: SampleScores = sampleScoresSchema.parse(scoresData)
