/** Reading decisions: row → DTO with links, citations and whether the comparison moved since acceptance. */
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { ComparisonState } from '../../shared/adr/comparison'
import { comparisonChangedSince } from '../../shared/adr/snapshot'
import {
  emptySections,
  type Citation,
  type ComparisonSnapshot,
  type Decision,
  type DecisionLink,
  type DecisionSections,
  type DecisionSummary,
} from '../../shared/domain/decision'
import type { Claim } from '../../shared/domain/evidence'
import type { Database, DecisionsTable } from '../db/schema'
import { parseList } from './records'

type Db = Kysely<Database> | Transaction<Database>
export type DecisionRow = Selectable<DecisionsTable>
/** What `decisions.snapshot` holds once a decision is accepted: the comparison and the claims as cited then. */
export type FrozenComparison = { snapshot: ComparisonSnapshot; citations: Citation[] }

export const parseSections = (json: string): DecisionSections => ({ ...emptySections(), ...(JSON.parse(json) as Partial<DecisionSections>) })
export const parseFrozen = (json: string | null): FrozenComparison | null => (json ? (JSON.parse(json) as FrozenComparison) : null)

/** Claim ids referenced as footnotes (`[^c12]`) in the sections, in order of first use. */
export function referencedClaimIds(sections: DecisionSections): number[] {
  const text = [sections.context, sections.drivers, sections.consideredOptions, sections.outcome, sections.consequences,
    sections.confirmation, sections.prosAndCons, sections.moreInformation, ...sections.extra.map((e) => e.body)].join('\n')
  return [...new Set([...text.matchAll(/\[\^c(\d+)\]/g)].map((m) => Number(m[1])))]
}

export function citationOf(claim: Claim, source: { url: string | null } | undefined): Citation {
  return {
    claimId: claim.id, quote: claim.quote, isParaphrase: claim.isParaphrase, sourceTitle: claim.sourceTitle,
    author: claim.sourceAuthor, publisher: claim.sourcePublisher, publishedDate: claim.sourceDate, url: source?.url ?? null,
    start: claim.start, end: claim.end,
  }
}

async function linksOf(db: Db, id: number): Promise<DecisionLink[]> {
  const [outgoing, incoming] = await Promise.all([
    db.selectFrom('decision_links as l').innerJoin('decisions as d', 'd.id', 'l.to_decision_id')
      .select(['l.kind', 'd.number', 'd.title']).where('l.from_decision_id', '=', id).where('d.deleted_at', 'is', null).execute(),
    db.selectFrom('decision_links as l').innerJoin('decisions as d', 'd.id', 'l.from_decision_id')
      .select(['l.kind', 'd.number', 'd.title']).where('l.to_decision_id', '=', id).where('d.deleted_at', 'is', null).execute(),
  ])
  const reverse = { supersedes: 'superseded-by', amends: 'amended-by', relates: 'relates' } as const
  return [
    ...outgoing.map((l) => ({ kind: l.kind, number: l.number, title: l.title })),
    ...incoming.map((l) => ({ kind: reverse[l.kind], number: l.number, title: l.title })),
  ].sort((a, b) => a.number - b.number || a.kind.localeCompare(b.kind))
}

/** Frozen citations for accepted decisions; live ones for the rest (and for footnotes added later). */
function citationsOf(row: DecisionRow, state: ComparisonState): Citation[] {
  const frozen = parseFrozen(row.snapshot)?.citations ?? []
  const frozenIds = new Set(frozen.map((c) => c.claimId))
  const claims = new Map(state.claims.map((c) => [c.id, c]))
  const sources = new Map(state.sources.map((s) => [s.id, s]))
  const live = referencedClaimIds(parseSections(row.sections))
    .filter((id) => !frozenIds.has(id) && claims.has(id))
    .map((id) => citationOf(claims.get(id)!, sources.get(claims.get(id)!.sourceId)))
  return [...frozen, ...live]
}

export function toSummary(row: DecisionRow, state: ComparisonState, supersededBy: number | null): DecisionSummary & { changeReasons: string[] } {
  const frozen = parseFrozen(row.snapshot)
  const change = row.status === 'accepted' && frozen ? comparisonChangedSince(frozen.snapshot, state) : { changed: false, reasons: [] }
  return {
    id: row.id, projectId: row.project_id, number: row.number, title: row.title, status: row.status, date: row.decision_date,
    chosenOptionName: row.chosen_option_name, supersededBy, importedFormat: row.imported_format,
    comparisonChanged: change.changed, changeReasons: change.reasons, updatedAt: row.updated_at,
  }
}

export async function supersedingNumbers(db: Db, projectId: number): Promise<Map<number, number>> {
  const rows = await db.selectFrom('decision_links as l').innerJoin('decisions as d', 'd.id', 'l.from_decision_id')
    .select(['l.to_decision_id', 'd.number']).where('l.kind', '=', 'supersedes').where('d.project_id', '=', projectId)
    .where('d.deleted_at', 'is', null).execute()
  return new Map(rows.map((r) => [r.to_decision_id, r.number]))
}

export async function toDecision(db: Db, row: DecisionRow, state: ComparisonState): Promise<Decision> {
  const superseding = await supersedingNumbers(db, row.project_id)
  const summary = toSummary(row, state, superseding.get(row.id) ?? null)
  return {
    ...summary,
    decisionMakers: parseList(row.decision_makers),
    consulted: parseList(row.consulted),
    informed: parseList(row.informed),
    tags: parseList(row.tags),
    links: await linksOf(db, row.id),
    sections: parseSections(row.sections),
    citations: citationsOf(row, state),
    snapshot: parseFrozen(row.snapshot)?.snapshot ?? null,
    chosenOptionId: row.chosen_option_id,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
  }
}
