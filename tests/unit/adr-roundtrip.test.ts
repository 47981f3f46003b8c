/**
 * The acceptance test for ADR import and export: a folder read into Arbiter and written back in
 * its own dialect gives the same files, byte for byte, and older MADR files come back in MADR 4
 * layout without losing a line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { numberImportedAdrs, type NumberedAdr } from '../../main/services/adr-import/numbering'
import { parseAdrFile } from '../../main/services/adr-import/parse-adr-file'
import { renderAdr } from '../../shared/adr/render'
import { adrDialects, emptySections, type DecisionRecord } from '../../shared/domain/decision'

const fixtures = join(import.meta.dirname, '../fixtures/adr')

/** Files in the older MADR layouts; everything else in the fixtures is in the canonical one. */
const olderMadr = new Set(['0003-cache-catalogue-pages-at-the-edge.md', '0005-render-the-admin-ui-on-the-server.md'])

function importFolder(folder: string): { files: NumberedAdr[]; text: (fileName: string) => string } {
  const root = join(fixtures, folder)
  const text = (fileName: string) => readFileSync(join(root, fileName), 'utf8')
  const files = readdirSync(root).map((fileName) => {
    const result = parseAdrFile(fileName, text(fileName))
    if ('error' in result) throw new Error(result.error)
    return { fileName, parsed: result }
  })
  return { files: numberImportedAdrs(files), text }
}

function contextFor(files: readonly NumberedAdr[]) {
  return {
    linkTarget: (number: number) => {
      const file = files.find((candidate) => candidate.record.number === number)
      return file ? { title: file.record.title, fileName: file.fileName } : null
    },
  }
}

describe.each(['madr', 'nygard', 'log4brains'])('%s fixtures', (folder) => {
  const { files, text } = importFolder(folder)
  const ctx = contextFor(files)

  it('are all read in their own dialect', () => {
    expect(files.length).toBeGreaterThanOrEqual(3)
    expect(new Set(files.map((file) => file.dialect))).toEqual(new Set([folder]))
  })

  it.each(files.filter((file) => !olderMadr.has(file.fileName)).map((file) => [file.fileName, file] as const))(
    '%s is written back byte for byte',
    (_name, file) => {
      expect(renderAdr(file.record, file.dialect, ctx)).toBe(text(file.fileName))
    },
  )
})

describe('older MADR files', () => {
  const { files, text } = importFolder('madr')
  const ctx = contextFor(files)
  // Lines whose wording changes on the way to MADR 4: metadata and the headings it renamed.
  const renamed = /^(\* (Status|Deciders|Date):|## (Validation|Links)$|status:|deciders:|date:|consulted:|---$)/

  it.each([...olderMadr])('%s comes back in MADR 4 layout with every line of text', (fileName) => {
    const file = files.find((candidate) => candidate.fileName === fileName)!
    const output = renderAdr(file.record, 'madr', ctx)
    const outputLines = new Set(output.split('\n'))
    const missing = text(fileName).split('\n').filter((line) => line.trim() !== '' && !renamed.test(line) && !outputLines.has(line))
    expect(missing).toEqual([])
    expect(output).toMatch(/^---\nstatus: "accepted"\ndate: \d{4}-\d{2}-\d{2}\ndecision-makers: \[/)
    // And the MADR 4 file is itself canonical: reading it again and writing gives the same text.
    const again = parseAdrFile(fileName, output)
    if ('error' in again) throw new Error(again.error)
    expect(renderAdr({ ...again.record, number: file.record.number }, 'madr', ctx)).toBe(output)
  })

  it('maps Validation to Confirmation and Links to More Information', () => {
    const validation = renderAdr(files.find((file) => file.fileName.startsWith('0003'))!.record, 'madr', ctx)
    expect(validation).toContain('### Confirmation\n\nA synthetic check')
    const links = renderAdr(files.find((file) => file.fileName.startsWith('0005'))!.record, 'madr', ctx)
    expect(links).toContain('## More Information\n\n* Relates to [ADR-0003: Cache catalogue pages at the edge](0003-cache-catalogue-pages-at-the-edge.md)\n')
  })
})

describe('records written by Arbiter read back the same in every dialect', () => {
  const full: DecisionRecord = {
    number: 21,
    title: 'Keep sessions in Redis',
    status: 'accepted',
    date: '2026-05-04',
    decisionMakers: ['Amira Haddad', 'Jonas Berg'],
    consulted: ['Security Guild'],
    informed: ['Support'],
    tags: ['sessions', 'infra'],
    links: [
      { kind: 'supersedes', number: 3, title: 'Keep sessions in cookies' },
      { kind: 'amends', number: 8, title: 'Cache with Redis' },
    ],
    sections: {
      ...emptySections(),
      context: 'Technical Story: SEC-12\n\nSessions outgrew the cookie limit.',
      drivers: '* Revocation within a minute',
      consideredOptions: '* Redis\n* Signed cookies',
      outcome: 'Chosen option: "Redis", because sessions can be revoked.',
      consequences: '* Good, because logout is immediate.',
      confirmation: 'A login test revokes a session and checks the next request fails.',
      prosAndCons: '### Redis\n\n* Good, because revocation is a delete',
      moreInformation: 'Runbook: `ops/redis.md`.',
      extra: [
        { heading: 'Negative Consequences', body: '* One more service to run.' },
        { heading: 'Rollout', body: 'Behind a flag for a week.' },
      ],
    },
    citations: [],
    snapshot: null,
  }
  const ctx = {
    linkTarget: (number: number) => (number === 3 ? { title: 'Keep sessions in cookies', fileName: '0003-keep-sessions-in-cookies.md' } : { title: 'Cache with Redis', fileName: '0008-cache-with-redis.md' }),
  }

  it.each(adrDialects)('%s', (dialect) => {
    const text = renderAdr(full, dialect, ctx)
    const result = parseAdrFile(dialect === 'log4brains' ? '20260504-keep-sessions-in-redis.md' : '0021-keep-sessions-in-redis.md', text)
    if ('error' in result) throw new Error(result.error)
    expect(result.dialect).toBe(dialect)
    expect({ ...result.record, number: full.number }).toEqual(full)
    expect(renderAdr(result.record.number ? result.record : { ...result.record, number: 21 }, dialect, ctx)).toBe(text)
  })
})
