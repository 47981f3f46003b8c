/** ADR writing: the three dialects, file names, footnotes, the decision matrix and the index. */
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { adrFileName, adrFolderFor, adrSlug, isSafeFileName } from '../../shared/adr/file-names'
import { footnoteLine } from '../../shared/adr/footnotes'
import { renderMatrix } from '../../shared/adr/matrix'
import { adrIndexFileName, renderAdr, renderIndex } from '../../shared/adr/render'
import { adrDialects, emptySections, type Citation, type ComparisonSnapshot, type DecisionRecord } from '../../shared/domain/decision'


function record(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    number: 12,
    title: 'Use FastAPI for the public API',
    status: 'accepted',
    date: '2026-11-22',
    decisionMakers: [],
    consulted: [],
    informed: [],
    tags: [],
    links: [],
    sections: { ...emptySections(), context: 'Docs and validation disagree.', consideredOptions: '* FastAPI\n* Flask', outcome: 'Chosen option: "FastAPI", because models drive both.' },
    citations: [],
    snapshot: null,
    ...overrides,
  }
}

function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    claimId: 12,
    quote: 'Validation and docs come from one model.',
    isParaphrase: false,
    sourceTitle: 'FastAPI in Production',
    author: 'Lena Ortiz',
    publisher: 'Infra Weekly',
    publishedDate: '2025-11-03',
    url: 'https://example.org/fastapi',
    start: 120,
    end: 161,
    ...overrides,
  }
}

function snapshot(overrides: Partial<ComparisonSnapshot> = {}): ComparisonSnapshot {
  return {
    takenAt: '2026-11-20',
    scale: { min: 0, max: 10 },
    options: [
      { id: 1, name: 'FastAPI', total: 0.7825, rank: 1 },
      { id: 2, name: 'Flask | Connexion', total: 0.55, rank: 2 },
    ],
    criteria: [
      { id: 10, name: 'Validation', direction: 'benefit', weight: 60, share: 0.6 },
      { id: 11, name: 'Hosting cost', direction: 'cost', weight: 40, share: 0.4 },
    ],
    scores: [
      { optionId: 1, criterionId: 10, value: 9 },
      { optionId: 2, criterionId: 10, value: 6.5 },
      { optionId: 1, criterionId: 11, value: 3 },
      { optionId: 2, criterionId: 11, value: null },
    ],
    winnerId: 1,
    claimIds: [12],
    sensitivity: 'FastAPI stays ahead unless Validation drops below 20%.',
    leaveOneSourceOut: 'No single source changes the winner.',
    ...overrides,
  }
}

const ctx = {
  linkTarget: (number: number) =>
    number === 7 ? { title: 'Use Flask', fileName: '0007-use-flask.md' } : number === 15 ? { title: 'Version the API | paths', fileName: '0015-version-the-api-paths.md' } : null,
}

const superseded = (): DecisionRecord =>
  record({
    status: 'superseded',
    decisionMakers: ['Ana', "Ben O'Neil"],
    informed: ['Platform: SRE'],
    links: [
      { kind: 'supersedes', number: 7, title: 'Use Flask' },
      { kind: 'superseded-by', number: 15, title: 'Version the API' },
    ],
    sections: {
      ...record().sections,
      context: 'Docs and validation disagree.[^c12]',
      drivers: '* Fewer mismatches',
    },
    citations: [citation()],
  })

const footnote12 =
  '[^c12]: “Validation and docs come from one model.” — FastAPI in Production, Lena Ortiz, Infra Weekly, 2025-11-03 (characters 120–161). https://example.org/fastapi'

