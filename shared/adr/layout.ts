/**
 * The words each ADR dialect uses — headings, link phrases, status words. The writer and the
 * importer both read them from here so a record written by Arbiter always reads back the same.
 */
import type { DecisionLink, DecisionLinkKind, DecisionStatus } from '../domain/decision'

export type LinkTarget = { title: string; fileName: string }

/** How the writer finds the title and file of a linked record; null when it is not known. */
export type RenderContext = { linkTarget(number: number): LinkTarget | null }

export const noLinkTargets: RenderContext = { linkTarget: () => null }

/** MADR and log4brains spell links the usual way; adr-tools writes "Supercedes" and parses it. */
const linkPhrases: Record<DecisionLinkKind, { standard: string; adrTools: string }> = {
  'superseded-by': { standard: 'Superseded by', adrTools: 'Superceded by' },
  supersedes: { standard: 'Supersedes', adrTools: 'Supercedes' },
  amends: { standard: 'Amends', adrTools: 'Amends' },
  'amended-by': { standard: 'Amended by', adrTools: 'Amended by' },
  relates: { standard: 'Relates to', adrTools: 'Relates to' },
}

/** The order links are written in: what replaced this record first, then what it replaced. */
export const linkKindOrder: readonly DecisionLinkKind[] = ['superseded-by', 'supersedes', 'amends', 'amended-by', 'relates']

export function linkPhrase(kind: DecisionLinkKind, adrTools: boolean): string {
  return adrTools ? linkPhrases[kind].adrTools : linkPhrases[kind].standard
}

/** Reads a link phrase in either spelling; unknown phrases are not links. */
export function linkKindOf(phrase: string): DecisionLinkKind | null {
  const words = phrase.trim().toLowerCase().replace(/\s+/g, ' ')
  for (const kind of linkKindOrder) {
    const { standard, adrTools } = linkPhrases[kind]
    if (words === standard.toLowerCase() || words === adrTools.toLowerCase()) return kind
  }
  return words === 'related to' ? 'relates' : null
}

/** Links are a set: written sorted and without repeats so the same record always reads the same. */
export function sortedLinks(links: readonly DecisionLink[]): DecisionLink[] {
  const seen = new Set<string>()
  return [...links]
    .sort((a, b) => linkKindOrder.indexOf(a.kind) - linkKindOrder.indexOf(b.kind) || a.number - b.number)
    .filter((link) => {
      const key = `${link.kind}:${link.number}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** Reads a status word from any of the dialects; "draft" is log4brains' name for proposed. */
export function statusOf(text: string): DecisionStatus | null {
  const word = text.trim().toLowerCase().split(/[\s:,.(]+/)[0] ?? ''
  if (word === 'superceded' || word === 'superseded') return 'superseded'
  if (word === 'draft') return 'proposed'
  if (word === 'proposed' || word === 'accepted' || word === 'rejected' || word === 'deprecated') return word
  return null
}

/**
 * Consequence subsections from MADR 2 and log4brains. They are kept as extra sections with these
 * headings and written back as `###` under the decision, where those formats have them.
 */
export function isConsequenceSubsection(heading: string): boolean {
  return /^(positive|negative) consequences$/i.test(heading.trim())
}

export const madrHeadings = {
  context: '## Context and Problem Statement',
  drivers: '## Decision Drivers',
  consideredOptions: '## Considered Options',
  outcome: '## Decision Outcome',
  consequences: '### Consequences',
  confirmation: '### Confirmation',
  prosAndCons: '## Pros and Cons of the Options',
  moreInformation: '## More Information',
  log4brainsLinks: '## Links',
  matrix: '### Decision matrix',
} as const

export const nygardHeadings = {
  status: '## Status',
  context: '## Context',
  drivers: '### Decision Drivers',
  decision: '## Decision',
  confirmation: '### Confirmation',
  consideredOptions: '### Considered Options',
  prosAndCons: '### Pros and Cons of the Options',
  consequences: '## Consequences',
  moreInformation: '## More Information',
} as const

/** Metadata lines adr-tools has no field for; written like its `Date:` line so nothing is lost. */
export const nygardPeopleLabels = { decisionMakers: 'Decision-makers', consulted: 'Consulted', informed: 'Informed', tags: 'Tags' } as const
