/**
 * How quickly the Compare tab's ranking follows a weight slider. Builds a project in a temp store
 * (12 options, 40 criteria, a score in every cell, 40 sources, 5,000 accepted claims), opens the
 * built renderer in Debian Chromium through the e2e test bridge (real dispatcher, real SQLite),
 * and drives one heavy criterion's slider with the keyboard (200 presses) and the mouse (a drag
 * in 100 moves). Then the same on a 200-criteria project (the bad case: reported, no goal).
 *
 * For every `input` event of the slider it records `event.timeStamp`; a MutationObserver on the
 * ranking panel sees the first DOM change after it, and a requestAnimationFrame then a
 * setTimeout(0) stand for "painted". A sample is `performance.now()` at that point minus the
 * input's timeStamp. Inputs after which the ranking's DOM did not change are counted apart.
 * A plain range input outside React, driven the same way, gives the floor of the method.
 * Figures only: nothing here is a pass/fail test (exit 1 only when the page fails to load).
 *
 *   npx electron-vite build && npx tsx tests/bench/compare-slider.ts
 */
import { chromium, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, platform, release, totalmem, type as osType } from 'node:os'
import { join } from 'node:path'
import type { Claim, ConflictSummary, Criterion, Option, SourceSummary } from '../../shared/domain/evidence'
import type { CompareSnapshot } from '../../shared/domain/weights'
import { computeTotals, leaveOneSourceOut, proposeScores, weightSensitivity, type MatrixCell } from '../../shared/scoring'
import type { Dispatch } from '../../main/ipc'
import { evidenceByCell, scoresByCell, sourceBadges } from '../../renderer/compare/model'
import { installBridge, serveRenderer } from '../e2e/bridge'
import { chromiumArgs, chromiumPath } from '../e2e/playwright.config'
import { makeTempDir, openTempStore } from '../helpers/temp-store'
import { generateCompareProject, type CompareProjectSize, type GeneratedProject } from './compare-slider-data'

const GOAL_P95_MS = 8
const KEY_PRESSES = 200
const KEY_GAP_MS = 30
const DRAG_MOVES = 100
const DRAG_GAP_MS = 16
const VIEWPORT = { width: 1440, height: 900 }
const MAIN: CompareProjectSize = { options: 12, criteria: 40, sources: 40, claims: 5_000 }
const WIDE: CompareProjectSize = { ...MAIN, criteria: 200 }

const root = join(import.meta.dirname, '../..')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const fixed = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits))
const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)])

// ---------------------------------------------------------------------------------------------
// 0. The built renderer
if (!existsSync(join(root, 'out/renderer/index.html'))) {
  console.log('out/renderer is missing: running `npx electron-vite build` first…')
  try {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  } catch {
    console.error('The build failed. Run `npx electron-vite build` yourself, then this script again.')
    process.exit(1)
  }
}

// ---------------------------------------------------------------------------------------------
// 1. The data
async function call<T>(dispatch: Dispatch, path: string, input: unknown): Promise<T> {
  const result = await dispatch(path, input)
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`)
  return result.value as T
}

type Loaded = { options: Option[]; criteria: Criterion[]; snapshot: CompareSnapshot; claims: Claim[]; conflicts: ConflictSummary; sources: SourceSummary[] }
const load = async (dispatch: Dispatch, projectId: number): Promise<Loaded> => ({
  options: await call(dispatch, 'options.list', { projectId }),
  criteria: await call(dispatch, 'criteria.list', { projectId }),
  snapshot: await call(dispatch, 'compare.get', { projectId }),
  claims: await call(dispatch, 'claims.list', { projectId, status: 'accepted' }),
  conflicts: await call(dispatch, 'conflicts.summary', { projectId }),
  sources: await call(dispatch, 'sources.list', { projectId }),
})

const temp = await openTempStore(makeTempDir('arbiter-bench-compare-'))
type Built = { label: string; size: CompareProjectSize; projectId: number; generated: GeneratedProject; data: Loaded }
async function build(label: string, size: CompareProjectSize, seed: number): Promise<Built> {
  const started = performance.now()
  const project = await temp.services.projects.create({ name: `Compare bench ${label}`, description: 'Generated for the slider benchmark' })
  const generated = await generateCompareProject(temp.store.db, project.id, size, seed)
  const data = await load(temp.dispatch, project.id)
  const accepted = data.claims.filter((c) => c.status === 'accepted').length
  console.log(
    `${label}: ${data.options.length} options, ${data.criteria.length} criteria (weights sum ${generated.weightSum}), ${data.snapshot.scores.length} scores ` +
      `(${generated.proposedCells} proposed), ${data.sources.length} sources, ${accepted} accepted claims, ${data.conflicts.pairs} conflicts ` +
      `— ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return { label, size, projectId: project.id, generated, data }
}

