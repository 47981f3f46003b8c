/**
 * Decision records: numbering that never reuses a number, drafting from the comparison, the
 * status lifecycle, superseding (both records linked), and freezing the comparison on acceptance.
 */
import type { Kysely, Transaction } from 'kysely'
import { draftDecision } from '../../shared/adr/draft'
import { takeSnapshot } from '../../shared/adr/snapshot'
import { emptySections, statusTransitions, type DecisionSections, type DecisionStatus } from '../../shared/domain/decision'
import { ArbiterError } from '../../shared/errors'
import type { Database } from '../db/schema'
import { loadComparisonState } from './comparison-state'
import { citationOf, referencedClaimIds, supersedingNumbers, toDecision, toSummary, type FrozenComparison } from './decision-records'
import type { Handlers } from './handlers'
import { assertInProject, assertLiveProject } from './records'
import { nowIso } from './sqlite-errors'

const today = () => new Date().toISOString().slice(0, 10)

export function createDecisionService(db: Kysely<Database>) {
  async function liveRow(id: number) {
    const row = await db.selectFrom('decisions').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
    if (!row) throw new ArbiterError('NOT_FOUND', 'That decision no longer exists.')
    return row
  }
  async function get(id: number) {
    const row = await liveRow(id)
    return toDecision(db, row, await loadComparisonState(db, row.project_id))
  }

  /** Cited claims follow the footnotes in the text; only this project's live claims count. */
  async function syncCitations(trx: Transaction<Database>, decisionId: number, projectId: number, sections: DecisionSections) {
    const ids = referencedClaimIds(sections)
    const valid = ids.length
      ? (await trx.selectFrom('claims').select('id').where('id', 'in', ids).where('project_id', '=', projectId).where('deleted_at', 'is', null).execute()).map((r) => r.id)
      : []
    await trx.deleteFrom('decision_claims').where('decision_id', '=', decisionId).execute()
    if (valid.length) await trx.insertInto('decision_claims').values(valid.map((claim_id) => ({ decision_id: decisionId, claim_id }))).execute()
  }

  /** Inserts a record with the project's next number (numbers are never reused, even after deletes). */
  async function insertDecision(projectId: number, title: string | undefined, fromComparison: boolean, supersedes?: number) {
    await assertLiveProject(db, projectId)
    const state = await loadComparisonState(db, projectId)
    const draft = fromComparison ? draftDecision(state, today()) : null
    const sections = draft?.sections ?? emptySections()
    const chosen = state.options.find((o) => o.id === draft?.chosenOptionId) ?? null
    return db.transaction().execute(async (trx) => {
      const { next_decision_number: number } = await trx.selectFrom('projects').select('next_decision_number').where('id', '=', projectId).executeTakeFirstOrThrow()
      await trx.updateTable('projects').set({ next_decision_number: number + 1, updated_at: nowIso() }).where('id', '=', projectId).execute()
      const { id } = await trx.insertInto('decisions').values({
        project_id: projectId, number, title: title ?? draft?.title ?? 'Untitled decision', decision_date: today(),
        chosen_option_id: chosen?.id ?? null, chosen_option_name: chosen?.name ?? null, sections: JSON.stringify(sections),
      }).returning('id').executeTakeFirstOrThrow()
      await syncCitations(trx, id, projectId, sections)
      if (supersedes !== undefined) {
        await trx.insertInto('decision_links').values({ from_decision_id: id, to_decision_id: supersedes, kind: 'supersedes' }).execute()
        await trx.updateTable('decisions').set({ status: 'superseded', decision_date: today(), updated_at: nowIso() }).where('id', '=', supersedes).execute()
      }
      return id
    })
  }

  async function changeStatus(id: number, status: DecisionStatus) {
    const row = await liveRow(id)
    if (status === row.status) return get(id)
    if (status === 'superseded') throw new ArbiterError('VALIDATION', 'To supersede a decision, use Supersede: it drafts the new record and links both.')
    if (!statusTransitions[row.status].includes(status)) {
      const allowed = statusTransitions[row.status]
      throw new ArbiterError('VALIDATION', `A ${row.status} decision can become ${allowed.length ? allowed.join(' or ') : 'nothing else'}, not ${status}.`)
    }
    let frozen: string | undefined
    // Accepting freezes the comparison (weights, scores, totals, cited claims) into the record.
    if (status === 'accepted' && !row.snapshot && !row.imported_format) {
      const state = await loadComparisonState(db, row.project_id)
      const sections = JSON.parse(row.sections) as DecisionSections
      const cited = referencedClaimIds({ ...emptySections(), ...sections })
      const claims = new Map(state.claims.map((c) => [c.id, c]))
      const sources = new Map(state.sources.map((s) => [s.id, s]))
      const value: FrozenComparison = {
        snapshot: takeSnapshot(state, nowIso(), cited),
        citations: cited.filter((cid) => claims.has(cid)).map((cid) => citationOf(claims.get(cid)!, sources.get(claims.get(cid)!.sourceId))),
      }
      frozen = JSON.stringify(value)
    }
    await db.updateTable('decisions').set({
      status, decision_date: today(), updated_at: nowIso(),
      ...(status === 'accepted' && { accepted_at: row.accepted_at ?? nowIso() }),
      ...(frozen !== undefined && { snapshot: frozen }),
    }).where('id', '=', id).execute()
    return get(id)
  }

  return {
    async list({ projectId, status, query }) {
      await assertLiveProject(db, projectId)
      const needle = query?.trim().toLowerCase()
      const rows = await db.selectFrom('decisions').selectAll().where('project_id', '=', projectId).where('deleted_at', 'is', null)
        .$if(status !== undefined, (q) => q.where('status', '=', status!))
        .orderBy('number').execute()
      // Summaries only say whether the comparison changed since acceptance: no claims needed.
      const state = await loadComparisonState(db, projectId, { evidence: false })
      const superseding = await supersedingNumbers(db, projectId)
      return rows
        .filter((r) => !needle || r.title.toLowerCase().includes(needle) || String(r.number) === needle.replace(/^0+/, '') || r.sections.toLowerCase().includes(needle))
        .map((r) => {
          const { changeReasons: _reasons, ...summary } = toSummary(r, state, superseding.get(r.id) ?? null)
          return summary
        })
    },
    get: ({ id }) => get(id),
    async create({ projectId, title, fromComparison }) {
      return get(await insertDecision(projectId, title, fromComparison))
    },
    async update({ id, title, date, decisionMakers, consulted, informed, tags, chosenOptionId, sections }) {
      const row = await liveRow(id)
      if (chosenOptionId) await assertInProject(db, 'options', row.project_id, [chosenOptionId])
      const chosen = chosenOptionId ? await db.selectFrom('options').select('name').where('id', '=', chosenOptionId).executeTakeFirst() : null
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('decisions').set({
          ...(title !== undefined && { title }),
          ...(date !== undefined && { decision_date: date }),
          ...(decisionMakers !== undefined && { decision_makers: JSON.stringify(decisionMakers) }),
          ...(consulted !== undefined && { consulted: JSON.stringify(consulted) }),
          ...(informed !== undefined && { informed: JSON.stringify(informed) }),
          ...(tags !== undefined && { tags: JSON.stringify(tags) }),
          ...(chosenOptionId !== undefined && { chosen_option_id: chosenOptionId, chosen_option_name: chosen?.name ?? null }),
          ...(sections !== undefined && { sections: JSON.stringify(sections) }),
          updated_at: nowIso(),
        }).where('id', '=', id).execute()
        if (sections) await syncCitations(trx, id, row.project_id, sections)
      })
      return get(id)
    },
    setStatus: ({ id, status }) => changeStatus(id, status),
    async supersede({ id }) {
      const row = await liveRow(id)
      if (row.status !== 'accepted' && row.status !== 'deprecated') {
        throw new ArbiterError('VALIDATION', `Only an accepted or deprecated decision can be superseded; this one is ${row.status}.`)
      }
      return get(await insertDecision(row.project_id, undefined, true, id))
    },
    async remove({ id }) {
      const row = await liveRow(id)
      await db.updateTable('decisions').set({ deleted_at: nowIso() }).where('id', '=', id).execute()
      return { id, name: `${row.number}. ${row.title}` }
    },
    async restore({ id }) {
      const result = await db.updateTable('decisions').set({ deleted_at: null, updated_at: nowIso() }).where('id', '=', id)
        .where('deleted_at', 'is not', null).executeTakeFirst()
      if (Number(result.numUpdatedRows) === 0) throw new ArbiterError('NOT_FOUND', 'That decision is not deleted, or no longer exists.')
      return get(id)
    },
  } satisfies DecisionHandlers
}

export type DecisionService = ReturnType<typeof createDecisionService>
export type DecisionHandlers = Omit<Handlers['decisions'], 'export' | 'importFolder' | 'exportSettings'>
