/**
 * Generates one comparison project for the Compare slider benchmark straight into the tables
 * (kysely, one transaction): options, criteria with weights, a score in every cell, sources and
 * accepted claims spread over options × criteria (some with figures and units, some that
 * disagree). Seeded, so every run builds the same data.
 */
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../../main/db/schema'
import { random } from './large-project-data'


export type CompareProjectSize = { options: number; criteria: number; sources: number; claims: number }

export type GeneratedProject = {
  optionIds: number[]
  criterionIds: number[]
  /** The criterion whose slider the benchmark drives: heavy and spread between extremes, so it moves the totals. */
  heavyCriterionId: number
  heavyRow: number
  heavyStartWeight: number
  weightSum: number
  proposedCells: number
}

const OPTION_NAMES = ['Django', 'FastAPI', 'Express', 'Fastify', 'Spring Boot', 'Rails', 'Laravel', 'ASP.NET Core', 'Phoenix', 'Gin', 'Actix Web', 'NestJS']
const CRITERION_STEMS = ['Throughput', 'Latency', 'Learning curve', 'Ecosystem', 'Hiring', 'Hosting cost', 'Security', 'Documentation', 'Type safety', 'Operations',
  'Memory use', 'Startup time', 'Licence cost', 'Community', 'Testing', 'Observability', 'Upgrades', 'Tooling', 'Async support', 'ORM quality']
/** Units for criteria that carry figures; the heavy criterion is a benefit on req/s. */
const UNITS = [
  { unit: 'req/s', metric: 'throughput', direction: 'benefit' as const, scale: 20_000 },
  { unit: 'ms', metric: 'p99 latency', direction: 'cost' as const, scale: 300 },
  { unit: 'MB', metric: 'memory', direction: 'cost' as const, scale: 800 },
  { unit: 'USD', metric: 'monthly cost', direction: 'cost' as const, scale: 5_000 },
]
const WORDS = `the a of to and in is for that with on as by it at from this be are can more than when which their teams developers services
  under load small large often usually faster slower better worse simple mature stable popular measured reported observed request response
  latency throughput cache queue worker thread pool connection database index query schema migration deploy container cluster benchmark
  memory runtime compiler async middleware router handler template validation authentication token session payload json protocol stream`
  .split(/\s+/).filter(Boolean)

async function insertChunked<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: object[], size = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute()
}