console.log('Generating the projects…')
const main = await build('40 criteria', MAIN, 20260415)
const wide = await build('200 criteria', WIDE, 20260416)

// ---------------------------------------------------------------------------------------------
// What one slider step costs in the decision math, in Node (same V8, same functions, same data).
function mathPerStep({ data, generated }: Built) {
  const { options, criteria, snapshot, claims, conflicts, sources } = data
  const scale = snapshot.scale
  const scores = scoresByCell(snapshot.scores)
  const values = new Map([...scores].map(([key, s]) => [key, s.value]))
  const accepted = claims.filter((c) => c.status === 'accepted')
  const cells = new Map<string, MatrixCell>([...scores].map(([key, s]) => [key, { score: s.value, origin: s.origin }]))
  let w = generated.heavyStartWeight
  const moved = () => {
    w = w >= 90 ? 10 : w + 1
    return criteria.map((c) => (c.id === generated.heavyCriterionId ? { ...c, weight: w } : c))
  }
  const time = (work: () => unknown, runs = 15) => {
    for (let i = 0; i < 3; i++) work()
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      work()
      times.push(performance.now() - start)
    }
    return percentile(times.sort((a, b) => a - b), 50)
  }
  return [
    ['computeTotals (every input, urgent render)', time(() => computeTotals({ scale, options, criteria: moved(), scores: values }), 50)],
    ['weightSensitivity (every input, deferred render)', time(() => weightSensitivity({ scale, options, criteria: moved(), scores: values }), 50)],
    ['leaveOneSourceOut (every input, deferred render)', time(() => leaveOneSourceOut({ scale, options, criteria: moved(), cells, claims: accepted, sources }))],
    ['proposals for all criteria (every commit: new `saved`)', time(() => criteria.map((c) => proposeScores({ criterion: c, scale, options, claims: accepted.filter((x) => x.criterionId === c.id) })))],
    ['evidenceByCell (data changes only)', time(() => evidenceByCell(accepted, conflicts.cells, sourceBadges(sources)))],
  ] as const
}

// ---------------------------------------------------------------------------------------------
// 2. The page
const server = await serveRenderer()
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
const context = await browser.newContext({ viewport: VIEWPORT })
const page = await context.newPage()
const pageErrors: string[] = []
page.on('pageerror', (error) => pageErrors.push(error.message))
page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()))
await installBridge(page, () => temp.dispatch)

async function fail(message: string): Promise<never> {
  console.error(`\nThe page failed to load: ${message}`)
  if (pageErrors.length) console.error(`Page errors:\n  ${pageErrors.join('\n  ')}`)
  await browser.close().catch(() => {})
  server.close()
  await temp.close()
  process.exit(1)
}

