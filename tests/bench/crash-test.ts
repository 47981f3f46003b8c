/**
 * Kills a writing process at random moments and checks that every commit it reported survived.
 * 50 times on the same file: a child (crash-writer.ts) inserts claims one transaction at a time
 * and prints each id after its commit; it is killed with SIGKILL 50–400 ms after it is ready.
 * After each kill the database must pass the startup check and `PRAGMA integrity_check`, and
 * hold every id the child reported. Prints a line per run and a summary; exits 1 on any loss.
 *
 *   npx tsx tests/bench/crash-test.ts [runs]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../main/db/connection'
import { checkDatabaseAtStart } from '../../main/db/startup-check'

const runs = Number(process.argv[2] ?? 50)
const root = join(import.meta.dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'arbiter-crash-'))
const dbPath = join(dir, 'crash.db')

type RunResult = { reported: number[]; delayMs: number }

/** Starts the writer, waits for "ready", kills it after a random delay, returns the ids it printed. */
function runWriter(): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), dbPath], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const delayMs = 50 + Math.floor(Math.random() * 351)
    const reported: number[] = []
    let pending = ''
    let stderr = ''
    let ready = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') {
          ready = true
          setTimeout(() => child.kill('SIGKILL'), delayMs)
        } else if (/^\d+$/.test(line)) reported.push(Number(line))
      }
    })
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // 'close' waits for stdout to drain, so every id the child wrote before dying is counted.
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL' && ready) resolve({ reported, delayMs })
      else reject(new Error(`the writer stopped on its own (${signal ?? _code}): ${stderr.trim()}`))
    })
  })
}

type Check = { integrity: string; missing: number; rows: number; startup: string }

async function checkAfterKill(reported: number[]): Promise<Check> {
  // The startup check must not mistake an interrupted WAL for damage.
  const startup = checkDatabaseAtStart(dbPath).status
  if (startup !== 'ok') return { integrity: 'not checked', missing: reported.length, rows: 0, startup }
  const store = await openStore(dbPath)
  try {
    const integrity = (store.sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
    const present = new Set(store.sqlite.prepare('SELECT id FROM claims').pluck().all() as number[])
    const missing = reported.filter((id) => !present.has(id)).length
    return { integrity, missing, rows: present.size, startup }
  } finally {
    await store.close()
  }
}

const started = performance.now()
let totalReported = 0
let totalMissing = 0
let integrityFailures = 0
let completed = 0
console.log(`Crash test on ${dbPath}: ${runs} runs, SIGKILL 50–400 ms after the writer is ready\n`)
console.log('run  killed after  ids reported  rows in table  missing  integrity')
for (let run = 1; run <= runs; run++) {
  const { reported, delayMs } = await runWriter()
  completed++
  const check = await checkAfterKill(reported)
  totalReported += reported.length
  totalMissing += check.missing
  const failed = check.integrity !== 'ok' || check.startup !== 'ok'
  if (failed) integrityFailures++
  const integrity = check.startup === 'ok' ? check.integrity : `startup check said ${check.startup}`
  console.log(
    `${String(run).padStart(3)}  ${`${delayMs} ms`.padStart(12)}  ${String(reported.length).padStart(12)}  ${String(check.rows).padStart(13)}  ${String(check.missing).padStart(7)}  ${integrity}`,
  )
  if (failed) break // the file is no longer a fair starting point for the next run
}
const seconds = ((performance.now() - started) / 1000).toFixed(1)

console.log(`\nRuns:                             ${completed} of ${runs}`)
console.log(`Committed ids reported:           ${totalReported}`)
console.log(`Missing ids (must be 0):          ${totalMissing}`)
console.log(`Integrity failures (must be 0):   ${integrityFailures}`)
console.log(`Time:                             ${seconds} s`)
rmSync(dir, { recursive: true, force: true })
if (totalMissing > 0 || integrityFailures > 0) process.exit(1)
