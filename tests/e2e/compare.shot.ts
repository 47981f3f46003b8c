/** Captures the Compare tab with the sample project so it can be looked at (npm run screenshots). */
import { join } from 'node:path'
import { expect, test, type Harness } from './bridge'

const folder = join(import.meta.dirname, '../../screenshots')
const shoot = (app: Harness, name: string) => app.page.screenshot({ path: join(folder, `${name}.png`) })

test('compare tab', async ({ app }) => {
  const { page } = app
  const { services } = app.store()
  await page.setViewportSize({ width: 1440, height: 900 })
  const sample = await services.projects.createSample()
  await app.goto(`#/projects/${sample.id}/compare`)
  await expect(page.getByTestId('ranking-item')).toHaveCount(4)
  await shoot(app, 'compare-01-sample')

  // Express × Throughput: cited claims, a conflict and a proposal from the benchmark figures.
  await page.locator('[data-testid="matrix-cell"][data-option="Express"][data-criterion="Throughput"]').click()
  await expect(page.getByTestId('cell-proposal')).toBeVisible()
  await shoot(app, 'compare-02-cell-panel')
  await page.getByTestId('cell-panel').getByRole('button', { name: 'Close panel' }).click()

  await page.getByTestId('sensitivity-panel').scrollIntoViewIfNeeded()
  await page.getByTestId('sensitivity-panel').screenshot({ path: join(folder, 'compare-03-sensitivity.png') })

  await page.getByTestId('propose-row').first().click()
  await expect(page.getByTestId('propose-dialog')).toBeVisible()
  await shoot(app, 'compare-04-propose-row')
  await page.getByRole('button', { name: 'Keep my scores' }).click()

  await page.getByTestId('presets-button').click()
  await shoot(app, 'compare-05-presets')
  await page.keyboard.press('Escape')

  const criteria = await services.criteria.list({ projectId: sample.id })
  await services.criteria.setWeights({ projectId: sample.id, weights: criteria.map((c) => ({ criterionId: c.id, weight: 0 })) })
  await page.reload()
  await expect(page.getByTestId('no-weights')).toBeVisible()
  await shoot(app, 'compare-06-no-weights')

  // A wide matrix: 200 criteria scroll under a sticky header row and first column.
  const wide = await services.projects.create({ name: 'Wide comparison' })
  const options = await Promise.all(['Alpha', 'Beta', 'Gamma'].map((name) => services.options.create({ projectId: wide.id, name })))
  const many = []
  for (let i = 1; i <= 200; i++) many.push(await services.criteria.create({ projectId: wide.id, name: `Criterion ${i}`, direction: i % 4 === 0 ? 'cost' : 'benefit' }))
  await services.compare.setScores({
    projectId: wide.id,
    scores: many.flatMap((c, i) => options.map((o, j) => ({ optionId: o.id, criterionId: c.id, value: (i * 7 + j * 3) % 11 }))),
  })
  await app.goto(`#/projects/${wide.id}/compare`)
  await expect(page.getByTestId('matrix-row')).toHaveCount(200)
  await page.getByTestId('compare-matrix').evaluate((el) => el.scrollTo(0, 3000))
  await shoot(app, 'compare-07-wide')
})
