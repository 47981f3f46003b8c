import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir, openTempStore, snapshotRows, type TempStore } from '../helpers/temp-store'

let temp: TempStore
let projectId: number
beforeEach(async () => {
  temp = await openTempStore()
  projectId = (await temp.services.projects.createSample()).id
})
afterEach(() => temp.close())

const decisions = () => temp.services.decisions

describe('decision records', () => {
  it('drafts from the comparison, numbers records without reuse, and cites claims', async () => {
    const first = await decisions().create({ projectId, fromComparison: true })
    expect(first.number).toBe(1)
    expect(first.status).toBe('proposed')
    expect(first.chosenOptionName).not.toBeNull()
    expect(first.sections.outcome).toContain(`Chosen option: "${first.chosenOptionName}"`)
    expect(first.sections.drivers.split('\n')[0]).toMatch(/^\* /)
    expect(first.citations.length).toBeGreaterThan(0)
    const second = await decisions().create({ projectId, title: 'Use PostgreSQL for storage', fromComparison: false })
    expect(second).toMatchObject({ number: 2, title: 'Use PostgreSQL for storage', chosenOptionName: null })
    await decisions().remove({ id: second.id })
    const third = await decisions().create({ projectId, title: 'Log in JSON', fromComparison: false })
    expect(third.number).toBe(3)
    await decisions().restore({ id: second.id })
    expect((await decisions().list({ projectId })).map((d) => d.number)).toEqual([1, 2, 3])
  })

  it('follows the status lifecycle and explains refused transitions', async () => {
    const d = await decisions().create({ projectId, title: 'Cache responses', fromComparison: false })
    expect(await temp.dispatch('decisions.setStatus', { id: d.id, status: 'deprecated' })).toEqual({
      ok: false, error: { code: 'VALIDATION', message: 'A proposed decision can become accepted or rejected, not deprecated.' },
    })
    expect((await decisions().setStatus({ id: d.id, status: 'rejected' })).status).toBe('rejected')
    expect((await decisions().setStatus({ id: d.id, status: 'proposed' })).status).toBe('proposed')
    expect((await decisions().setStatus({ id: d.id, status: 'accepted' })).status).toBe('accepted')
    expect(await temp.dispatch('decisions.setStatus', { id: d.id, status: 'superseded' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('freezes the comparison on acceptance and notices later changes', async () => {
    const d = await decisions().create({ projectId, fromComparison: true })
    const accepted = await decisions().setStatus({ id: d.id, status: 'accepted' })
    expect(accepted.snapshot).not.toBeNull()
    expect(accepted.comparisonChanged).toBe(false)
    const frozenTotals = accepted.snapshot!.options.map((o) => o.total)
    const citedBefore = accepted.citations.map((c) => c.quote)

    const throughput = (await temp.services.criteria.list({ projectId })).find((c) => c.name === 'Throughput')!
    await temp.services.criteria.setWeights({ projectId, weights: [{ criterionId: throughput.id, weight: throughput.weight === 100 ? 0 : 100 }] })
    const claim = (await temp.services.claims.list({ projectId })).find((c) => c.id === accepted.citations[0].claimId)!
    await temp.services.claims.remove({ id: claim.id })

    const after = await decisions().get({ id: d.id })
    expect(after.comparisonChanged).toBe(true)
    expect(after.changeReasons.join(' ')).toMatch(/Throughput weight changed/)
    expect(after.snapshot!.options.map((o) => o.total)).toEqual(frozenTotals)
    expect(after.citations.map((c) => c.quote)).toEqual(citedBefore)
  })

  it('supersedes an accepted record with a new draft and links both', async () => {
    const old = await decisions().create({ projectId, fromComparison: true })
    await decisions().setStatus({ id: old.id, status: 'accepted' })
    const next = await decisions().supersede({ id: old.id })
    expect(next.links).toEqual([{ kind: 'supersedes', number: old.number, title: old.title }])
    const reloaded = await decisions().get({ id: old.id })
    expect(reloaded.status).toBe('superseded')
    expect(reloaded.links).toEqual([{ kind: 'superseded-by', number: next.number, title: next.title }])
    expect(reloaded.supersededBy).toBe(next.number)
  })
})

describe('export', () => {
  it('writes one file per record plus an index, byte-identical on the next export', async () => {
    const d = await decisions().create({ projectId, fromComparison: true })
    await decisions().setStatus({ id: d.id, status: 'accepted' })
    await decisions().create({ projectId, title: 'Run on one Postgres instance', fromComparison: false })
    const folder = join(makeTempDir('arbiter-export-'), 'docs', 'decisions')
    const first = await decisions().export({ projectId, folder, dialect: 'madr' })
    expect(first.conflicts).toEqual([])
    const files = readdirSync(folder).sort()
    expect(files).toHaveLength(3)
    expect(files.filter((f) => /^\d{4}-[a-z0-9-]+\.md$/.test(f))).toHaveLength(2)
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(folder, f), 'utf8')]))
    const adr = Object.entries(before).find(([f]) => f.startsWith('0001-'))![1]
    expect(adr).toMatch(/^---\nstatus: "?accepted"?/)
    expect(adr).toMatch(/\[\^c\d+\]: /)
    expect(adr).toContain('Decision matrix')

    const second = await decisions().export({ projectId, folder, dialect: 'madr' })
    expect(second.written).toEqual([])
    expect(second.unchanged.sort()).toEqual(files)
    expect(Object.fromEntries(files.map((f) => [f, readFileSync(join(folder, f), 'utf8')]))).toEqual(before)
    expect(await temp.services.decisions.exportSettings({ projectId })).toEqual({ folder, dialect: 'madr' })
  })

  it('asks before overwriting a file edited since the last export', async () => {
    await decisions().create({ projectId, title: 'Queue emails', fromComparison: false })
    const folder = makeTempDir('arbiter-export-')
    await decisions().export({ projectId, folder, dialect: 'nygard' })
    const name = readdirSync(folder).find((f) => f.startsWith('0001-'))!
    writeFileSync(join(folder, name), 'edited by hand\n')
    const asked = await decisions().export({ projectId, folder, dialect: 'nygard' })
    expect(asked.conflicts).toEqual([{ fileName: name, reason: 'edited since the last export' }])
    expect(readFileSync(join(folder, name), 'utf8')).toBe('edited by hand\n')

    const kept = await decisions().export({ projectId, folder, dialect: 'nygard', resolutions: { [name]: 'keep' } })
    expect(kept.kept).toEqual([name])
    const beside = await decisions().export({ projectId, folder, dialect: 'nygard', resolutions: { [name]: 'alongside' } })
    expect(beside.alongside).toEqual([name.replace(/\.md$/, '.arbiter.md')])
    expect(readFileSync(join(folder, name), 'utf8')).toBe('edited by hand\n')
    await decisions().export({ projectId, folder, dialect: 'nygard', resolutions: { [name]: 'overwrite' } })
    expect(readFileSync(join(folder, name), 'utf8')).toMatch(/^# 1\. Queue emails\n/)
  })

  it('reports a read-only folder clearly and changes nothing in the app', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions; a folder path under a file is unwritable for everyone.
      const file = join(makeTempDir('arbiter-export-'), 'not-a-folder')
      writeFileSync(file, 'x')
      await decisions().create({ projectId, title: 'Anything', fromComparison: false })
      const before = snapshotRows(temp.store)
      const result = await temp.dispatch('decisions.export', { projectId, folder: join(file, 'decisions'), dialect: 'madr' })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^Can't write to .*Nothing was exported/) } })
      expect(snapshotRows(temp.store)).toEqual(before)
      return
    }
    const folder = makeTempDir('arbiter-export-')
    chmodSync(folder, 0o555)
    await decisions().create({ projectId, title: 'Anything', fromComparison: false })
    const result = await temp.dispatch('decisions.export', { projectId, folder, dialect: 'madr' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/permission denied/) } })
    chmodSync(folder, 0o755)
  })

  it('keeps hostile titles inside the folder with safe names', async () => {
    for (const title of ['../../etc/passwd', 'CON', '🚀🚀🚀', 'x'.repeat(300), '?!*:|<>']) {
      await decisions().create({ projectId, title, fromComparison: false })
    }
    const root = makeTempDir('arbiter-export-')
    const folder = join(root, 'adr')
    mkdirSync(folder)
    await decisions().export({ projectId, folder, dialect: 'madr' })
    expect(readdirSync(root)).toEqual(['adr'])
    for (const name of readdirSync(folder)) {
      expect(name).toMatch(/^(README|\d{4}-[a-z0-9-]+)\.md$/)
      expect(name.length).toBeLessThanOrEqual(100)
    }
    expect(existsSync(join(root, 'etc'))).toBe(false)
  })
})