async function open(built: Built): Promise<number> {
  const started = performance.now()
  try {
    await page.goto('about:blank')
    // Others may rebuild out/renderer while this runs: wait for it to come back rather than fail at once.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.goto(`${baseUrl}#/projects/${built.projectId}/compare`)
        break
      } catch (error) {
        if (attempt === 10) throw error
        await sleep(3_000)
      }
    }
    await page.locator('body[data-app-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 })
    await page.locator('[data-testid="ranking-item"]').nth(built.size.options - 1).waitFor({ timeout: 60_000 })
    await page.locator('[data-testid="matrix-row"]').nth(built.size.criteria - 1).waitFor({ state: 'attached', timeout: 60_000 })
    await page.locator('[data-testid="totals-chart"] canvas').waitFor({ timeout: 30_000 })
  } catch (error) {
    return fail(`${built.label}: ${(error as Error).message.split('\n')[0]}`)
  }
  const rows = await page.locator('[data-testid="matrix-row"]').count()
  const ranked = await page.locator('[data-testid="ranking-item"]').count()
  if (rows !== built.size.criteria || ranked !== built.size.options) return fail(`${built.label}: ${rows} matrix rows and ${ranked} ranking items`)
  // Let the first deferred renders (sensitivity, leave-one-out) settle before measuring.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)))')
  return performance.now() - started
}

// ---------------------------------------------------------------------------------------------
// 3. The probe, installed in the page (no product code changes).
type Sample = { input: number; dom: number; painted: number }
type Collected = { samples: Sample[]; inputs: number; unchanged: number; stray: number; longTasks: number[] }

/**
 * Runs in the page (kept as plain JavaScript text: tsx would wrap named functions in a helper the
 * page does not have). For inputs on `sliderSelector`: input timeStamp → first mutation of
 * `rootSelector` → next frame. An input still waiting when the next one comes saw no change: React
 * renders a slider's change in the same task, before the next input event can be dispatched.
 */
const PROBE = `({ sliderSelector, rootSelector }) => {
  window.__benchProbe?.disconnect()
  const observed = document.querySelector(rootSelector)
  if (!observed) throw new Error('No element matches ' + rootSelector)
  let entries = [], waiting = [], unchanged = 0, stray = 0, longTasks = []
  const onInput = (event) => {
    if (!event.target.matches(sliderSelector)) return
    unchanged += waiting.length
    const entry = { input: event.timeStamp, dom: null, painted: null }
    entries.push(entry)
    waiting = [entry]
  }
  document.addEventListener('input', onInput, true)
  const mutations = new MutationObserver(() => {
    if (waiting.length === 0) return void stray++
    const batch = waiting
    waiting = []
    const dom = performance.now()
    for (const entry of batch) entry.dom = dom
    requestAnimationFrame(() => setTimeout(() => {
      const painted = performance.now()
      for (const entry of batch) entry.painted = painted
    }, 0))
  })
  mutations.observe(observed, { subtree: true, childList: true, attributes: true, characterData: true })
  const tasks = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration) })
  try { tasks.observe({ type: 'longtask' }) } catch {}
  window.__benchProbe = {
    reset() { entries = []; waiting = []; unchanged = 0; stray = 0; longTasks = [] },
    collect() {
      unchanged += waiting.length
      waiting = []
      return { samples: entries.filter((e) => e.dom !== null && e.painted !== null), inputs: entries.length, unchanged, stray, longTasks }
    },
    disconnect() { document.removeEventListener('input', onInput, true); mutations.disconnect(); tasks.disconnect() },
  }
}`
const installProbe = (page: Page, probe: { sliderSelector: string; rootSelector: string }) => page.evaluate(`(${PROBE})(${JSON.stringify(probe)})`)

const probeReset = (page: Page) => page.evaluate('window.__benchProbe.reset()')
const probeCollect = (page: Page) => page.evaluate('window.__benchProbe.collect()') as Promise<Collected>

// ---------------------------------------------------------------------------------------------
// 4. The drivers
/** 40 steps up, 80 down, 80 up: stays inside 10–90 from a start of 50, so every press changes the value. */
const keyPlan = Array.from({ length: KEY_PRESSES }, (_, i) => (i < 40 || i >= 120 ? 'ArrowRight' : 'ArrowLeft'))

/** Waits until the page has run a frame and a task after it, i.e. the main thread has caught up. */
const settle = () => page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 100), 0)))')