describe('renderAdr: MADR 4', () => {
  it('writes front matter, the template headings, links in More Information and footnotes last', () => {
    expect(renderAdr(superseded(), 'madr', ctx)).toBe(`---
status: "superseded by ADR-0015"
date: 2026-11-22
decision-makers: [Ana, Ben O'Neil]
informed: ["Platform: SRE"]
---

# Use FastAPI for the public API

## Context and Problem Statement

Docs and validation disagree.[^c12]

## Decision Drivers

* Fewer mismatches

## Considered Options

* FastAPI
* Flask

## Decision Outcome

Chosen option: "FastAPI", because models drive both.

## More Information

* Superseded by [ADR-0015: Version the API | paths](0015-version-the-api-paths.md)
* Supersedes [ADR-0007: Use Flask](0007-use-flask.md)

${footnote12}
`)
  })

  it('front matter is YAML that reads back to the same people', () => {
    const text = renderAdr(record({ decisionMakers: ['Ana', 'true', '12 Monkeys', 'Zoë "Z" Ng', 'x, y'], consulted: ['#ops'] }), 'madr', ctx)
    const yaml = parseYaml(text.split('---\n')[1]) as Record<string, unknown>
    expect(yaml).toEqual({ status: 'accepted', date: '2026-11-22', 'decision-makers': ['Ana', 'true', '12 Monkeys', 'Zoë "Z" Ng', 'x, y'], consulted: ['#ops'] })
  })

  it('keeps the required sections when empty and writes optional ones only with a body', () => {
    const text = renderAdr(record({ title: 'Empty', date: null, sections: emptySections() }), 'madr', ctx)
    expect(text).toBe('---\nstatus: "accepted"\n---\n\n# Empty\n\n## Context and Problem Statement\n\n## Considered Options\n\n## Decision Outcome\n')
  })

  it('keeps user Markdown verbatim, normalising only line endings and surrounding blank lines', () => {
    const body = '\n\n```ts\nconst a = 1\n\n\nconst b = 2\n```\n\n    indented code\n\n> quote  \n> with hard break\n\n'
    const text = renderAdr(record({ sections: { ...emptySections(), context: body.replace(/\n/g, '\r\n') } }), 'madr', ctx)
    expect(text).toContain('## Context and Problem Statement\n\n```ts\nconst a = 1\n\n\nconst b = 2\n```\n\n    indented code\n\n> quote  \n> with hard break\n\n## Considered')
  })

  it('writes consequence subsections and extra sections in place', () => {
    const sections = {
      ...record().sections,
      consequences: '* Good, because one model.',
      confirmation: 'Contract tests in CI.',
      extra: [
        { heading: 'Appendix', body: 'See the spike.' },
        { heading: 'Negative Consequences', body: '* Async handlers.' },
      ],
    }
    const text = renderAdr(record({ sections }), 'madr', ctx)
    expect(text).toContain('### Consequences\n\n* Good, because one model.\n\n### Negative Consequences\n\n* Async handlers.\n\n### Confirmation\n\nContract tests in CI.\n\n## Appendix\n\nSee the spike.\n')
  })
})

describe('renderAdr: adr-tools', () => {
  it('writes the status section as adr-tools does, with the superseded word replaced by the link', () => {
    expect(renderAdr(superseded(), 'nygard', ctx)).toBe(`# 12. Use FastAPI for the public API

Date: 2026-11-22

Decision-makers: Ana, Ben O'Neil

Informed: Platform: SRE

## Status

Superceded by [15. Version the API | paths](0015-version-the-api-paths.md)

Supercedes [7. Use Flask](0007-use-flask.md)

## Context

Docs and validation disagree.[^c12]

### Decision Drivers

* Fewer mismatches

## Decision

Chosen option: "FastAPI", because models drive both.

### Considered Options

* FastAPI
* Flask

## Consequences

${footnote12}
`)
  })

  it('keeps the status word above links for records that are not superseded', () => {
    const text = renderAdr(record({ links: [{ kind: 'amends', number: 7, title: 'Use Flask' }, { kind: 'relates', number: 99, title: 'Log in JSON' }] }), 'nygard', ctx)
    expect(text).toContain('## Status\n\nAccepted\n\nAmends [7. Use Flask](0007-use-flask.md)\n\nRelates to [99. Log in JSON](0099-log-in-json.md)\n\n## Context')
  })
})

describe('renderAdr: log4brains', () => {
  it('writes bullet metadata with the replacing record in the status, other links under Links', () => {
    const text = renderAdr(record({ ...superseded(), tags: ['api', 'python'], citations: [] }), 'log4brains', ctx)
    expect(text).toBe(`# Use FastAPI for the public API

- Status: superseded by [Version the API | paths](0015-version-the-api-paths.md)
- Deciders: Ana, Ben O'Neil
- Informed: Platform: SRE
- Date: 2026-11-22
- Tags: api, python

## Context and Problem Statement

Docs and validation disagree.[^c12]

## Decision Drivers

* Fewer mismatches

## Considered Options

* FastAPI
* Flask

## Decision Outcome

Chosen option: "FastAPI", because models drive both.

## Links

- Supersedes [Use Flask](0007-use-flask.md)
`)
  })

  it('writes a leading "Technical Story:" paragraph above the first section', () => {
    const text = renderAdr(record({ sections: { ...record().sections, context: 'Technical Story: API-4\n\nDocs disagree.' } }), 'log4brains', ctx)
    expect(text).toContain('- Date: 2026-11-22\n\nTechnical Story: API-4\n\n## Context and Problem Statement\n\nDocs disagree.\n\n## Considered')
  })
})

