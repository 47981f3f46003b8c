/**
 * MADR 4 as Arbiter writes it: front matter, the template's headings in template order, links to
 * other records as the first lines of "More Information", the decision matrix at its end, and
 * footnotes last.
 */
import type { DecisionRecord } from '../domain/decision'
import { adrNumberPrefix } from './file-names'
import { finishDocument } from './footnotes'
import { isConsequenceSubsection, madrHeadings as h, sortedLinks, type RenderContext } from './layout'
import { linkLine } from './link-lines'
import { joinBlocks, normaliseBody, oneLine, section, titleLine, yamlFlowList } from './markdown'
import { renderMatrix } from './matrix'

/** `superseded by ADR-0012` names the lowest-numbered record that replaced this one. */
function madrStatus(record: DecisionRecord): string {
  if (record.status !== 'superseded') return record.status
  const by = sortedLinks(record.links).find((link) => link.kind === 'superseded-by')
  return by ? `superseded by ADR-${adrNumberPrefix(by.number)}` : 'superseded'
}

function frontMatter(record: DecisionRecord): string {
  const lines = [`status: ${JSON.stringify(madrStatus(record))}`]
  const date = oneLine(record.date ?? '')
  if (date) lines.push(`date: ${/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : JSON.stringify(date)}`)
  const lists: [string, string[]][] = [
    ['decision-makers', record.decisionMakers],
    ['consulted', record.consulted],
    ['informed', record.informed],
    // Not a MADR key, but harmless to MADR tools and it keeps tags from being lost.
    ['tags', record.tags],
  ]
  for (const [key, values] of lists) {
    const kept = values.map(oneLine).filter((value) => value !== '')
    if (kept.length > 0) lines.push(`${key}: ${yamlFlowList(kept)}`)
  }
  return ['---', ...lines, '---'].join('\n')
}

function moreInformation(record: DecisionRecord, ctx: RenderContext): string[] {
  const links = sortedLinks(record.links).map((link) => linkLine(link, 'madr', ctx)).join('\n')
  const matrix = record.snapshot ? renderMatrix(record.snapshot, h.matrix) : ''
  const body = joinBlocks([links, normaliseBody(record.sections.moreInformation), matrix])
  return body ? [h.moreInformation, body] : []
}

export function renderMadr(record: DecisionRecord, ctx: RenderContext): string {
  const s = record.sections
  const subsections = s.extra.filter((extra) => isConsequenceSubsection(extra.heading))
  const others = s.extra.filter((extra) => !isConsequenceSubsection(extra.heading))
  return finishDocument(
    [
      frontMatter(record),
      `# ${titleLine(record.title)}`,
      ...section(h.context, s.context, true),
      ...section(h.drivers, s.drivers),
      ...section(h.consideredOptions, s.consideredOptions, true),
      ...section(h.outcome, s.outcome, true),
      ...section(h.consequences, s.consequences),
      ...subsections.flatMap((extra) => section(`### ${oneLine(extra.heading)}`, extra.body, true)),
      ...section(h.confirmation, s.confirmation),
      ...section(h.prosAndCons, s.prosAndCons),
      ...moreInformation(record, ctx),
      ...others.flatMap((extra) => section(`## ${oneLine(extra.heading)}`, extra.body, true)),
    ],
    record.citations,
  )
}
