/** Captures the evidence workspace (Sources tab) with realistic data so it can be looked at. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Harness } from './bridge'
import { selectPassage } from './reader-selection'

const folder = join(import.meta.dirname, '../../screenshots')
const shoot = (app: Harness, name: string) => app.page.screenshot({ path: join(folder, `${name}.png`) })
const fixture = (name: string) => join(import.meta.dirname, '../fixtures/e2e', name)
const upload = (name: string) => ({ name, mimeType: 'text/plain', buffer: readFileSync(fixture(name)) })

test('evidence workspace', async ({ app }) => {
  const { page } = app
  const { services } = app.store()

  const sample = await services.projects.createSample()
  await app.goto(`#/projects/${sample.id}/sources`)
  await page.reload()
  await expect(page.getByTestId('source-item')).toHaveCount(4)
  await shoot(app, 'evidence-01-sample-sources')
  await page.getByTestId('view-claims').click()
  await shoot(app, 'evidence-02-sample-claims')
  await page.getByTestId('view-conflicts').click()
  await page.getByTestId('conflict-card').first().getByRole('radio', { name: 'Prefer left' }).click()
  await shoot(app, 'evidence-03-conflicts')
  await page.getByTestId('view-tags').click()
  await shoot(app, 'evidence-04-options-criteria')

  const project = await services.projects.create({ name: 'Node framework for the order API', description: 'Express or Fastify for the order service' })
  const express = await services.options.create({ projectId: project.id, name: 'Express', aliases: ['Express.js'] })
  const fastify = await services.options.create({ projectId: project.id, name: 'Fastify' })
  const criteria = await services.criteria.addStarterSet({ projectId: project.id })
  const criterion = (name: string) => criteria.find((c) => c.name === name)!.id
  await app.goto(`#/projects/${project.id}/sources`)
  await page.reload()
  await shoot(app, 'evidence-05-empty')

  await page.getByRole('button', { name: 'Import sources' }).click()
  await page.getByTestId('file-input').setInputFiles([upload('framework-review.md'), upload('empty-notes.txt'), upload('diagram.txt'), upload('latency-notes.txt')])
  await expect(page.getByTestId('import-dialog')).toContainText('4 of 4 done')
  await shoot(app, 'evidence-06-import-progress')
  await page.getByTestId('import-dialog').getByRole('button', { name: 'Done' }).click()

  const [review] = (await services.sources.list({ projectId: project.id })).filter((s) => s.title.startsWith('Choosing'))
  await services.sources.update({ id: review.id, author: 'Platform team', publisher: 'Internal engineering notes', publishedDate: '2024-03-18', reliabilityNote: 'Our own measurements on staging hardware; one run per framework.' })
  const { text } = await services.sources.get({ id: review.id })
  const quote = async (passage: string, optionIds: number[], criterionName: string, polarity: 'supports' | 'against' | 'neutral', figure: [number, number, string] | null) => {
    const start = text.indexOf(passage)
    await services.claims.create({
      sourceId: review.id, start, end: start + passage.length, optionIds, criterionId: criterion(criterionName), polarity, note: '',
      figure: figure ? { valueMin: figure[0], valueMax: figure[1], unit: figure[2] } : { valueMin: null, valueMax: null, unit: null },
    })
  }
  await quote('Fastify reached 38,000 req/s on the same route', [fastify.id], 'Throughput', 'supports', [38000, 38000, 'req/s'])
  await quote('both frameworks settled around 4,200 req/s', [express.id, fastify.id], 'Throughput', 'neutral', [4200, 4200, 'req/s'])
  await quote('Fastify\'s plugin encapsulation confused two of us at first, and the learning curve showed in slower reviews', [fastify.id], 'Learning curve', 'against', null)
  await quote('several packages we relied on are no longer maintained', [express.id], 'Security', 'against', null)

  await page.reload()
  await page.getByTestId('source-item').filter({ hasText: 'Choosing a Node.js framework' }).click()
  await expect(page.locator('.mark--supports')).toHaveCount(1)
  await selectPassage(app.page, 'Express handled 15,000–20,000 req/s on one core of our staging machine', { scroll: true })
  await expect(page.getByTestId('add-claim-button')).toBeVisible()
  await shoot(app, 'evidence-07-reader')

  await page.keyboard.press('c')
  const editor = page.getByTestId('claim-editor')
  await editor.getByLabel('Express', { exact: true }).check()
  await editor.getByLabel('Criterion').selectOption({ label: 'Throughput' })
  await shoot(app, 'evidence-08-claim-editor')
  await editor.getByRole('button', { name: 'Save claim' }).click()
  await expect(page.getByTestId('conflicts-count')).not.toHaveText('0')

  await page.getByTestId('view-suggestions').click()
  await shoot(app, 'evidence-09-suggestions')
  await page.getByTestId('view-conflicts').click()
  await shoot(app, 'evidence-10-conflict-new')

  await page.getByTestId('view-reader').click()
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByTestId('source-details-dialog').getByLabel('URL').fill('not a web address')
  await page.getByTestId('source-details-dialog').getByRole('button', { name: 'Save details' }).click()
  await page.getByTestId('source-details-dialog').getByTestId('form-error').waitFor()
  await shoot(app, 'evidence-11-source-details-error')
})