describe('determinism', () => {
  const full = record({
    ...superseded(),
    snapshot: snapshot(),
    tags: ['b', 'a'],
    sections: { ...superseded().sections, moreInformation: 'Notes.[^c13][^c12]', extra: [{ heading: 'Positive Consequences', body: '* Fast.' }] },
    citations: [citation({ claimId: 13, isParaphrase: true }), citation()],
  })

  it.each(adrDialects)('%s: same record, same bytes; LF only, one final newline, no trailing spaces', (dialect) => {
    const first = renderAdr(full, dialect, ctx)
    const second = renderAdr(structuredClone(full), dialect, ctx)
    expect(second).toBe(first)
    expect(first).not.toMatch(/\r/)
    expect(first).toMatch(/[^\n]\n$/)
    expect(first).not.toMatch(/[ \t]$/m)
  })

  it('writes links sorted and once, whatever order they were given in', () => {
    const links = superseded().links
    const a = renderAdr(record({ links }), 'madr', ctx)
    const b = renderAdr(record({ links: [...links].reverse().concat(links) }), 'madr', ctx)
    expect(b).toBe(a)
  })
})

describe('footnotes', () => {
  it('defines only referenced claims, in order of first reference, after the last section', () => {
    const sections = { ...record().sections, context: 'See [^c3] and [^c1].', outcome: 'Again [^c3], and [^c9] has no citation.' }
    const text = renderAdr(record({ sections, citations: [citation({ claimId: 1 }), citation({ claimId: 2 }), citation({ claimId: 3 })] }), 'madr', ctx)
    const definitions = text.split('\n').filter((line) => line.startsWith('[^c'))
    expect(definitions.map((line) => line.slice(0, 6))).toEqual(['[^c3]:', '[^c1]:'])
    expect(text.endsWith(`${definitions[1]}\n`)).toBe(true)
  })

  it('marks paraphrases, says undated and leaves out what is unknown', () => {
    const line = footnoteLine(citation({ claimId: 5, isParaphrase: true, author: null, publisher: ' ', publishedDate: null, url: null }))
    expect(line).toBe('[^c5]: “Validation and docs come from one model.” (paraphrase) — FastAPI in Production, undated.')
  })

  it('does not define a footnote twice when the text already has its definition', () => {
    const sections = { ...record().sections, moreInformation: 'Cited.[^c12]\n\n[^c12]: “kept as imported”' }
    const text = renderAdr(record({ sections, citations: [citation()] }), 'madr', ctx)
    expect(text.match(/^\[\^c12\]:/gm)).toHaveLength(1)
  })
})