describe('import', () => {
  const fixtures = join(import.meta.dirname, '../fixtures/adr')

  // Files in each dialect's current layout; the MADR 2 and 3 fixtures come back in MADR 4 layout.
  const canonical = {
    nygard: ['0001-record-architecture-decisions.md', '0002-use-flask-for-the-public-api.md', '0003-use-fastapi-for-the-public-api.md', '0004-version-the-public-api-in-the-url-path.md'],
    madr: ['0001-use-postgresql-for-order-data.md', '0002-poll-the-stock-service-every-minute.md', '0004-push-stock-updates-over-server-sent-events.md'],
    log4brains: ['20250114-use-vite-for-the-frontend-build.md', '20250302-run-end-to-end-tests-with-cypress.md', '20251020-run-end-to-end-tests-with-playwright.md'],
  }

  it.each(['nygard', 'madr', 'log4brains'] as const)('imports a %s folder and exports it back to the same files', async (dialect) => {
    const { id: teamId } = await temp.services.projects.create({ name: `Team ${dialect}` })
    const report = await decisions().importFolder({ projectId: teamId, folder: join(fixtures, dialect) })
    expect(report.skipped).toEqual([])
    const out = makeTempDir('arbiter-roundtrip-')
    await decisions().export({ projectId: teamId, folder: out, dialect })
    for (const file of canonical[dialect]) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(fixtures, dialect, file), 'utf8'))
    }
  })

  it('reports unreadable files and duplicate numbers, and imports the rest in one go', async () => {
    const folder = makeTempDir('arbiter-import-')
    cpSync(join(fixtures, 'nygard'), folder, { recursive: true })
    writeFileSync(join(folder, '0090-diagram.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))
    writeFileSync(join(folder, '0091-broken.md'), '---\nstatus: [accepted\ndate: 2024-01-01\n---\n# Broken front matter\n')
    writeFileSync(join(folder, 'architecture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    writeFileSync(join(folder, '0002-parallel-branch.md'), '# 2. Parallel branch record\n\nDate: 2024-02-02\n\n## Status\n\nProposed\n\n## Context\n\nWritten on another branch.\n\n## Decision\n\nTry it.\n\n## Consequences\n\nNone yet.\n')
    const { id: teamId } = await temp.services.projects.create({ name: 'Imported team' })
    const report = await decisions().importFolder({ projectId: teamId, folder })
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.fileName, s.reason]))
    expect(skipped['0090-diagram.md']).toMatch(/binary/)
    expect(skipped['0091-broken.md']).toMatch(/front matter/i)
    expect(skipped['architecture.png']).toBe('not a Markdown file')
    expect(report.renumbered).toEqual([expect.objectContaining({ from: 2 })])
    const listed = await decisions().list({ projectId: teamId })
    expect(listed).toHaveLength(report.imported.length)
    expect(new Set(listed.map((d) => d.number)).size).toBe(listed.length)
    const next = await decisions().create({ projectId: teamId, title: 'After import', fromComparison: false })
    expect(next.number).toBe(Math.max(...listed.map((d) => d.number)) + 1)
  })
})
