/**
 * Builds the sample project in one transaction: its four cited sources (stored as reader's
 * summaries), the four candidate frameworks, the starter criteria weighted by the sample's preset,
 * the paraphrased claims, and a score with rationale and cited claims for every option × criterion.
 */
import type { Kysely } from 'kysely'
import { starterCriteria } from '../../../shared/domain/starter-criteria'
import { builtinPresets } from '../../../shared/domain/weights'
import type { Database } from '../../db/schema'
import { setClaimOptions } from '../claims'
import { contentHash } from '../import/content-hash'
import { normaliseSourceText } from '../import/decode-source-file'
import { sampleProject, sampleScores } from './sample-content'

async function freeName(db: Kysely<Database>, base: string): Promise<string> {
  const taken = new Set(
    (await db.selectFrom('projects').select('name').where('deleted_at', 'is', null).execute()).map((p) => p.name.toLowerCase()),
  )
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`
  return name
}

/** Creates the sample project and returns its id. */
export async function seedSampleProject(db: Kysely<Database>): Promise<number> {
  const name = await freeName(db, sampleProject.name)
  const presetWeights = builtinPresets.find((preset) => preset.key === sampleScores.preset)!.weights
  return db.transaction().execute(async (trx) => {
    const { id: projectId } = await trx.insertInto('projects')
      .values({ name, description: sampleProject.description, is_sample: 1 })
      .returning('id').executeTakeFirstOrThrow()

    const optionIds = new Map<string, number>()
    for (const [position, option] of sampleProject.options.entries()) {
      const { id } = await trx.insertInto('options').values({
        project_id: projectId, name: option.name, aliases: JSON.stringify(option.aliases), description: option.description, position,
      }).returning('id').executeTakeFirstOrThrow()
      optionIds.set(option.name, id)
    }

    const criterionIds = new Map<string, number>()
    for (const [position, criterion] of starterCriteria.entries()) {
      const weight = presetWeights[criterion.name]
      const { id } = await trx.insertInto('criteria').values({
        project_id: projectId, name: criterion.name, description: criterion.description, direction: criterion.direction,
        keywords: JSON.stringify(criterion.keywords), unit: criterion.unit ?? null, position, ...(weight !== undefined && { weight }),
      }).returning('id').executeTakeFirstOrThrow()
      criterionIds.set(criterion.name, id)
    }

    const sourceIds = new Map<string, number>()
    for (const source of sampleProject.sources) {
      const text = normaliseSourceText(source.summary)
      const { id } = await trx.insertInto('sources').values({
        project_id: projectId, kind: source.kind, title: source.title, author: source.author, publisher: source.publisher,
        url: source.url, published_date: source.publishedDate, accessed_date: source.accessedDate,
        full_text: text, content_hash: contentHash(text), reliability_note: source.reliabilityNote,
        sells_related_services: source.sellsRelatedServices ? 1 : 0,
      }).returning('id').executeTakeFirstOrThrow()
      sourceIds.set(source.key, id)
    }

    const claimIds: number[] = []
    for (const claim of sampleProject.claims) {
      const { id } = await trx.insertInto('claims').values({
        project_id: projectId,
        source_id: sourceIds.get(claim.source)!,
        criterion_id: criterionIds.get(claim.criterion)!,
        quote: claim.paraphrase,
        is_paraphrase: 1,
        polarity: claim.polarity,
        value_min: claim.valueMin ?? claim.valueMax ?? null,
        value_max: claim.valueMax ?? claim.valueMin ?? null,
        unit: claim.unit ?? null,
        metric: claim.metric ?? null,
        note: claim.location ? `Where in the article: ${claim.location}` : '',
      }).returning('id').executeTakeFirstOrThrow()
      await setClaimOptions(trx, id, claim.options.map((option) => optionIds.get(option)!))
      claimIds.push(id)
    }

    for (const score of sampleScores.scores) {
      const cell = { option_id: optionIds.get(score.option)!, criterion_id: criterionIds.get(score.criterion)! }
      await trx.insertInto('scores')
        .values({ project_id: projectId, ...cell, value: score.value, rationale: score.rationale, origin: 'user' })
        .execute()
      if (score.claims.length) {
        await trx.insertInto('score_claims').values(score.claims.map((index) => ({ ...cell, claim_id: claimIds[index] }))).execute()
      }
    }
    return projectId
  })
}
