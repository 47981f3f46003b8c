/**
 * Claims: exact quotes (with character offsets into their source) or paraphrases, tagged with
 * options, a criterion, a polarity and an optional figure. Suggested claims wait for the user
 * to accept or dismiss them.
 */
import type { Kysely, Transaction } from 'kysely'
import type { Claim, ClaimStatus } from '../../shared/domain/evidence'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import type { Handlers } from './handlers'
import { assertInProject, assertLiveProject, projectOf, restoreDeleted, softDelete } from './records'
import { nowIso } from './sqlite-errors'

export const QUOTE_MAX = 3000

type Db = Kysely<Database> | Transaction<Database>
type ClaimFilter = {
  projectId: number
  sourceId?: number
  status?: ClaimStatus
  ids?: number[]
  /** null: claims about no live option. */
  optionId?: number | null
  /** null: claims on no criterion. */
  criterionId?: number | null
}

const liveOptionLinks = (db: Db) =>
  db.selectFrom('claim_options as lo').innerJoin('options as oo', 'oo.id', 'lo.option_id').select('lo.claim_id').where('oo.deleted_at', 'is', null)

/** The live claims the filter names; both queries below read through it, so tags are loaded only for those claims. */
const filteredClaims = (db: Db, filter: ClaimFilter) =>
  db
    .selectFrom('claims as c')
    .innerJoin('sources as s', 's.id', 'c.source_id')
    .where('c.project_id', '=', filter.projectId)
    .where('c.deleted_at', 'is', null)
    .where('s.deleted_at', 'is', null)
    .$if(filter.sourceId !== undefined, (q) => q.where('c.source_id', '=', filter.sourceId!))
    .$if(filter.status !== undefined, (q) => q.where('c.status', '=', filter.status!))
    .$if(filter.ids !== undefined, (q) => q.where('c.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(filter.criterionId !== undefined, (q) => q.where('c.criterion_id', filter.criterionId === null ? 'is' : '=', filter.criterionId!))
    .$if(filter.optionId === null, (q) => q.where('c.id', 'not in', liveOptionLinks(db)))
    .$if(filter.optionId != null, (q) =>
      q.where('c.id', 'in', (eb) => eb.selectFrom('claim_options').select('claim_id').where('option_id', '=', filter.optionId!)))

/** Claims as the UI shows them: with their source's citation and their option ids. */
export async function loadClaims(db: Db, filter: ClaimFilter): Promise<Claim[]> {
  const rows = await filteredClaims(db, filter)
    .selectAll('c')
    .select(['s.title as source_title', 's.published_date', 's.publisher', 's.author', 's.sells_related_services'])
    .orderBy('c.source_id')
    .orderBy((eb) => eb.fn.coalesce('c.start_offset', eb.val(0)))
    .orderBy('c.id')
    .execute()
  const links = await db
    .selectFrom('claim_options as co')
    .innerJoin('options as o', 'o.id', 'co.option_id')
    .select(['co.claim_id', 'co.option_id'])
    .where('co.claim_id', 'in', filteredClaims(db, filter).select('c.id'))
    .where('o.deleted_at', 'is', null)
    .orderBy('o.position')
    .execute()
  const optionsByClaim = new Map<number, number[]>()
  for (const { claim_id, option_id } of links) optionsByClaim.set(claim_id, [...(optionsByClaim.get(claim_id) ?? []), option_id])
  return rows.map((row) => ({
    id: row.id,
    projectId: row.project_id,
    sourceId: row.source_id,
    sourceTitle: row.source_title,
    sourceDate: row.published_date,
    sourcePublisher: row.publisher,
    sourceAuthor: row.author,
    sourceSellsRelatedServices: row.sells_related_services === 1,
    quote: row.quote,
    isParaphrase: row.is_paraphrase === 1,
    start: row.start_offset,
    end: row.end_offset,
    optionIds: optionsByClaim.get(row.id) ?? [],
    criterionId: row.criterion_id,
    polarity: row.polarity,
    valueMin: row.value_min,
    valueMax: row.value_max,
    unit: row.unit,
    metric: row.metric,
    note: row.note,
    status: row.status,
    createdAt: row.created_at,
  }))
}

export async function setClaimOptions(db: Db, claimId: number, optionIds: readonly number[]): Promise<void> {
  await db.deleteFrom('claim_options').where('claim_id', '=', claimId).execute()
  const unique = [...new Set(optionIds)]
  if (unique.length) await db.insertInto('claim_options').values(unique.map((option_id) => ({ claim_id: claimId, option_id }))).execute()
}

/** A single figure may be given as just a minimum or just a maximum: store both ends. */
export function figureColumns(figure: { valueMin: number | null; valueMax: number | null; unit: string | null }) {
  const min = figure.valueMin ?? figure.valueMax
  const max = figure.valueMax ?? figure.valueMin
  return { value_min: min, value_max: max, unit: min === null ? null : figure.unit }
}

export function createClaimService(db: Kysely<Database>) {
  const liveOptionIds = (projectId: number) =>
    db.selectFrom('options').select('id').where('project_id', '=', projectId).where('deleted_at', 'is', null)
  const one = async (id: number) => {
    const projectId = await projectOf(db, 'claims', id)
    const [claim] = await loadClaims(db, { projectId, ids: [id] })
    if (!claim) throw new ArbiterError('NOT_FOUND', 'That claim no longer exists.')
    return claim
  }
  const setStatus = async (id: number, status: ClaimStatus) => {
    await projectOf(db, 'claims', id)
    await db.updateTable('claims').set({ status, updated_at: nowIso() }).where('id', '=', id).execute()
    return one(id)
  }

  return {
    get: ({ id }) => one(id),
    list: ({ projectId, sourceId, status, optionId, criterionId }) => loadClaims(db, { projectId, sourceId, status, optionId, criterionId }),

    async groups({ projectId, status }) {
      await assertLiveProject(db, projectId)
      const rows = await filteredClaims(db, { projectId, status })
        .leftJoin('claim_options as co', (join) => join.onRef('co.claim_id', '=', 'c.id').on('co.option_id', 'in', liveOptionIds(projectId)))
        .select(['co.option_id as optionId', 'c.criterion_id as criterionId'])
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .groupBy(['co.option_id', 'c.criterion_id'])
        .execute()
      return rows.map((row) => ({ optionId: row.optionId, criterionId: row.criterionId, count: Number(row.count) }))
    },

    async create({ sourceId, start, end, optionIds, criterionId, polarity, note, figure }) {
      const source = await db.selectFrom('sources').select(['project_id', 'full_text']).where('id', '=', sourceId)
        .where('deleted_at', 'is', null).executeTakeFirst()
      if (!source) throw new ArbiterError('NOT_FOUND', 'That source no longer exists.')
      if (end <= start || end > source.full_text.length) {
        throw new ArbiterError('VALIDATION', 'The selected passage is outside the source text; select it again.')
      }
      const quote = source.full_text.slice(start, end)
      if (!quote.trim()) throw new ArbiterError('VALIDATION', 'Select some text to quote, not only spaces.')
      if (quote.length > QUOTE_MAX) throw new ArbiterError('VALIDATION', `A quote can be at most ${QUOTE_MAX} characters; select a shorter passage.`)
      await assertInProject(db, 'options', source.project_id, optionIds)
      if (criterionId !== null) await assertInProject(db, 'criteria', source.project_id, [criterionId])
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx.insertInto('claims').values({
          project_id: source.project_id, source_id: sourceId, quote, start_offset: start, end_offset: end,
          criterion_id: criterionId, polarity, note, ...figureColumns(figure),
        }).returning('id').executeTakeFirstOrThrow()
        await setClaimOptions(trx, row.id, optionIds)
        return row.id
      })
      return one(id)
    },

    async update({ id, optionIds, criterionId, polarity, note, figure }) {
      const projectId = await projectOf(db, 'claims', id)
      if (optionIds) await assertInProject(db, 'options', projectId, optionIds)
      if (criterionId) await assertInProject(db, 'criteria', projectId, [criterionId])
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('claims').set({
          ...(criterionId !== undefined && { criterion_id: criterionId }),
          ...(polarity !== undefined && { polarity }),
          ...(note !== undefined && { note }),
          ...(figure !== undefined && figureColumns(figure)),
          updated_at: nowIso(),
        }).where('id', '=', id).execute()
        if (optionIds) await setClaimOptions(trx, id, optionIds)
      })
      return one(id)
    },

    accept: ({ id }) => setStatus(id, 'accepted'),
    dismiss: ({ id }) => setStatus(id, 'dismissed'),
    reopen: ({ id }) => setStatus(id, 'suggested'),

    async remove({ id }) {
      const claim = await one(id)
      await softDelete(db, 'claims', id)
      return { id, name: claim.quote.slice(0, 60) }
    },
    async restore({ id }) {
      await restoreDeleted(db, 'claims', id)
      return one(id)
    },
  } satisfies Handlers['claims']
}