async function driveKeyboard(sliderSelector: string) {
  const slider = page.locator(sliderSelector)
  await slider.scrollIntoViewIfNeeded()
  await slider.focus()
  // Warm-up (not recorded): the first few renders compile code.
  for (const key of ['ArrowRight', 'ArrowLeft'].flatMap((k) => Array<string>(10).fill(k))) {
    await page.keyboard.press(key)
    await sleep(KEY_GAP_MS)
  }
  await settle()
  await probeReset(page)
  for (const key of keyPlan) {
    await page.keyboard.press(key)
    await sleep(KEY_GAP_MS)
  }
}

async function driveMouse(sliderSelector: string) {
  const slider = page.locator(sliderSelector)
  await slider.scrollIntoViewIfNeeded()
  const box = await slider.boundingBox()
  if (!box) throw new Error('The slider has no box')
  const y = box.y + box.height / 2
  const from = box.x + box.width * 0.1
  const to = box.x + box.width * 0.9
  await page.mouse.move(from, y)
  await settle()
  await probeReset(page)
  await page.mouse.down()
  await sleep(DRAG_GAP_MS)
  for (let i = 1; i <= DRAG_MOVES; i++) {
    await page.mouse.move(from + ((to - from) * i) / DRAG_MOVES, y)
    await sleep(DRAG_GAP_MS)
  }
  await page.mouse.up()
}

type Row = { scenario: string; collected: Collected; goal: boolean }
const rows: Row[] = []

async function run(scenario: string, probe: { sliderSelector: string; rootSelector: string }, drive: () => Promise<void>, goal: boolean) {
  await installProbe(page, probe)
  await drive()
  // Let the last frame and any commit settle.
  await sleep(500)
  const collected = await probeCollect(page)
  rows.push({ scenario, collected, goal })
  const lat = collected.samples.map((s) => s.painted - s.input).sort((a, b) => a - b)
  console.log(`  ${scenario.padEnd(44)} ${collected.inputs} inputs, ${collected.samples.length} samples, p95 ${fixed(percentile(lat, 95))} ms`)
}

/** A plain range input outside React, the same width as the app's slider, that writes its value into a span. */
async function withBaseline(width: number, work: (probe: { sliderSelector: string; rootSelector: string }) => Promise<void>) {
  // Styles through the CSSOM: the app's CSP refuses style attributes in markup.
  await page.evaluate(`(() => {
    const box = document.createElement('div')
    box.id = 'bench-baseline'
    Object.assign(box.style, { position: 'fixed', top: '120px', left: '40px', zIndex: '99999', background: '#fff', padding: '8px', border: '1px solid #888' })
    const input = Object.assign(document.createElement('input'), { type: 'range', min: '0', max: '100', step: '1', value: '50' })
    Object.assign(input.style, { width: '${width}px', height: '16px', margin: '0' })
    const span = document.createElement('span')
    span.textContent = '50'
    input.addEventListener('input', () => { span.textContent = input.value })
    box.append(input, span)
    document.body.append(box)
  })()`)
  await work({ sliderSelector: '#bench-baseline input', rootSelector: '#bench-baseline' })
  await page.evaluate(() => document.getElementById('bench-baseline')?.remove())
}

async function scenarios(built: Built, goal: boolean) {
  const openMs = await open(built)
  console.log(`\n${built.label}: compare tab rendered in ${(openMs / 1000).toFixed(2)} s`)
  const sliderSelector = `[data-testid="weight-control"][data-criterion="${built.generated.heavyCriterionId}"] input[type="range"]`
  const probe = { sliderSelector, rootSelector: '.compare__side' }
  if (!(await page.locator('.compare__side [data-testid="ranking-panel"]').count())) return fail('no ranking panel')
  const width = (await page.locator(sliderSelector).boundingBox())?.width ?? 150
  if (goal) {
    await withBaseline(width, async (baseline) => {
      await run('baseline: plain range input, keyboard', baseline, () => driveKeyboard(baseline.sliderSelector), false)
      await run('baseline: plain range input, mouse drag', baseline, () => driveMouse(baseline.sliderSelector), false)
    })
  }
  await run(`${built.label}: keyboard (${KEY_PRESSES} presses, ${KEY_GAP_MS} ms apart)`, probe, () => driveKeyboard(sliderSelector), goal)
  // Back to a known weight and a fresh page state before the drag.
  await open(built)
  await run(`${built.label}: mouse drag (${DRAG_MOVES} moves, ${DRAG_GAP_MS} ms apart)`, probe, () => driveMouse(sliderSelector), goal)
}

