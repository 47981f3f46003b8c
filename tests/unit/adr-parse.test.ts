/** ADR reading: each dialect's metadata, sections cut by markdown-it headings, and clear errors. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { numberImportedAdrs } from '../../main/services/adr-import/numbering'
import { parseAdrFile, type ParseAdrResult, type ParsedAdr } from '../../main/services/adr-import/parse-adr-file'

const fixtures = join(import.meta.dirname, '../fixtures/adr')

function parsed(result: ParseAdrResult): ParsedAdr {
  if ('error' in result) throw new Error(result.error)
  return result
}

function fixture(dialect: string, fileName: string): ParsedAdr {
  return parsed(parseAdrFile(fileName, readFileSync(join(fixtures, dialect, fileName), 'utf8')))
}

function error(result: ParseAdrResult): string {
  return 'error' in result ? result.error : 'parsed without error'
}

describe('MADR', () => {
  it('reads MADR 4 front matter, sections and the decision matrix and footnotes as text', () => {
    const { record, dialect, number } = fixture('madr', '0001-use-postgresql-for-order-data.md')
    expect(dialect).toBe('madr')
    expect(number).toBe(1)
    expect(record).toMatchObject({
      title: 'Use PostgreSQL for order data',
      status: 'accepted',
      date: '2026-02-09',
      decisionMakers: ['Amira Haddad', 'Jonas Berg'],
      consulted: ['Data Platform Guild'],
      informed: ['Order Team', 'Finance, Payments'],
      links: [],
    })
    const s = record.sections
    expect(s.context).toMatch(/^The order service keeps carts[\s\S]*Which database should hold order data from the next release on\?$/)
    expect(s.drivers.split('\n')).toHaveLength(4)
    expect(s.outcome).toMatch(/^Chosen option: "PostgreSQL"/)
    expect(s.consequences).toMatch(/^\* Good, because refunds[\s\S]*document store stays for the product catalogue\.$/)
    expect(s.confirmation).toMatch(/^The migration is done/)
    expect(s.prosAndCons).toMatch(/^### PostgreSQL\n\n\* Good[\s\S]*nobody on the team has run it in production$/)
    expect(s.moreInformation).toMatch(/^The schema draft[\s\S]*### Decision matrix[\s\S]*\n\[\^c57\]: .*undated\.$/)
    expect(s.extra).toEqual([])
  })

  it('reads a superseded pair from both sides', () => {
    const old = fixture('madr', '0002-poll-the-stock-service-every-minute.md').record
    const replacement = fixture('madr', '0004-push-stock-updates-over-server-sent-events.md').record
    expect(old.status).toBe('superseded')
    expect(old.links).toEqual([{ kind: 'superseded-by', number: 4, title: 'Push stock updates over server-sent events' }])
    expect(old.sections.moreInformation).toBe('')
    expect(replacement.links).toEqual([{ kind: 'supersedes', number: 2, title: 'Poll the stock service every minute' }])
    expect(replacement.sections.moreInformation).toBe('Connection limits per backend instance are tracked on the capacity dashboard.')
    expect(replacement.tags).toEqual(['storefront', 'messaging'])
  })

  it('reads MADR 3: deciders, unquoted status and Validation as confirmation', () => {
    const { record } = fixture('madr', '0003-cache-catalogue-pages-at-the-edge.md')
    expect(record).toMatchObject({ status: 'accepted', date: '2025-11-04', decisionMakers: ['Priya Raman', 'Amira Haddad'], consulted: ['Storefront Team'] })
    expect(record.sections.confirmation).toMatch(/^A synthetic check changes a test product's price/)
    expect(record.sections.moreInformation).toMatch(/^Purging by tag/)
  })

  it('reads MADR 2 bullets, keeps the technical story and the positive and negative consequences', () => {
    const { record, dialect } = fixture('madr', '0005-render-the-admin-ui-on-the-server.md')
    expect(dialect).toBe('madr')
    expect(record).toMatchObject({ status: 'accepted', date: '2024-05-21', decisionMakers: ['Priya Raman', 'Tomás Silva'] })
    expect(record.sections.context).toMatch(/^Technical Story: ADMIN-212 .*\n\nThe admin UI is a single-page app/)
    expect(record.sections.extra.map((extra) => extra.heading)).toEqual(['Positive Consequences', 'Negative Consequences'])
    expect(record.links).toEqual([{ kind: 'relates', number: 3, title: 'Cache catalogue pages at the edge' }])
    expect(record.sections.moreInformation).toBe('')
  })

  it('reads MADR 3 superseded status links and minimal files without metadata', () => {
    const text = '---\nstatus: "superseded by [ADR-0009](0009-use-kafka.md)"\n---\n\n# Use RabbitMQ\n\n## Context and Problem Statement\n\nQueues.\n'
    expect(parsed(parseAdrFile('0004-use-rabbitmq.md', text)).record).toMatchObject({ status: 'superseded', links: [{ kind: 'superseded-by', number: 9, title: '' }] })
    const minimal = parsed(parseAdrFile('use-rabbitmq.md', '# Use RabbitMQ\n\n## Decision Outcome\n\nYes.\n'))
    expect(minimal).toMatchObject({ dialect: 'madr', number: null, record: { status: 'proposed', sections: { outcome: 'Yes.' } } })
  })

  it('finds headings with markdown-it: not inside code fences or lists, setext headings count', () => {
    const text = 'Use Redis\n=========\n\nContext and Problem Statement\n---\n\n```md\n## Decision Outcome\nnot a heading\n```\n\n- ## Considered Options\n\n## Decision Outcome <!-- optional -->\n\nYes.\n'
    const { record } = parsed(parseAdrFile('0001-use-redis.md', text))
    expect(record.title).toBe('Use Redis')
    expect(record.sections.context).toBe('```md\n## Decision Outcome\nnot a heading\n```\n\n- ## Considered Options')
    expect(record.sections.outcome).toBe('Yes.')
  })

  it('keeps a second section with a known heading as an extra section', () => {
    const { record } = parsed(parseAdrFile('0001-x.md', '# X\n\n## Context\n\nOne.\n\n## Context\n\nTwo.\n\n## Rollout plan\n\nLater.\n'))
    expect(record.sections.context).toBe('One.')
    expect(record.sections.extra).toEqual([{ heading: 'Context', body: 'Two.' }, { heading: 'Rollout plan', body: 'Later.' }])
  })
})

describe('adr-tools', () => {
  it('reads the number from the file name and the title without it', () => {
    const { record, dialect, number } = fixture('nygard', '0001-record-architecture-decisions.md')
    expect({ dialect, number, title: record.title, status: record.status, date: record.date }).toEqual({
      dialect: 'nygard', number: 1, title: 'Record architecture decisions', status: 'accepted', date: '2025-04-02',
    })
    expect(record.sections.outcome).toMatch(/^We will write down each significant decision/)
    expect(record.sections.consequences).toMatch(/supersedes the old\.$/)
  })

  it('reads "Superceded by" in place of the status word, and Supercedes / Amends links', () => {
    expect(fixture('nygard', '0002-use-flask-for-the-public-api.md').record).toMatchObject({
      status: 'superseded', links: [{ kind: 'superseded-by', number: 3, title: 'Use FastAPI for the public API' }],
    })
    expect(fixture('nygard', '0003-use-fastapi-for-the-public-api.md').record).toMatchObject({
      status: 'accepted',
      links: [{ kind: 'supersedes', number: 2, title: 'Use Flask for the public API' }, { kind: 'amended-by', number: 4, title: 'Version the public API in the URL path' }],
    })
    expect(fixture('nygard', '0004-version-the-public-api-in-the-url-path.md').record.links).toEqual([{ kind: 'amends', number: 3, title: 'Use FastAPI for the public API' }])
  })

  it('accepts the "Superseded" spelling and numbers from the title when the name has none', () => {
    const text = '# 7. Use Flask\n\nDate: 2024-01-01\n\n## Status\n\nSuperseded by [9. Use Quart](0009-use-quart.md)\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Consequences\n\nE.\n'
    expect(parsed(parseAdrFile('use-flask.md', text))).toMatchObject({ dialect: 'nygard', number: 7, record: { status: 'superseded', links: [{ kind: 'superseded-by', number: 9, title: 'Use Quart' }] } })
  })
})

describe('log4brains', () => {
  it('reads bullet metadata; numbers are left to the importer', () => {
    const { record, dialect, number } = fixture('log4brains', '20250114-use-vite-for-the-frontend-build.md')
    expect({ dialect, number }).toEqual({ dialect: 'log4brains', number: null })
    expect(record).toMatchObject({ status: 'accepted', date: '2025-01-14', decisionMakers: ['Tomás Silva', 'Priya Raman'], tags: ['frontend', 'build'] })
    expect(record.sections.context).toMatch(/^Technical Story: FE-88/)
  })

  it('keeps links to dated files for the importer to number', () => {
    const old = fixture('log4brains', '20250302-run-end-to-end-tests-with-cypress.md')
    expect(old.record.status).toBe('superseded')
    expect(old.record.links).toEqual([])
    expect(old.links).toEqual([{ kind: 'superseded-by', number: null, title: 'Run end-to-end tests with Playwright', target: '20251020-run-end-to-end-tests-with-playwright.md' }])
  })

  it('reads draft as proposed and space-separated tags', () => {
    const text = '# Try Bun\n\n- Status: draft\n- Tags: runtime tooling\n\n## Context and Problem Statement\n\nX.\n'
    expect(parsed(parseAdrFile('20260101-try-bun.md', text)).record).toMatchObject({ status: 'proposed', tags: ['runtime', 'tooling'], date: '2026-01-01' })
  })

  it('numbers a folder in date order and resolves links by file name', () => {
    const names = ['20251020-run-end-to-end-tests-with-playwright.md', '20250114-use-vite-for-the-frontend-build.md', '20250302-run-end-to-end-tests-with-cypress.md']
    const numbered = numberImportedAdrs(names.map((fileName) => ({ fileName, parsed: fixture('log4brains', fileName) })))
    expect(numbered.map((file) => [file.record.number, file.fileName])).toEqual([
      [1, '20250114-use-vite-for-the-frontend-build.md'],
      [2, '20250302-run-end-to-end-tests-with-cypress.md'],
      [3, '20251020-run-end-to-end-tests-with-playwright.md'],
    ])
    expect(numbered[1].record.links).toEqual([{ kind: 'superseded-by', number: 3, title: 'Run end-to-end tests with Playwright' }])
    expect(numbered[2].record.links).toEqual([{ kind: 'supersedes', number: 2, title: 'Run end-to-end tests with Cypress' }])
  })

  it('gives a duplicate number from parallel branches a fresh one', () => {
    const a = parsed(parseAdrFile('0002-a.md', '# A\n'))
    const b = parsed(parseAdrFile('0002-b.md', '# B\n'))
    const numbered = numberImportedAdrs([{ fileName: '0002-b.md', parsed: b }, { fileName: '0002-a.md', parsed: a }])
    expect(numbered.map((file) => [file.record.number, file.record.title])).toEqual([[2, 'A'], [3, 'B']])
  })
})

describe('errors', () => {
  it('says why a file is not an ADR, in a sentence', () => {
    expect(error(parseAdrFile('0001-x.md', ''))).toBe('0001-x.md is empty.')
    expect(error(parseAdrFile('0001-x.md', ' \n\n\t\n'))).toBe('0001-x.md is empty.')
    expect(error(parseAdrFile('logo.md', 'PNG\u0000\u0001'))).toMatch(/^logo\.md is a binary file \(it contains NUL bytes\)/)
    expect(error(parseAdrFile('logo.md', new Uint8Array([0x89, 0x50, 0, 0x47])))).toMatch(/binary file/)
    expect(error(parseAdrFile('latin1.md', new Uint8Array([0x23, 0x20, 0xfc, 0x62, 0x65, 0x72])))).toBe('latin1.md is not UTF-8 text; save it as UTF-8 and import it again.')
    expect(error(parseAdrFile('latin1.md', '# \uFFFDber'))).toMatch(/is not UTF-8 text/)
    expect(error(parseAdrFile('notes.md', 'Just some notes.\n\n## Context\n\nNo title.\n'))).toMatch(/^notes\.md has no title heading; an ADR starts with a line like "# /)
  })

  it('names the line of a YAML error in the front matter', () => {
    const text = '---\nstatus: accepted\ndate: 2026-01-01\ndecision-makers: [Ana, Ben\n---\n\n# X\n'
    expect(error(parseAdrFile('0001-x.md', text))).toMatch(/^The front matter of 0001-x\.md is not valid YAML \(line \d+\): .+\.$/)
    expect(error(parseAdrFile('0001-x.md', '---\nstatus: accepted\n\n# X\n'))).toBe('The front matter of 0001-x.md starts on line 1 but is never closed by a line "---".')
    expect(error(parseAdrFile('0001-x.md', '---\n- a\n- b\n---\n# X\n'))).toMatch(/must be YAML keys and values/)
  })

  it('reads UTF-8 bytes with a byte-order mark and CRLF line endings', () => {
    const bytes = new TextEncoder().encode('\uFEFF# Überprüfung der Caches\r\n\r\n## Context\r\n\r\nLine one\r\nline two\r\n')
    expect(parsed(parseAdrFile('0003-ueberpruefung-der-caches.md', bytes)).record).toMatchObject({ title: 'Überprüfung der Caches', sections: { context: 'Line one\nline two' } })
  })

  it('never throws, whatever it is given', () => {
    const inputs = ['---', '---\n---', '#', '# ', '# 1.', '[^c1]: x', '# A\n## ', '# A\n\n## Status\n\n## Status\n', '# A\n- Status:\n- Status: superseded by [](<>)', '<!--', '# A\n\n## More Information\n\n* Supersedes [ADR-](\n']
    for (const input of inputs) expect(() => parseAdrFile('0001-x.md', input)).not.toThrow()
  })
})
