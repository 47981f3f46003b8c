/**
 * Nygard's format exactly as adr-tools writes it, so `adr link`, `adr generate toc` and friends
 * keep working on files Arbiter wrote. What adr-tools has no place for goes where a reader
 * expects it: drivers under Context, options and their pros and cons under Decision, people as
 * lines like the `Date:` line.
 */
import type { DecisionRecord, DecisionStatus } from '../domain/decision'
import { finishDocument } from './footnotes'
import { isConsequenceSubsection, nygardHeadings as h, nygardPeopleLabels, sortedLinks, type RenderContext } from './layout'
import { linkLine } from './link-lines'
import { oneLine, section, titleLine } from './markdown'
import { renderMatrix } from './matrix'

function capitalised(status: DecisionStatus): string {
  return status[0].toUpperCase() + status.slice(1)
}

/**
 * adr-tools removes the status word of a superseded record and leaves the "Superceded by" line
 * in its place; every other record keeps its word with the link lines below it.
 */
function statusBlocks(record: DecisionRecord, ctx: RenderContext): string[] {
  const links = sortedLinks(record.links)
  const replaced = record.status === 'superseded' && links.some((link) => link.kind === 'superseded-by')
  return [...(replaced ? [] : [capitalised(record.status)]), ...links.map((link) => linkLine(link, 'nygard', ctx))]
}

function metadataLines(record: DecisionRecord): string[] {
  const lines: string[] = []
  const date = oneLine(record.date ?? '')
  if (date) lines.push(`Date: ${date}`)
  const people: [string, string[]][] = [
    [nygardPeopleLabels.decisionMakers, record.decisionMakers],
    [nygardPeopleLabels.consulted, record.consulted],
    [nygardPeopleLabels.informed, record.informed],
    [nygardPeopleLabels.tags, record.tags],
  ]
  for (const [label, values] of people) {
    const kept = values.map(oneLine).filter((value) => value !== '')
    if (kept.length > 0) lines.push(`${label}: ${kept.join(', ')}`)
  }
  return lines
}

export function renderNygard(record: DecisionRecord, ctx: RenderContext): string {
  const s = record.sections
  const subsections = s.extra.filter((extra) => isConsequenceSubsection(extra.heading))
  const others = s.extra.filter((extra) => !isConsequenceSubsection(extra.heading))
  return finishDocument(
    [
      `# ${record.number}. ${titleLine(record.title)}`,
      ...metadataLines(record),
      h.status,
      ...statusBlocks(record, ctx),
      ...section(h.context, s.context, true),
      ...section(h.drivers, s.drivers),
      ...section(h.decision, s.outcome, true),
      ...section(h.confirmation, s.confirmation),
      ...section(h.consideredOptions, s.consideredOptions),
      ...section(h.prosAndCons, s.prosAndCons),
      record.snapshot ? renderMatrix(record.snapshot, '### Decision matrix') : '',
      ...section(h.consequences, s.consequences, true),
      ...subsections.flatMap((extra) => section(`### ${oneLine(extra.heading)}`, extra.body, true)),
      ...section(h.moreInformation, s.moreInformation),
      ...others.flatMap((extra) => section(`## ${oneLine(extra.heading)}`, extra.body, true)),
    ],
    record.citations,
  )
}