export async function generateCompareProject(db: Kysely<Database>, projectId: number, size: CompareProjectSize, seed = 20260415): Promise<GeneratedProject> {
  const rand = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]
  const heavyRow = 1
  const heavyStartWeight = 50

  return db.transaction().execute(async (trx) => {
    const options = OPTION_NAMES.slice(0, size.options).map((name, position) => ({ project_id: projectId, name, position, description: `${name} web framework`, deleted_at: null }))
    const optionIds = (await trx.insertInto('options').values(options).returning('id').execute()).map((r) => r.id)

    // Weights 1–100 skewed towards light ones (a few heavy criteria, many minor ones), as real weightings tend to be.
    const criteria = Array.from({ length: size.criteria }, (_, k) => {
      const stem = CRITERION_STEMS[k % CRITERION_STEMS.length]
      const name = k < CRITERION_STEMS.length ? stem : `${stem} ${Math.floor(k / CRITERION_STEMS.length) + 1}`
      const measured = k === heavyRow ? UNITS[0] : k % 3 === 0 ? UNITS[(k / 3) % UNITS.length] : null
      const direction = measured?.direction ?? (rand() < 0.3 ? 'cost' as const : 'benefit' as const)
      const weight = k === heavyRow ? heavyStartWeight : 1 + Math.floor(99 * rand() ** 2.5)
      return {
        project_id: projectId, name, position: k, direction, weight, unit: measured?.unit ?? null, deleted_at: null,
        description: `${name}: how the option does on ${stem.toLowerCase()}`, keywords: JSON.stringify([stem.toLowerCase()]),
      }
    })
    const criterionIds: number[] = []
    for (let i = 0; i < criteria.length; i += 200) {
      criterionIds.push(...(await trx.insertInto('criteria').values(criteria.slice(i, i + 200)).returning('id').execute()).map((r) => r.id))
    }
    const measuredOf = (k: number) => (criteria[k].unit === null ? null : UNITS.find((u) => u.unit === criteria[k].unit)!)

    // Sources: ~3 KB of prose each; claims quote whole sentences by offset.
    const articles = Array.from({ length: size.sources }, (_, n) => {
      let text = ''
      const sentences: [number, number][] = []
      while (text.length < 3_000) {
        const words = Array.from({ length: 8 + Math.floor(rand() * 14) }, () => (rand() < 0.1 ? pick(OPTION_NAMES) : pick(WORDS)))
        const s = `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase())
        if (text) text += rand() < 0.15 ? '\n\n' : ' '
        sentences.push([text.length, text.length + s.length])
        text += s
      }
      return { n, text, sentences }
    })
    const sourceRows = articles.map(({ n, text }) => ({
      project_id: projectId, kind: n % 5 === 0 ? 'benchmark' as const : 'article' as const, title: `${pick(OPTION_NAMES)} ${pick(WORDS)} review ${n + 1}`,
      author: `Author ${n % 17}`, publisher: `Publisher ${n % 7}`, url: `https://example.com/reviews/${n + 1}`, published_date: `2025-0${1 + (n % 9)}-1${n % 10}`,
      accessed_date: null, original_file_name: null, full_text: text, content_hash: createHash('sha256').update(text).digest('hex'), deleted_at: null,
    }))
    const sourceIds = (await trx.insertInto('sources').values(sourceRows).returning('id').execute()).map((r) => r.id)

    // Each option has a "true" figure per measured criterion; claims scatter ±15% around it, a few are outliers (numeric conflicts).
    const truth = optionIds.map(() => criteria.map(() => 0.2 + 0.8 * rand()))
    let claimId = (await trx.selectFrom('claims').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst())?.max ?? 0
    const firstClaim = claimId + 1
    const claims = []
    const links = []
    const byCell = new Map<string, number[]>()
    for (let i = 0; i < size.claims; i++) {
      const s = Math.floor(rand() * size.sources)
      const { text, sentences } = articles[s]
      const [start, end] = sentences[i % sentences.length]
      const k = Math.floor(rand() * size.criteria)
      const o = Math.floor(rand() * size.options)
      const measured = measuredOf(k)
      const figure = measured !== null && rand() < 0.6
      let low: number | null = null
      let high: number | null = null
      if (figure) {
        // Honest figures are ranges around the truth (they overlap); 4% are outliers far above it.
        const centre = measured.scale * truth[o][k] * (rand() < 0.04 ? 2.5 : 0.95 + 0.1 * rand())
        low = Math.round(centre * 0.85)
        high = Math.round(centre * 1.15)
      }
      const r = rand()
      const polarity = r < 0.8 ? 'supports' as const : r < 0.82 ? 'against' as const : 'neutral' as const
      claims.push({
        id: ++claimId, project_id: projectId, source_id: sourceIds[s], criterion_id: criterionIds[k], quote: text.slice(start, end),
        start_offset: start, end_offset: end, polarity, status: 'accepted' as const,
        value_min: low, value_max: high, unit: figure ? measured.unit : null, metric: figure && rand() < 0.5 ? measured.metric : null,
        note: rand() < 0.05 ? 'Checked against the vendor numbers' : '', deleted_at: null,
      })
      const optionsOfClaim = [o]
      if (rand() < 0.2) {
        const second = Math.floor(rand() * size.options)
        if (second !== o) optionsOfClaim.push(second)
      }
      for (const x of optionsOfClaim) {
        links.push({ claim_id: claimId, option_id: optionIds[x] })
        const key = `${x}:${k}`
        byCell.set(key, [...(byCell.get(key) ?? []), claimId])
      }
    }
    await insertChunked(trx, 'claims', claims, 300)
    await insertChunked(trx, 'claim_options', links, 1_000)

    // A score in every cell, 0–10 with one decimal. The heavy criterion alternates between the ends of the scale,
    // so each step of its slider moves every option's total; cells of measured criteria are "proposed" (from figures).
    const scores = []
    const cited = []
    let proposedCells = 0
    for (const [o, option_id] of optionIds.entries()) {
      for (const [k, criterion_id] of criterionIds.entries()) {
        const value = k === heavyRow ? (o % 2 === 0 ? 10 : Math.round(rand() * 15) / 10) : Math.round(rand() * 100) / 10
        const origin = measuredOf(k) !== null ? 'proposed' as const : 'user' as const
        if (origin === 'proposed') proposedCells++
        scores.push({ project_id: projectId, option_id, criterion_id, value, origin, rationale: `Based on ${pick(WORDS)} ${pick(WORDS)} results` })
        for (const claim_id of (byCell.get(`${o}:${k}`) ?? []).slice(0, 3)) cited.push({ option_id, criterion_id, claim_id })
      }
    }
    await insertChunked(trx, 'scores', scores, 1_000)
    await insertChunked(trx, 'score_claims', cited, 1_000)
    if (claimId - firstClaim + 1 !== size.claims) throw new Error('claim ids are not contiguous')

    return {
      optionIds, criterionIds, heavyCriterionId: criterionIds[heavyRow], heavyRow, heavyStartWeight,
      weightSum: criteria.reduce((sum, c) => sum + c.weight, 0), proposedCells,
    }
  })
}
