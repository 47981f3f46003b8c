/**
 * `npm test`: typecheck, build, unit tests, Chromium end-to-end tests, and the Electron
 * end-to-end tests where the Electron runtime exists. Ends with one line of totals,
 * `N passed, N failed` (", N skipped" when a suite could not run), and a non-zero exit on failure.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from '../main/electron-binary.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const output = join(root, '.test-output')
rmSync(output, { recursive: true, force: true })
mkdirSync(output, { recursive: true })

const bin = (name) => join(root, 'node_modules', '.bin', name)
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const results = []
const record = (suite, passed, failed, skipped = 0) => results.push({ suite, passed, failed, skipped })
const heading = (text) => console.log(`\n── ${text} ${'─'.repeat(Math.max(0, 70 - text.length))}`)

heading('typecheck')
record('typecheck', ...(run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) ? [1, 0] : [0, 1]))

heading('security (electronegativity)')
record('security', ...(run(process.execPath, ['tests/security/electronegativity.mjs']) ? [1, 0] : [0, 1]))

heading('build')
const built = run(bin('electron-vite'), ['build'])
record('build', ...(built ? [1, 0] : [0, 1]))

heading('unit (vitest)')
const unitFile = join(output, 'unit.json')
run(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`])
const unit = readJson(unitFile)
record('unit', unit?.numPassedTests ?? 0, unit ? unit.numFailedTests + (unit.numFailedTestSuites ?? 0) : 1, unit?.numPendingTests ?? 0)

function playwright(suite, config, jsonName) {
  run(bin('playwright'), ['test', '-c', config])
  const report = readJson(join(output, jsonName))
  if (!report) return record(suite, 0, 1)
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {}
  record(suite, expected + flaky, unexpected + (report.errors?.length ?? 0), skipped)
}

heading('e2e (Chromium)')
if (built) playwright('e2e', 'tests/e2e/playwright.config.ts', 'e2e.json')
else record('e2e', 0, 1)

heading('e2e (Electron)')
const electron = findElectronBinary()
if ('reason' in electron) {
  console.log(`SKIP electron e2e: ${electron.reason}`)
  record('electron', 0, 0, 1)
} else if (built) playwright('electron', 'tests/electron/playwright.config.ts', 'electron.json')
else record('electron', 0, 1)

heading('summary')
for (const r of results) console.log(`${r.suite.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`)
const total = (key) => results.reduce((sum, r) => sum + r[key], 0)
const skipped = total('skipped')
console.log(`${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(total('failed') > 0 ? 1 : 0)
