/**
 * Sources: imported articles, benchmarks and notes, stored offline as plain text with a content
 * hash. Import stores the source and its suggested claims in one transaction; the text never
 * changes afterwards (claims point into it by offset), only its metadata does.
 */
import type { Kysely, Selectable } from 'kysely'
import type { SourceSummary } from '../../shared/domain/evidence'
import { ArbiterError } from '../../shared/errors'
import { suggestClaims } from '../../shared/extraction/suggest'
import type { Database, SourcesTable } from '../db/schema'
import { setClaimOptions } from './claims'
import type { Handlers } from './handlers'
import { contentHash } from './import/content-hash'
import { decodeSourceFile, normaliseSourceText, type DecodedSource } from './import/decode-source-file'
import { assertLiveProject, parseList, projectOf, restoreDeleted, softDelete } from './records'
import { nowIso } from './sqlite-errors'

type SourceRow = Omit<Selectable<SourcesTable>, 'full_text'> & { character_count: number; claim_count?: number | null; suggestion_count?: number | null }

// Every column but the text itself: a list of a thousand sources must not read five megabytes.
const summaryColumns = [
  's.id', 's.project_id', 's.kind', 's.title', 's.author', 's.publisher', 's.url', 's.published_date', 's.accessed_date',
  's.original_format', 's.original_file_name', 's.content_hash', 's.reliability_note', 's.sells_related_services',
  's.created_at', 's.updated_at', 's.deleted_at',
] as const

const toSummary = (row: SourceRow): SourceSummary => ({
  id: row.id,
  projectId: row.project_id,
  kind: row.kind,
  title: row.title,
  author: row.author,
  publisher: row.publisher,
  url: row.url,
  publishedDate: row.published_date,
  accessedDate: row.accessed_date,
  reliabilityNote: row.reliability_note,
  sellsRelatedServices: row.sells_related_services === 1,
  originalFormat: row.original_format,
  originalFileName: row.original_file_name,
  contentHash: row.content_hash,
  characterCount: Number(row.character_count),
  claimCount: Number(row.claim_count ?? 0),
  suggestionCount: Number(row.suggestion_count ?? 0),
  createdAt: row.created_at,
})

const today = () => new Date().toISOString().slice(0, 10)