describe('decision matrix', () => {
  it('has options as columns, weighted criteria as rows, the winner in bold and the sentences after', () => {
    expect(renderMatrix(snapshot({ options: [{ id: 1, name: 'FastAPI', total: 0.7834, rank: 1 }, { id: 2, name: 'Flask | Connexion', total: 0.55, rank: 2 }] }), '### Decision matrix'))
      .toBe(`### Decision matrix

| Criterion (weight) | FastAPI | Flask \\| Connexion |
| --- | ---: | ---: |
| Validation (60%) | 9 | 6.5 |
| Hosting cost (40%, lower is better) | 3 | – |
| **Weighted total** | **78.3%** | 55.0% |

Scores from 0 to 10, as compared on 2026-11-20. FastAPI stays ahead unless Validation drops below 20%. No single source changes the winner.`)
  })

  it('goes at the end of More Information in MADR and under Decision in adr-tools', () => {
    const withMatrix = record({ snapshot: snapshot(), sections: { ...record().sections, moreInformation: 'Notes.' } })
    expect(renderAdr(withMatrix, 'madr', ctx)).toMatch(/## More Information\n\nNotes\.\n\n### Decision matrix\n\n\| Criterion/)
    expect(renderAdr(withMatrix, 'nygard', ctx)).toMatch(/## Decision\n\n[^#]+### Considered Options\n\n[^#]+### Decision matrix\n\n[^#]+## Consequences/)
  })
})

describe('file names', () => {
  it('slugs titles to lower-case ASCII words', () => {
    expect(adrSlug('Use FastAPI & PostgreSQL')).toBe('use-fastapi-and-postgresql')
    expect(adrSlug('Überprüfung der Caches')).toBe('ueberpruefung-der-caches')
    expect(adrSlug('  --Cache: yes/no?--  ')).toBe('cache-yes-no')
  })

  it('falls back to "untitled" when nothing transliterates', () => {
    expect(adrSlug('🚀🔥')).toBe('untitled')
    expect(adrSlug('?!…"*<>|')).toBe('untitled')
    expect(adrSlug('')).toBe('untitled')
  })

  it('cuts long titles at a word boundary within 60 characters', () => {
    const slug = adrSlug('Use a message queue '.repeat(15))
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(/^use-a-message-queue-use-a-message-queue-use-a-message-queue$/)
    expect(adrSlug('x'.repeat(300))).toBe('x'.repeat(60))
  })

  it.each([
    ['../etc', '0001-etc.md'],
    ['CON', '0001-con.md'],
    ['🎉', '0001-untitled.md'],
    ['....', '0001-untitled.md'],
    ['قرار استخدام قاعدة البيانات', '0001-qrar-astkhdam-qaedt-albyanat.md'],
    ['החלטה על מטמון', '0001-untitled.md'],
    ['a'.repeat(300), `0001-${'a'.repeat(60)}.md`],
  ])('%s → %s, safe on every platform', (title, expected) => {
    const name = adrFileName(1, title, 'madr')
    expect(name).toBe(expected)
    expect(isSafeFileName(name)).toBe(true)
  })

  it('pads numbers to four digits and keeps longer ones', () => {
    expect(adrFileName(7, 'Use Flask', 'nygard')).toBe('0007-use-flask.md')
    expect(adrFileName(12345, 'Big', 'madr')).toBe('12345-big.md')
    expect(() => adrFileName(-1, 'x', 'madr')).toThrow(RangeError)
  })

  it('names log4brains files by date', () => {
    expect(adrFileName(record(), 'log4brains')).toBe('20261122-use-fastapi-for-the-public-api.md')
    expect(adrFileName(record({ date: null }), 'log4brains')).toBe('undated-use-fastapi-for-the-public-api.md')
  })

  it('rejects names no platform should get', () => {
    for (const bad of ['CON', 'con.md', 'LPT1.md', 'a/b.md', 'a\\b.md', 'a:b.md', 'a..md', '.hidden', 'name.', 'tab\t.md', 'x'.repeat(101), '']) {
      expect(isSafeFileName(bad), bad).toBe(false)
    }
  })

  it('knows where each tool keeps its records', () => {
    expect(adrDialects.map(adrFolderFor)).toEqual(['docs/decisions', 'doc/adr', 'docs/adr'])
  })
})

describe('renderIndex', () => {
  const records = [record({ number: 2, title: 'Use | pipes', status: 'superseded', date: null }), record({ number: 1, title: 'Record architecture decisions', date: '2026-01-10' })]

  it('writes the adr-tools toc', () => {
    expect(renderIndex(records, 'nygard')).toBe(
      '# Architecture Decision Records\n\n* [1. Record architecture decisions](0001-record-architecture-decisions.md)\n* [2. Use | pipes](0002-use-pipes.md)\n',
    )
  })

  it('writes a README table for MADR and log4brains, sorted by number', () => {
    expect(renderIndex(records, 'madr')).toBe(`# Architecture Decision Records

| Number | Title | Status | Date |
| --- | --- | --- | --- |
| 0001 | [Record architecture decisions](0001-record-architecture-decisions.md) | accepted | 2026-01-10 |
| 0002 | [Use \\| pipes](0002-use-pipes.md) | superseded | – |
`)
    expect(renderIndex(records, 'log4brains')).toContain('| 0001 | [Record architecture decisions](20260110-record-architecture-decisions.md) |')
    expect(adrIndexFileName('madr')).toBe('README.md')
  })
})
