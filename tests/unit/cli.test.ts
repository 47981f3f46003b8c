/** The `arbiter` command as a CI job runs it: a child process with plain Node, exit codes and messages. */
import { execFile } from 'node:child_process'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../main/db/connection'
import { createServices } from '../../main/services'
import { makeTempDir } from '../helpers/temp-store'

const root = join(import.meta.dirname, '../..')
// The built command, as users and CI run it (`npm test` builds before the unit tests).
const cli = join(root, 'out/main/cli.js')
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: root })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

let db: string
beforeAll(async () => {
  if (!existsSync(cli)) await promisify(execFile)(join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root })
  db = join(makeTempDir('arbiter-cli-'), 'arbiter.db')
  const store = await openStore(db)
  const services = createServices(store, { version: 'test', platform: process.platform })
  const sample = await services.projects.createSample()
  const decision = await services.decisions.create({ projectId: sample.id, fromComparison: true })
  await services.decisions.setStatus({ id: decision.id, status: 'accepted' })
  await store.close()
}, 120_000)

describe('arbiter CLI', () => {
  it('explains wrong usage with exit code 2', async () => {
    expect((await run()).code).toBe(2)
    const unknown = await run('frobnicate', '--db', db)
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "frobnicate"') })
    const noProject = await run('export', '--db', db, '--project', 'Nope', '--out', makeTempDir())
    expect(noProject).toMatchObject({ code: 2, stderr: expect.stringContaining('No project named "Nope"') })
  })

  it('exports decision records, unchanged on a second run, and stops on an edited file', async () => {
    const out = join(makeTempDir('arbiter-cli-out-'), 'docs', 'decisions')
    const project = ['--db', db, '--project', 'backend framework for a startup API']
    const first = await run('export', ...project, '--out', out)
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^wrote 0001-use-[a-z0-9-]+\.md$/m)
    const files = readdirSync(out).sort()
    expect(files).toEqual([expect.stringMatching(/^0001-/), 'README.md'])
    const second = await run('export', ...project, '--out', out)
    expect(second.stdout).toContain('0 written, 2 unchanged')

    writeFileSync(join(out, files[0]), 'edited in the repo\n')
    const blocked = await run('export', ...project, '--out', out)
    expect(blocked.code).toBe(1)
    expect(blocked.stderr).toContain(`conflict ${files[0]}: edited since the last export`)
    expect(readFileSync(join(out, files[0]), 'utf8')).toBe('edited in the repo\n')
    expect((await run('export', ...project, '--out', out, '--on-conflict', 'keep')).code).toBe(0)
    expect(readFileSync(join(out, files[0]), 'utf8')).toBe('edited in the repo\n')
  }, 60_000)

  it('imports an adr-tools folder and lists it', async () => {
    const folder = makeTempDir('arbiter-cli-adr-')
    cpSync(join(root, 'tests/fixtures/adr/nygard'), folder, { recursive: true })
    const other = join(makeTempDir('arbiter-cli-'), 'team.db')
    const store = await openStore(other)
    await createServices(store, { version: 'test', platform: process.platform }).projects.create({ name: 'Platform' })
    await store.close()
    const imported = await run('import', '--db', other, '--project', 'Platform', folder)
    expect(imported.code).toBe(0)
    expect(imported.stdout).toMatch(/imported 0001-record-architecture-decisions\.md as 1\. Record architecture decisions/)
    const listed = await run('list', '--db', other)
    expect(listed.stdout).toMatch(/^Platform$/m)
    expect(listed.stdout).toMatch(/^ {2}0001 {2}accepted/m)
  }, 60_000)

  it('moves a project between databases as one .arbiter file', async () => {
    const file = join(makeTempDir('arbiter-cli-file-'), 'acme.arbiter')
    expect((await run('export-project', '--db', db, '--project', 'Backend framework for a startup API', '--out', file)).code).toBe(0)
    expect((await run('export-project', '--db', db, '--project', 'Backend framework for a startup API', '--out', file)).code).toBe(1)
    const fresh = join(makeTempDir('arbiter-cli-'), 'laptop.db')
    const imported = await run('import-project', '--db', fresh, file)
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringContaining('imported project "Backend framework for a startup API"') })
    const clash = await run('import-project', '--db', fresh, file)
    expect(clash.code).toBe(1)
    expect(clash.stderr).toContain('already exists')
  }, 60_000)
})