export function createSourceService(db: Kysely<Database>) {
  const summaries = (projectId: number, id?: number) =>
    db
      .selectFrom('sources as s')
      .select(summaryColumns)
      .select((eb) => [
        eb.fn<number>('length', ['s.full_text']).as('character_count'),
        eb.selectFrom('claims as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.source_id', '=', 's.id')
          .where('c.deleted_at', 'is', null).where('c.status', '=', 'accepted').as('claim_count'),
        eb.selectFrom('claims as c').select(eb.fn.countAll<number>().as('n')).whereRef('c.source_id', '=', 's.id')
          .where('c.deleted_at', 'is', null).where('c.status', '=', 'suggested').as('suggestion_count'),
      ])
      .where('s.project_id', '=', projectId)
      .where('s.deleted_at', 'is', null)
      .$if(id !== undefined, (q) => q.where('s.id', '=', id!))
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id', 'desc')
      .execute()

  const summary = async (id: number) => {
    const projectId = await projectOf(db, 'sources', id)
    const [row] = await summaries(projectId, id)
    return toSummary(row)
  }

  async function store(projectId: number, decoded: DecodedSource, label: string, fileName: string | null) {
    await assertLiveProject(db, projectId)
    const hash = contentHash(decoded.text)
    const twin = await db.selectFrom('sources').select(['title', 'created_at']).where('project_id', '=', projectId)
      .where('content_hash', '=', hash).where('deleted_at', 'is', null).executeTakeFirst()
    if (twin) {
      throw new ArbiterError('CONFLICT', `${label} has the same text as “${twin.title}”, imported on ${twin.created_at.slice(0, 10)}; it was not imported again.`)
    }
    const [options, criteria] = await Promise.all([
      db.selectFrom('options').select(['id', 'name', 'aliases']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute(),
      db.selectFrom('criteria').select(['id', 'name', 'keywords']).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute(),
    ])
    const suggestions = suggestClaims(
      decoded.text,
      options.map((o) => ({ id: o.id, name: o.name, aliases: parseList(o.aliases) })),
      criteria.map((c) => ({ id: c.id, name: c.name, keywords: parseList(c.keywords) })),
    )
    const { metadata } = decoded
    const sourceId = await db.transaction().execute(async (trx) => {
      const { id } = await trx.insertInto('sources').values({
        project_id: projectId,
        title: metadata.title ?? fileName ?? 'Untitled source',
        author: metadata.author, publisher: metadata.publisher, url: metadata.url,
        published_date: metadata.publishedDate, accessed_date: today(),
        original_format: decoded.format, original_file_name: fileName,
        full_text: decoded.text, content_hash: hash,
      }).returning('id').executeTakeFirstOrThrow()
      for (const s of suggestions) {
        const claim = await trx.insertInto('claims').values({
          project_id: projectId, source_id: id, quote: s.quote, start_offset: s.start, end_offset: s.end,
          criterion_id: s.criterionId, polarity: s.polarity, value_min: s.valueMin, value_max: s.valueMax,
          unit: s.valueMin === null ? null : s.unit, status: 'suggested',
        }).returning('id').executeTakeFirstOrThrow()
        await setClaimOptions(trx, claim.id, s.optionIds)
      }
      return id
    })
    return { source: await summary(sourceId), suggestionCount: suggestions.length }
  }

  return {
    async list({ projectId }) {
      await assertLiveProject(db, projectId)
      return (await summaries(projectId)).map(toSummary)
    },
    async get({ id }) {
      const source = await summary(id)
      const { full_text } = await db.selectFrom('sources').select('full_text').where('id', '=', id).executeTakeFirstOrThrow()
      return { ...source, text: full_text }
    },
    importFile: ({ projectId, fileName, dataBase64 }) =>
      store(projectId, decodeSourceFile(fileName, Buffer.from(dataBase64, 'base64')), `“${fileName}”`, fileName),
    async importText({ projectId, title, text, format }) {
      const normalised = normaliseSourceText(text)
      if (!normalised) throw new ArbiterError('VALIDATION', 'The pasted text is empty.')
      const decoded: DecodedSource = { format, text: normalised, metadata: { title, author: null, publisher: null, url: null, publishedDate: null } }
      return store(projectId, decoded, 'The pasted text', null)
    },
    async update({ id, ...changes }) {
      await projectOf(db, 'sources', id)
      await db.updateTable('sources').set({
        ...(changes.kind !== undefined && { kind: changes.kind }),
        ...(changes.title !== undefined && { title: changes.title }),
        ...(changes.author !== undefined && { author: changes.author }),
        ...(changes.publisher !== undefined && { publisher: changes.publisher }),
        ...(changes.url !== undefined && { url: changes.url }),
        ...(changes.publishedDate !== undefined && { published_date: changes.publishedDate }),
        ...(changes.accessedDate !== undefined && { accessed_date: changes.accessedDate }),
        ...(changes.reliabilityNote !== undefined && { reliability_note: changes.reliabilityNote }),
        ...(changes.sellsRelatedServices !== undefined && { sells_related_services: changes.sellsRelatedServices ? 1 : 0 }),
        updated_at: nowIso(),
      }).where('id', '=', id).execute()
      return summary(id)
    },
    async remove({ id }) {
      const { title } = await summary(id)
      await softDelete(db, 'sources', id)
      return { id, name: title }
    },
    async restore({ id }) {
      await restoreDeleted(db, 'sources', id)
      return summary(id)
    },
  } satisfies Handlers['sources']
}
