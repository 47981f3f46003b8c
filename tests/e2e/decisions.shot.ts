/** Captures the Decisions tab with the sample project so it can be looked at (npm run screenshots). */
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { adrFileName } from '../../shared/adr/render'
import { makeTempDir } from '../helpers/temp-store'
import { expect, test, type Harness } from './bridge'

const folder = join(import.meta.dirname, '../../screenshots')
const shoot = (app: Harness, name: string) => app.page.screenshot({ path: join(folder, `${name}.png`) })

test('decisions tab', async ({ app }) => {
  const { page } = app
  const { services } = app.store()
  await page.setViewportSize({ width: 1440, height: 900 })
  const sample = await services.projects.createSample()
  await app.goto(`#/projects/${sample.id}/decisions`)
  await expect(page.getByTestId('decisions-empty')).toBeVisible()
  await shoot(app, 'decisions-01-empty')

  // A history: an accepted record whose comparison moved since, one it superseded, a rejected one, a draft.
  const projectId = sample.id
  const first = await services.decisions.create({ projectId, fromComparison: true })
  await services.decisions.update({ id: first.id, decisionMakers: ['Ana Ruiz', 'Platform team'], tags: ['backend'] })
  await services.decisions.setStatus({ id: first.id, status: 'accepted' })
  const second = await services.decisions.supersede({ id: first.id })
  const renamed = await services.decisions.update({ id: second.id, title: 'Use Fastify for the public API, with a schema per route' })
  await services.decisions.setStatus({ id: second.id, status: 'accepted' })
  const rejected = await services.decisions.create({ projectId, fromComparison: false, title: 'Write the API in Go' })
  await services.decisions.setStatus({ id: rejected.id, status: 'rejected' })
  await services.decisions.create({ projectId, fromComparison: false, title: 'Host the API on a managed container platform' })
  const criteria = await services.criteria.list({ projectId })
  await services.criteria.setWeights({ projectId, weights: [{ criterionId: criteria[0].id, weight: Math.max(0, criteria[0].weight - 30) }] })
  await page.reload()
  await expect(page.getByTestId('decision-row')).toHaveCount(4)
  await shoot(app, 'decisions-02-list')

  // The editor on a fresh draft from the comparison, preview beside it.
  await page.getByTestId('new-decision-from-comparison').click()
  await expect(page.getByTestId('adr-preview-body').locator('.footnotes')).toBeAttached()
  await shoot(app, 'decisions-03-editor')
  await page.getByTestId('adr-preview-body').locator('.footnotes').scrollIntoViewIfNeeded()
  await shoot(app, 'decisions-04-preview-footnotes')
  await page.getByTestId('add-section').click()
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
  await page.getByTestId('extra-sections').scrollIntoViewIfNeeded()
  await shoot(app, 'decisions-04b-citations')
  await page.getByTestId('back-to-list').click()

  // The accepted record whose comparison changed: banner with reasons, frozen matrix.
  await page.locator('[data-testid="decision-row"][data-number="2"]').click()
  await expect(page.getByTestId('comparison-changed-banner')).toBeVisible()
  await shoot(app, 'decisions-05-changed')
  await page.getByTestId('frozen-matrix').scrollIntoViewIfNeeded()
  await shoot(app, 'decisions-06-frozen-matrix')
  await page.getByTestId('back-to-list').click()

  // Export, then a file edited in the repository: the conflict and its three choices.
  const out = makeTempDir('arbiter-shot-export-')
  await page.getByTestId('export-decisions').click()
  app.chooseFolderNext(out)
  await page.getByTestId('choose-folder').click()
  await shoot(app, 'decisions-07-export')
  await page.getByTestId('export-submit').click()
  await expect(page.getByTestId('export-report')).toBeVisible()
  await shoot(app, 'decisions-08-export-report')
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Close' }).click()
  const file = join(out, adrFileName(renamed, 'madr'))
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited in the repository.\n`)
  await page.getByTestId('export-decisions').click()
  await page.getByTestId('export-submit').click()
  await expect(page.getByTestId('export-conflict')).toBeVisible()
  await shoot(app, 'decisions-09-export-conflict')
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Cancel' }).click()

  // Importing a folder of MADR records into an empty project.
  const other = await services.projects.create({ name: 'Shop platform' })
  const adrs = makeTempDir('arbiter-shot-import-')
  cpSync(join(import.meta.dirname, '../fixtures/adr/madr'), adrs, { recursive: true })
  cpSync(join(import.meta.dirname, '../fixtures/adr/nygard/0002-use-flask-for-the-public-api.md'), join(adrs, '0002-use-flask-for-the-public-api.md'))
  writeFileSync(join(adrs, 'diagram.png'), 'binary')
  await app.goto(`#/projects/${other.id}/decisions`)
  app.chooseFolderNext(adrs)
  await page.getByTestId('decisions-empty').getByTestId('import-folder').click()
  await expect(page.getByTestId('import-report')).toBeVisible()
  await shoot(app, 'decisions-10-import-report')
  await page.getByTestId('import-report').getByRole('button', { name: 'Done' }).click()
  await shoot(app, 'decisions-11-imported-list')
})
