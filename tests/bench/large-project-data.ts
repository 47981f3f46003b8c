/**
 * Generates one large project straight into the tables (kysely, big transactions): 1,000
 * sources of ~5 KB generated prose, 100,000 claims quoting them, 2,000 decisions, scores with
 * cited claims. Seeded, so every run builds the same data.
 */
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../main/db/schema'

export const SIZES = { sources: 1_000, claimsPerSource: 100, decisions: 2_000 }
export const OPTIONS = ['Django', 'FastAPI', 'Express', 'Fastify', 'Spring Boot', 'Rails']
/** Share of claims that disagree with the rest of their cell: their pairs with every other claim there are conflicts. */
export const DISSENT_RATE = 0.005
export const OUTLIER_RATE = 0.002
export const CRITERIA = ['Throughput', 'Latency', 'Learning curve', 'Ecosystem', 'Hiring', 'Hosting cost', 'Security', 'Documentation', 'Type safety', 'Operations']

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rand = random(20260312)
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]

const technical = `request response latency throughput cache queue worker thread pool connection database index query
  schema migration deploy container cluster replica shard partition benchmark profile memory allocation garbage collector
  runtime compiler interpreter async await callback promise event loop middleware router handler template serializer
  validation authentication authorization token session cookie header payload json protocol socket stream buffer backpressure
  timeout retry circuit breaker observability tracing metrics logging alerting dashboard incident rollback release pipeline
  library framework plugin extension community maintainer documentation tutorial onboarding hiring salary contractor budget
  license vendor support upgrade deprecation compatibility regression security vulnerability patch audit compliance encryption`
  .split(/\s+/).filter(Boolean)
const common = `the a of to and in is for that with on as by it at from this be are was can more than when which their
  our most teams developers services under load small large often usually rarely much faster slower better worse simple
  complex mature young stable popular widely used measured reported observed across between during after before while`
  .split(/\s+/).filter(Boolean)
const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'qua', 'zin', 'pel', 'dru', 'sha', 'no', 'fi', 'gar', 'bel', 'tu', 'xo', 'ri', 'mon', 'sel']
/** ~3,000 made-up words, so the index has a long tail of rare terms like real prose. */
export const rareWords = Array.from({ length: 3_000 }, (_, i) => {
  let word = ''
  for (let n = i + 7, parts = 2 + (i % 3); parts > 0; parts--, n = Math.floor(n / syllables.length) + i) word += syllables[n % syllables.length]
  return word
})

function sentence(): string {
  const words: string[] = []
  const length = 8 + Math.floor(rand() * 14)
  for (let i = 0; i < length; i++) {
    const r = rand()
    words.push(r < 0.45 ? pick(common) : r < 0.8 ? pick(technical) : r < 0.9 ? pick(rareWords) : pick(OPTIONS))
  }
  if (rand() < 0.3) words.push(`${Math.floor(rand() * 20_000)} req/s`)
  else if (rand() < 0.2) words.push(`${Math.floor(rand() * 300)} ms`)
  const text = words.join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

/** A ~5 KB article as paragraphs of sentences, with each sentence's offsets for quoting. */
function article(): { text: string; sentences: [number, number][] } {
  let text = ''
  const sentences: [number, number][] = []
  while (text.length < 5_000) {
    const s = sentence()
    if (text.length > 0) text += rand() < 0.15 ? '\n\n' : ' '
    sentences.push([text.length, text.length + s.length])
    text += s
  }
  return { text, sentences }
}

async function insertChunked<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: object[], size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute()
  }
}

