import { computeTotals, scoreKey } from '../../shared/scoring'
import { expect, test, type Harness } from './bridge'

/** The sample project's data, and who would win with one criterion's raw weight set to `weight`. */
async function sample(app: Harness) {
  const { services } = app.store()
  const project = await services.projects.createSample()
  const options = await services.options.list({ projectId: project.id })
  const criteria = await services.criteria.list({ projectId: project.id })
  const { scale, scores } = await services.compare.get({ projectId: project.id })
  const values = new Map(scores.map((s) => [scoreKey(s.optionId, s.criterionId), s.value]))
  const winnerWith = (criterionId: number | null, weight: number) => {
    const weighted = criteria.map((c) => (c.id === criterionId ? { ...c, weight } : c))
    const id = computeTotals({ scale, options, criteria: weighted, scores: values }).winnerId
    return options.find((o) => o.id === id)?.name ?? null
  }
  return { project, options, criteria, winnerWith }
}

const winner = (app: Harness) => app.page.getByTestId('ranking-item').first()

test.describe('compare', () => {
  test('dragging a weight re-ranks live, persists, and undoes with Ctrl+Z', async ({ app }) => {
    const { page } = app
    const { project, criteria, winnerWith } = await sample(app)
    const before = winnerWith(null, 0)!
    // The first criterion whose slider at either end (100 or 0) really changes the winner.
    const pick = criteria
      .flatMap((c) => [{ c, weight: 100 }, { c, weight: 0 }])
      .find(({ c, weight }) => winnerWith(c.id, weight) !== before)!
    const after = winnerWith(pick.c.id, pick.weight)!
    expect(after).not.toBe(before)

    await app.goto(`#/projects/${project.id}/compare`)
    await expect(winner(app)).toHaveAttribute('data-option', before)
    const slider = page.getByRole('slider', { name: `Weight of ${pick.c.name}`, exact: true })
    // Drag the thumb with the mouse past the end of the track.
    await slider.scrollIntoViewIfNeeded()
    const box = (await slider.boundingBox())!
    const y = box.y + box.height / 2
    const thumb = box.x + 8 + ((box.width - 16) * pick.c.weight) / 100
    const end = pick.weight === 100 ? box.x + box.width + 30 : box.x - 30
    await page.mouse.move(thumb, y)
    await page.mouse.down()
    for (let i = 1; i <= 10; i++) await page.mouse.move(thumb + ((end - thumb) * i) / 10, y)
    await expect(slider).toHaveValue(String(pick.weight))
    // The ranking follows the drag before the button is released.
    await expect(winner(app)).toHaveAttribute('data-option', after)
    await page.mouse.up()
    await expect(winner(app)).toHaveAttribute('data-option', after)
    await expect(page.locator('.matrix__option.is-winner')).toContainText(after)
    // The chart follows too (a render later): its bars are listed best first.
    const chart = page.getByTestId('totals-chart').getByRole('img')
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`^Weighted totals out of 100: ${after} `))
    const saved = async () => (await app.store().services.criteria.list({ projectId: project.id })).find((c) => c.id === pick.c.id)!.weight
    await expect.poll(saved).toBe(pick.weight)
    await expect(page.getByTestId('undo')).toBeEnabled()

    await page.keyboard.press('Control+z')
    await expect(winner(app)).toHaveAttribute('data-option', before)
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`^Weighted totals out of 100: ${before} `))
    await expect(slider).toHaveValue(String(pick.c.weight))
    await expect(page.getByTestId('toast').filter({ hasText: 'Undid weight change' })).toBeVisible()
    await expect.poll(saved).toBe(pick.c.weight)

    await page.keyboard.press('Control+Shift+z')
    await expect(winner(app)).toHaveAttribute('data-option', after)
    await expect.poll(saved).toBe(pick.weight)
    await page.reload()
    await expect(page.getByRole('slider', { name: `Weight of ${pick.c.name}`, exact: true })).toHaveValue(String(pick.weight))
    await expect(winner(app)).toHaveAttribute('data-option', after)
  })

  test('sets a score from the keyboard: arrows move, digits save at once', async ({ app }) => {
    const { page } = app
    const { project, options, criteria } = await sample(app)
    await app.goto(`#/projects/${project.id}/compare`)
    const cell = (row: number, col: number) => page.locator(`[data-testid="matrix-cell"][data-row="${row}"][data-col="${col}"]`)
    await cell(0, 0).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowRight')
    await expect(cell(1, 1)).toBeFocused()
    // "1" then "0" within 600 ms is 10 on the 0–10 scale.
    await page.keyboard.press('1')
    await page.keyboard.press('0')
    await expect(cell(1, 1).getByTestId('cell-score')).toHaveText('10')
    const stored = async (optionId: number, criterionId: number) =>
      (await app.store().services.compare.get({ projectId: project.id })).scores.find((s) => s.optionId === optionId && s.criterionId === criterionId)?.value
    await expect.poll(() => stored(options[1].id, criteria[1].id)).toBe(10)

    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Delete')
    await expect(cell(1, 2).getByTestId('cell-score')).toHaveText('—')
    await expect.poll(() => stored(options[2].id, criteria[1].id)).toBeNull()

    await page.reload()
    await expect(cell(1, 1).getByTestId('cell-score')).toHaveText('10')
    await expect(cell(1, 2).getByTestId('cell-score')).toHaveText('—')
  })

  test('states the smallest weight flip worked out by hand', async ({ app }) => {
    const { services } = app.store()
    const project = await services.projects.create({ name: 'API framework' })
    const [django, express, fastapi] = await Promise.all(
      ['Django', 'Express', 'FastAPI'].map((name) => services.options.create({ projectId: project.id, name })),
    ).then((list) => list.sort((a, b) => a.id - b.id))
    const throughput = await services.criteria.create({ projectId: project.id, name: 'Throughput', direction: 'benefit' })
    const hiring = await services.criteria.create({ projectId: project.id, name: 'Hiring / talent pool', direction: 'benefit' })
    const latency = await services.criteria.create({ projectId: project.id, name: 'Latency', direction: 'cost' })
    await services.criteria.setWeights({
      projectId: project.id,
      weights: [{ criterionId: throughput.id, weight: 45 }, { criterionId: hiring.id, weight: 10 }, { criterionId: latency.id, weight: 45 }],
    })
    const rows: [typeof django, number[]][] = [[django, [6, 4, 2]], [express, [5, 9, 4]], [fastapi, [9, 1, 7]]]
    await services.compare.setScores({
      projectId: project.id,
      scores: rows.flatMap(([option, values]) => [throughput, hiring, latency].map((c, i) => ({ optionId: option.id, criterionId: c.id, value: values[i] }))),
    })
    await app.goto(`#/projects/${project.id}/compare`)
    await expect(app.page.getByTestId('sensitivity-sentence')).toHaveText('Express wins if Hiring / talent pool weight rises from 10% to 23%.')
    await expect(winner(app)).toHaveAttribute('data-option', 'Django')
    await expect(app.page.getByTestId('sensitivity-band').filter({ hasText: 'Hiring / talent pool' })).toContainText(
      'Django stays ahead between 0% and 23%; Express takes over above.',
    )
  })

  test('shows "No weights set" when every weight is 0', async ({ app }) => {
    const { project, criteria } = await sample(app)
    await app.store().services.criteria.setWeights({ projectId: project.id, weights: criteria.map((c) => ({ criterionId: c.id, weight: 0 })) })
    await app.goto(`#/projects/${project.id}/compare`)
    await expect(app.page.getByTestId('no-weights')).toHaveText('No weights set')
    await expect(app.page.getByTestId('ranking-item')).toHaveCount(0)
    await expect(app.page.getByTestId('compare-tab')).not.toContainText('NaN')
    await expect(app.page.getByTestId('weight-share').first()).toHaveText('—')
  })

  test('refuses an out-of-scale score with the service message and saves nothing', async ({ app }) => {
    const { page } = app
    const { project, options, criteria } = await sample(app)
    const { scores } = await app.store().services.compare.get({ projectId: project.id })
    const original = scores.find((s) => s.optionId === options[0].id && s.criterionId === criteria[0].id)!
    await app.goto(`#/projects/${project.id}/compare`)
    await page.locator('[data-testid="matrix-cell"][data-row="0"][data-col="0"]').click()
    const panel = page.getByTestId('cell-panel')
    await panel.getByTestId('cell-score-input').fill('12')
    await panel.getByTestId('cell-score-input').press('Enter')
    await expect(panel.getByTestId('cell-error')).toHaveText('Scores must be between 0 and 10; 12 is outside the scale.')
    await panel.getByTestId('cell-score-input').fill('abc')
    await panel.getByTestId('cell-score-input').press('Enter')
    await expect(panel.getByTestId('cell-error')).toHaveText('Score must be a number.')
    const now = (await app.store().services.compare.get({ projectId: project.id })).scores.find((s) => s.optionId === options[0].id && s.criterionId === criteria[0].id)
    expect(now).toEqual(original)
    await expect(page.locator('[data-testid="matrix-cell"][data-row="0"][data-col="0"]').getByTestId('cell-score')).toHaveText(String(original.value))
  })

  test('a cell shows its evidence, and its panel lists the claims and applies the proposal', async ({ app }) => {
    const { page } = app
    const { project, options, criteria } = await sample(app)
    const express = options.find((o) => o.name === 'Express')!
    const throughput = criteria.find((c) => c.name === 'Throughput')!
    await app.goto(`#/projects/${project.id}/compare`)
    const cell = page.locator('[data-testid="matrix-cell"][data-option="Express"][data-criterion="Throughput"]')
    await expect(cell.getByTestId('cell-supports')).toHaveText('+5')
    await expect(cell.getByTestId('cell-conflict')).toBeVisible()
    await expect(page.locator('[data-testid="matrix-cell"][data-option="Fastify"][data-criterion="Latency"]').getByTestId('cell-no-evidence')).toBeVisible()

    await cell.click()
    const panel = page.getByTestId('cell-panel')
    await expect(panel.getByTestId('panel-claim')).toHaveCount(6)
    await expect(panel.getByTestId('paraphrase-badge').first()).toBeVisible()
    await expect(panel.getByTestId('proposal-explanation')).toHaveText('14,567.33 req/s (mean of 3 claims) ÷ highest 45,000 req/s (Fastify) × 10 = 3.2')
    await panel.getByTestId('use-proposed').click()
    await expect(cell.getByTestId('cell-score')).toHaveText('3.2')
    const stored = async () => (await app.store().services.compare.get({ projectId: project.id })).scores.find((s) => s.optionId === express.id && s.criterionId === throughput.id)
    await expect.poll(async () => (await stored())?.origin).toBe('proposed')
    expect((await stored())?.value).toBe(3.2)

    // The last claim's source is not the one the reader opens on: the link must bring it up.
    const linked = panel.getByTestId('panel-claim').last()
    const sourceTitle = (await linked.locator('.evidence__title').textContent())!
    await linked.getByTestId('show-in-reader').click()
    await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}/sources/claim/\\d+$`))
    const claimId = page.url().split('/').pop()
    await expect(page.getByTestId('source-item').and(page.locator('[aria-current="true"]'))).toContainText(sourceTitle)
    await expect(page.getByTestId('claims-panel').locator(`[data-claim-id="${claimId}"]`)).toHaveAttribute('aria-current', 'true')
  })

  test('presets skip locked weights; reset and preset undo with Ctrl+Z', async ({ app }) => {
    const { page } = app
    const { project, criteria } = await sample(app)
    const weightsNow = async () => new Map((await app.store().services.criteria.list({ projectId: project.id })).map((c) => [c.name, c.weight]))
    await app.goto(`#/projects/${project.id}/compare`)
    await page.getByRole('button', { name: 'Lock weight of Latency' }).click()
    await expect(page.getByRole('slider', { name: 'Weight of Latency' })).toBeDisabled()
    await page.getByTestId('presets-button').click()
    await page.getByRole('menuitem', { name: 'AI/ML product' }).click()
    await expect.poll(async () => (await weightsNow()).get('AI/ML fit')).toBe(100)
    expect((await weightsNow()).get('Latency')).toBe(criteria.find((c) => c.name === 'Latency')!.weight)
    await expect(page.getByRole('slider', { name: 'Weight of AI/ML fit' })).toHaveValue('100')

    await page.getByTestId('reset-weights').click()
    await expect(page.getByRole('slider', { name: 'Weight of AI/ML fit' })).toHaveValue('50')
    await expect.poll(async () => [...(await weightsNow()).entries()].filter(([name, w]) => name !== 'Latency' && w !== 50)).toEqual([])

    await page.keyboard.press('Control+z')
    await expect(page.getByRole('slider', { name: 'Weight of AI/ML fit' })).toHaveValue('100')
    await page.keyboard.press('Control+z')
    await expect(page.getByRole('slider', { name: 'Weight of AI/ML fit' })).toHaveValue(String(criteria.find((c) => c.name === 'AI/ML fit')!.weight))
    await expect(page.getByTestId('toast').filter({ hasText: 'Undid preset “AI/ML product”' })).toBeVisible()
    await page.keyboard.press('Control+y')
    await expect(page.getByRole('slider', { name: 'Weight of AI/ML fit' })).toHaveValue('100')
  })

  test('explains an empty comparison and a single option', async ({ app }) => {
    const { services } = app.store()
    const project = await services.projects.create({ name: 'Queue' })
    await app.goto(`#/projects/${project.id}/compare`)
    await expect(app.page.getByTestId('compare-empty')).toBeVisible()
    await expect(app.page.getByTestId('compare-tab')).toContainText('Options & criteria')
    await services.options.create({ projectId: project.id, name: 'RabbitMQ' })
    await services.criteria.addStarterSet({ projectId: project.id })
    await app.page.reload()
    await expect(winner(app)).toHaveAttribute('data-option', 'RabbitMQ')
    await expect(app.page.getByTestId('sensitivity-sentence')).toHaveText('There is only one option, so there is nothing to compare.')
  })
})
