/** Captures the search palette over the sample project, with highlighted hits in every group. */
import { join } from 'node:path'
import { expect, test } from './bridge'

const folder = join(import.meta.dirname, '../../screenshots')

test('search palette', async ({ app }) => {
  const { page } = app
  const { services } = app.store()
  const sample = await services.projects.createSample()
  const decision = await services.decisions.create({ projectId: sample.id, fromComparison: true })
  await services.decisions.setStatus({ id: decision.id, status: 'accepted' })
  await app.goto(`#/projects/${sample.id}/sources`)
  await page.reload()
  await expect(page.getByTestId('source-item')).toHaveCount(4)
  await page.keyboard.press('Control+k')
  const palette = page.getByTestId('search-palette')
  await palette.getByLabel('Search text').fill('throughput')
  await expect(palette.getByTestId('search-hit').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.screenshot({ path: join(folder, 'search-01-palette.png') })
  await palette.getByRole('radio', { name: 'All projects' }).click()
  await palette.getByLabel('Search text').fill('xyzzy')
  await expect(palette.getByRole('status')).toBeVisible()
  await page.screenshot({ path: join(folder, 'search-02-nothing.png') })
})