const loadBefore = loadavg()[0]
console.log('\nMeasuring (headless Chromium)…')
await scenarios(main, true)
await scenarios(wide, false)

const chromiumVersion = browser.version()
const userAgent = await page.evaluate(() => navigator.userAgent)
await browser.close()
server.close()

// ---------------------------------------------------------------------------------------------
// 5. The report
const math = [mathPerStep(main), mathPerStep(wide)]
await temp.close()

console.log('\nInput → ranking changed in the DOM → next frame (rAF + setTimeout 0), per input event of the slider, in ms')
const header = ['scenario', 'inputs', 'samples', 'p50', 'p95', 'max', 'no change', 'DOM p50', 'DOM p95', 'long tasks', `goal p95 ≤ ${GOAL_P95_MS} ms`]
const table = rows.map(({ scenario, collected, goal }) => {
  const painted = collected.samples.map((s) => s.painted - s.input).sort((a, b) => a - b)
  const dom = collected.samples.map((s) => s.dom - s.input).sort((a, b) => a - b)
  const long = collected.longTasks
  const verdict = scenario.startsWith('baseline') ? '(floor of the method)' : goal ? (percentile(painted, 95) <= GOAL_P95_MS ? 'PASS' : 'MISS') : 'no goal (bad case)'
  return [
    scenario, String(collected.inputs), String(collected.samples.length),
    fixed(percentile(painted, 50)), fixed(percentile(painted, 95)), fixed(painted.at(-1)),
    String(collected.unchanged) + (collected.stray ? ` (+${collected.stray} stray)` : ''),
    fixed(percentile(dom, 50)), fixed(percentile(dom, 95)),
    long.length ? `${long.length} (max ${Math.round(Math.max(...long))})` : '0',
    verdict,
  ]
})
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)))
const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
console.log(line(header))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of table) console.log(line(r))
console.log(
  `\np50/p95/max: input event timeStamp → first mutation of the ranking panel → rAF → setTimeout(0) ("painted"). A frame is 16.7 ms.\n` +
    `DOM p50/p95: input → the mutation only (script + React render, no frame wait). "no change": inputs after which the ranking's DOM did not change\n` +
    `(not samples). Long tasks: main-thread tasks ≥ 50 ms during the scenario (the deferred sensitivity work runs there too).`,
)

console.log('\nDecision math per slider step, in Node on the same data (median ms)')
for (const [k, built] of [main, wide].entries()) {
  console.log(`  ${built.label}`)
  for (const [name, ms] of math[k]) console.log(`    ${name.padEnd(56)} ${fixed(ms, 2).padStart(8)}`)
}

const cpu = cpus()
console.log(
  `\nMachine: ${osType()} ${release()} (${platform()}), ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
    `Node ${process.version}\nChromium ${chromiumVersion} (${chromiumPath ?? "Playwright's own"}), headless, ${chromiumArgs.join(' ')}, viewport ${VIEWPORT.width}×${VIEWPORT.height}\n${userAgent}`,
)
const loadAfter = loadavg()[0]
console.log(`Load average (1 min) ${loadBefore.toFixed(1)} before the measurements, ${loadAfter.toFixed(1)} after, on ${cpu.length} CPUs`)
if (Math.max(loadBefore, loadAfter) > cpu.length) {
  console.log('  The machine was busy with other work: figures, the baseline too, are inflated. Compare each row with the baseline, or run again when idle.')
}
if (pageErrors.length) console.log(`\nThe page logged errors:\n  ${pageErrors.join('\n  ')}`)
process.exit(0)