export async function generateLargeProject(db: Kysely<Database>, projectId: number): Promise<void> {
  const at = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString()
  const optionIds: number[] = []
  const criterionIds: number[] = []
  await db.transaction().execute(async (trx) => {
    for (const [position, name] of OPTIONS.entries()) {
      optionIds.push((await trx.insertInto('options').values({ project_id: projectId, name, position, deleted_at: null }).returning('id').executeTakeFirstOrThrow()).id)
    }
    for (const [position, name] of CRITERIA.entries()) {
      const keywords = JSON.stringify([name.toLowerCase(), pick(technical), pick(technical)])
      const row = await trx.insertInto('criteria').values({ project_id: projectId, name, position, keywords, unit: null, deleted_at: null }).returning('id').executeTakeFirstOrThrow()
      criterionIds.push(row.id)
    }
  })

  // Each option × criterion has a value and a verdict most sources share.
  const cells = new Map<string, { value: number; consensus: 'supports' | 'against'; dissent: 'supports' | 'against' }>()
  const cellOf = (optionId: number, criterionId: number | null) => {
    const key = `${optionId}:${criterionId}`
    if (!cells.has(key)) {
      const consensus = rand() < 0.6 ? 'supports' as const : 'against' as const
      cells.set(key, { value: 1_000 + Math.floor(rand() * 15_000), consensus, dissent: consensus === 'supports' ? 'against' : 'supports' })
    }
    return cells.get(key)!
  }
  let claimId = (await db.selectFrom('claims').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst())?.max ?? 0
  const firstClaim = claimId + 1
  // 100 sources per transaction: ~500 KB of text and 10,000 claims each.
  for (let batch = 0; batch < SIZES.sources / 100; batch++) {
    await db.transaction().execute(async (trx) => {
      const sources = []
      const texts = Array.from({ length: 100 }, () => article())
      for (const [i, { text }] of texts.entries()) {
        const n = batch * 100 + i
        sources.push({
          project_id: projectId, title: `${pick(OPTIONS)} ${pick(technical)} report ${n + 1}`, author: `Author ${n % 97}`, publisher: `Publisher ${n % 31}`,
          url: `https://example.com/articles/${n + 1}`, published_date: at(n % 700).slice(0, 10), accessed_date: null, original_file_name: null,
          full_text: text, content_hash: createHash('sha256').update(text).digest('hex'), created_at: at(n % 700), deleted_at: null,
        })
      }
      const ids = await trx.insertInto('sources').values(sources).returning('id').execute()
      const claims = []
      const links = []
      for (const [i, { text, sentences }] of texts.entries()) {
        for (let k = 0; k < SIZES.claimsPerSource; k++) {
          const [start, end] = sentences[k % sentences.length]
          const first = pick(optionIds)
          const criterion = rand() < 0.9 ? pick(criterionIds) : null
          const cell = cellOf(first, criterion)
          const figure = rand() < 0.3
          // Sources mostly agree: figures cluster around the cell's value and overlap, a few are far off.
          const low = cell.value * (rand() < OUTLIER_RATE ? 3 : 0.8 + rand() * 0.2)
          const r = rand()
          claims.push({
            id: ++claimId, project_id: projectId, source_id: ids[i].id, criterion_id: criterion,
            quote: text.slice(start, end), start_offset: start, end_offset: end,
            polarity: rand() < 0.7 ? 'neutral' as const : rand() < DISSENT_RATE ? cell.dissent : cell.consensus,
            status: r < 0.7 ? 'accepted' as const : r < 0.9 ? 'suggested' as const : 'dismissed' as const,
            value_min: figure ? Math.round(low) : null, value_max: figure ? Math.round(low + cell.value * 0.3) : null, unit: figure ? 'req/s' : null,
            metric: null, note: rand() < 0.1 ? `Checked against ${pick(technical)} numbers` : '', deleted_at: null,
          })
          links.push({ claim_id: claimId, option_id: first })
          // A claim naming two options is a neutral comparison without a figure (polarity and figures are per option).
          if (!figure && claims.at(-1)!.polarity === 'neutral' && rand() < 0.2) {
            const second = pick(optionIds)
            if (second !== first) links.push({ claim_id: claimId, option_id: second })
          }
        }
      }
      await insertChunked(trx, 'claims', claims)
      await insertChunked(trx, 'claim_options', links)
    })
  }

  await db.transaction().execute(async (trx) => {
    const scores = []
    const cited = []
    for (const option_id of optionIds) {
      for (const criterion_id of criterionIds) {
        scores.push({ project_id: projectId, option_id, criterion_id, value: Math.round(rand() * 10), rationale: `Based on ${pick(technical)} results` })
        for (let k = 0; k < 5; k++) cited.push({ option_id, criterion_id, claim_id: firstClaim + Math.floor(rand() * (claimId - firstClaim)) })
      }
    }
    await insertChunked(trx, 'scores', scores)
    await trx.insertInto('score_claims').values(cited).onConflict((oc) => oc.doNothing()).execute()

    const decisions = Array.from({ length: SIZES.decisions }, (_, i) => {
      const chosen = pick(optionIds)
      const body = () => Array.from({ length: 3 }, () => sentence()).join(' ')
      const sections = { context: body(), drivers: body(), consideredOptions: OPTIONS.join(', '), outcome: body(), consequences: body(), confirmation: '', prosAndCons: body(), moreInformation: '', extra: [] }
      return {
        project_id: projectId, number: i + 1, title: `Use ${OPTIONS[optionIds.indexOf(chosen)]} for the ${pick(technical)} ${pick(technical)}`,
        status: pick(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const), decision_date: at(i % 700).slice(0, 10),
        chosen_option_id: chosen, chosen_option_name: OPTIONS[optionIds.indexOf(chosen)], sections: JSON.stringify(sections),
        snapshot: null, imported_format: null, accepted_at: null, deleted_at: null,
      }
    })
    await insertChunked(trx, 'decisions', decisions)
    await trx.updateTable('projects').set({ next_decision_number: SIZES.decisions + 1 }).where('id', '=', projectId).execute()
  })
}

/** 200 searches people would type: common and rare words, option names, pairs, phrases and prefixes. */
export function searchQueries(count = 200): string[] {
  const makers = [
    () => pick(technical),
    () => pick(rareWords),
    () => pick(OPTIONS),
    () => `${pick(OPTIONS)} ${pick(technical)}`,
    () => `${pick(technical)} ${pick(technical)}`,
    () => `"${pick(common)} ${pick(technical)}"`,
    () => `${pick(technical).slice(0, 4)}`,
    () => `${pick(CRITERIA)} ${pick(rareWords)}`,
  ]
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]())
}
