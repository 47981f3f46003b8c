/**
 * log4brains' layout: bullet metadata under the title, MADR 2 headings, `## Links` last. A
 * "Technical Story:" paragraph, which log4brains keeps above the first section, is stored as the
 * first paragraph of the context and written back above it.
 */
import type { DecisionRecord } from '../domain/decision'
import { finishDocument } from './footnotes'
import { isConsequenceSubsection, madrHeadings as h, sortedLinks, type RenderContext } from './layout'
import { linkLine, linkMarkdown } from './link-lines'
import { joinBlocks, normaliseBody, oneLine, section, titleLine } from './markdown'
import { renderMatrix } from './matrix'

function metadata(record: DecisionRecord, ctx: RenderContext): string {
  const supersededBy = record.status === 'superseded' ? sortedLinks(record.links).find((link) => link.kind === 'superseded-by') : undefined
  const status = supersededBy ? `superseded by ${linkMarkdown(supersededBy, 'log4brains', ctx)}` : record.status
  const lines = [`- Status: ${status}`]
  const lists: [string, string[]][] = [
    ['Deciders', record.decisionMakers],
    ['Consulted', record.consulted],
    ['Informed', record.informed],
  ]
  for (const [label, values] of lists) {
    const kept = values.map(oneLine).filter((value) => value !== '')
    if (kept.length > 0) lines.push(`- ${label}: ${kept.join(', ')}`)
  }
  const date = oneLine(record.date ?? '')
  if (date) lines.push(`- Date: ${date}`)
  const tags = record.tags.map(oneLine).filter((tag) => tag !== '')
  if (tags.length > 0) lines.push(`- Tags: ${tags.join(', ')}`)
  return lines.join('\n')
}

/** Splits a leading "Technical Story:" paragraph off the context. */
export function technicalStory(context: string): { story: string; rest: string } {
  const body = normaliseBody(context)
  if (!/^Technical Story:/i.test(body)) return { story: '', rest: body }
  const end = body.search(/\n[ \t]*\n/)
  return end < 0 ? { story: body, rest: '' } : { story: body.slice(0, end), rest: normaliseBody(body.slice(end)) }
}

export function renderLog4brains(record: DecisionRecord, ctx: RenderContext): string {
  const s = record.sections
  const { story, rest } = technicalStory(s.context)
  const subsections = s.extra.filter((extra) => isConsequenceSubsection(extra.heading))
  const others = s.extra.filter((extra) => !isConsequenceSubsection(extra.heading))
  // The status line already names the record that replaced this one.
  const inStatus = record.status === 'superseded' ? sortedLinks(record.links).find((link) => link.kind === 'superseded-by') : undefined
  const links = sortedLinks(record.links)
    .filter((link) => link !== inStatus)
    .map((link) => linkLine(link, 'log4brains', ctx))
    .join('\n')
  const matrix = record.snapshot ? renderMatrix(record.snapshot, h.matrix) : ''
  const linksBody = joinBlocks([links, normaliseBody(s.moreInformation)])
  return finishDocument(
    [
      `# ${titleLine(record.title)}`,
      metadata(record, ctx),
      story,
      ...section(h.context, rest, true),
      ...section(h.drivers, s.drivers),
      ...section(h.consideredOptions, s.consideredOptions, true),
      ...section(h.outcome, s.outcome, true),
      ...section(h.consequences, s.consequences),
      ...subsections.flatMap((extra) => section(`### ${oneLine(extra.heading)}`, extra.body, true)),
      ...section(h.confirmation, s.confirmation),
      ...section(h.prosAndCons, joinBlocks([normaliseBody(s.prosAndCons), matrix])),
      ...others.flatMap((extra) => section(`## ${oneLine(extra.heading)}`, extra.body, true)),
      ...section(h.log4brainsLinks, linksBody),
    ],
    record.citations,
  )
}
