/**
 * Runs Electronegativity (Electron security linter) on the app's own code and fails on any
 * finding that is not listed, with a reason, in reviewed-findings.json. The tool itself exits 0
 * whatever it finds, so this reads its SARIF report.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const staging = join(root, '.test-output/security-scan')
const report = join(root, '.test-output/electronegativity.sarif')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version

rmSync(staging, { recursive: true, force: true })
mkdirSync(staging, { recursive: true })
for (const part of ['main', 'preload', 'renderer', 'package.json']) cpSync(join(root, part), join(staging, part), { recursive: true })

// -e: the Electron version is known, so the tool need not look it up online.
spawnSync(join(root, 'node_modules/.bin/electronegativity'), ['-i', staging, '-o', report, '-r', '-v', 'false', '-e', electronVersion], {
  cwd: root,
  stdio: 'ignore',
})
if (!existsSync(report)) {
  console.log('electronegativity: no report was written')
  process.exit(1)
}

const { reviewed } = JSON.parse(readFileSync(join(root, 'tests/security/reviewed-findings.json'), 'utf8'))
const findings = JSON.parse(readFileSync(report, 'utf8')).runs.flatMap((run) =>
  run.results.map((result) => ({
    check: result.ruleId,
    file: result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?',
    line: result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
    message: result.message?.text ?? '',
  })),
)
const isReviewed = (f) => reviewed.some((r) => r.check === f.check && f.file.endsWith(r.file))
const open = findings.filter((f) => !isReviewed(f))
console.log(`electronegativity: ${findings.length} findings, ${findings.length - open.length} reviewed, ${open.length} open`)
for (const f of open) console.log(`  ${f.check} ${f.file}:${f.line} ${f.message}`)
process.exit(open.length > 0 ? 1 : 0)
