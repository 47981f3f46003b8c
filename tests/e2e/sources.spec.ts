import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { selectPassage } from './reader-selection'
import { expect, test, type Harness } from './bridge'

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/e2e', name)
const base64 = (name: string) => readFileSync(fixture(name)).toString('base64')
// Playwright takes either paths or buffers in one call; the oversized file has to be a buffer.
const asUpload = (name: string) => ({ name, mimeType: 'text/plain', buffer: readFileSync(fixture(name)) })
const EXPRESS_RANGE = 'Express handled 15,000–20,000 req/s on a single core'

/** A project comparing Express and Fastify on the starter criteria. */
async function arrange(app: Harness) {
  const { services } = app.store()
  const project = await services.projects.create({ name: 'Node framework for the order API' })
  const express = await services.options.create({ projectId: project.id, name: 'Express' })
  await services.options.create({ projectId: project.id, name: 'Fastify' })
  const criteria = await services.criteria.addStarterSet({ projectId: project.id })
  const throughput = criteria.find((c) => c.name === 'Throughput')!
  return { project, express, throughput, open: () => app.goto(`#/projects/${project.id}/sources`) }
}

/** Quotes the Express throughput range as a supporting claim through the reader and the claim editor. */
async function quoteExpressRange(page: Page) {
  await page.getByTestId('source-item').filter({ hasText: 'Load test notes' }).click()
  await selectPassage(page, EXPRESS_RANGE)
  await expect(page.getByTestId('add-claim-button')).toBeVisible()
  await page.keyboard.press('c')
  const editor = page.getByTestId('claim-editor')
  await expect(editor.getByTestId('editor-quote')).toHaveText(EXPRESS_RANGE)
  await expect(editor.getByLabel('Minimum', { exact: true })).toHaveValue('15000')
  await expect(editor.getByLabel('Maximum', { exact: true })).toHaveValue('20000')
  await expect(editor.getByLabel('Unit', { exact: true })).toHaveValue('req/s')
  await editor.getByLabel('Express', { exact: true }).check()
  await editor.getByLabel('Criterion').selectOption({ label: 'Throughput' })
  await editor.getByRole('radio', { name: 'Supports' }).click()
  await editor.getByRole('button', { name: 'Save claim' }).click()
  await expect(editor).toHaveCount(0)
}

test.describe('sources', () => {
  test('imports a file from the file chooser and shows it with suggestions', async ({ app }) => {
    const { page } = app
    const { open } = await arrange(app)
    await open()
    await expect(page.getByTestId('sources-empty')).toContainText('Import the articles behind your decision')
    await page.getByRole('button', { name: 'Import sources' }).click()
    await page.getByTestId('file-input').setInputFiles(fixture('throughput-notes.md'))
    const item = page.getByTestId('import-item')
    await expect(item).toHaveAttribute('data-status', 'imported')
    await expect(item).toContainText('3 suggestions')
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Done' }).click()

    await expect(page.getByTestId('source-item')).toHaveCount(1)
    await expect(page.getByTestId('source-item')).toContainText('Load test notes: Express and Fastify')
    await expect(page.getByTestId('source-item').getByTestId('suggestion-count')).toHaveText('3 suggested')
    await expect(page.getByTestId('reader-title')).toHaveText('Load test notes: Express and Fastify')
    await expect(page.getByTestId('reader-text')).toContainText('Fastify reached 40,000 req/s')
    await expect(page.locator('.mark--suggested')).toHaveCount(3)
    await expect(page.getByTestId('suggestions-count')).toHaveText('3')
    await page.getByTestId('view-suggestions').click()
    await expect(page.getByTestId('suggestion-group').getByTestId('claim-card')).toHaveCount(3)
  })

  test('creates a claim by selecting text and pressing C', async ({ app }) => {
    const { page } = app
    const { project, open } = await arrange(app)
    await app.store().services.sources.importFile({ projectId: project.id, fileName: 'throughput-notes.md', dataBase64: base64('throughput-notes.md') })
    await open()
    await quoteExpressRange(page)

    const highlight = page.locator('.mark--supports')
    await expect(highlight).toHaveText(EXPRESS_RANGE)
    const card = page.getByTestId('claims-panel').getByTestId('claim-card')
    await expect(card).toHaveCount(1)
    await expect(card.locator('.claim__quote')).toHaveText(`“${EXPRESS_RANGE}”`)
    await expect(card).toContainText('Express')
    await expect(card).toContainText('Throughput')
    await expect(card.getByTestId('claim-figure')).toHaveText('15,000–20,000 req/s')
    await expect(page.getByTestId('source-item').getByTestId('claim-count')).toHaveText('1 claim')

    // Deleting can be undone from the notice.
    await card.getByRole('button', { name: 'Delete claim' }).click()
    await expect(page.getByTestId('claims-panel').getByTestId('claim-card')).toHaveCount(0)
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByTestId('claims-panel').getByTestId('claim-card')).toHaveCount(1)
  })

  test('shows a conflict when a new claim disagrees with an accepted one', async ({ app }) => {
    const { page } = app
    const { project, express, throughput, open } = await arrange(app)
    const { services } = app.store()
    const text = 'Our benchmark saw Express serve 2,000 req/s with a database query per request.'
    const { source } = await services.sources.importText({ projectId: project.id, title: 'Database benchmark', text, format: 'text' })
    await services.claims.create({
      sourceId: source.id, start: 0, end: text.length, optionIds: [express.id], criterionId: throughput.id,
      polarity: 'supports', note: '', figure: { valueMin: 2000, valueMax: 2000, unit: 'req/s' },
    })
    await services.sources.importFile({ projectId: project.id, fileName: 'throughput-notes.md', dataBase64: base64('throughput-notes.md') })
    await open()
    await expect(page.getByTestId('conflicts-count')).toHaveText('0')

    await quoteExpressRange(page)
    await expect(page.getByTestId('conflicts-count')).toHaveText('1')
    await page.getByTestId('view-conflicts').click()
    const conflict = page.getByTestId('conflict-card')
    await expect(conflict).toHaveCount(1)
    await expect(conflict.getByTestId('conflict-explanation')).toHaveText('Express on Throughput: 2,000 req/s and 15,000–20,000 req/s do not overlap.')
    const sides = conflict.getByTestId('conflict-side')
    await expect(sides.nth(0)).toContainText(text)
    await expect(sides.nth(0)).toContainText('Database benchmark')
    await expect(sides.nth(1)).toContainText(EXPRESS_RANGE)
    await expect(sides.nth(1)).toContainText('Load test notes: Express and Fastify')

    await conflict.getByRole('radio', { name: 'Prefer right' }).click()
    await expect(sides.nth(1)).toContainText('Preferred')
    await expect(conflict.getByRole('radio', { name: 'Prefer right' })).toHaveAttribute('aria-checked', 'true')
  })

  test('imports a batch, explaining each file that fails', async ({ app }) => {
    const { page } = app
    const { open } = await arrange(app)
    await open()
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByTestId('file-input').setInputFiles([
      asUpload('throughput-notes.md'),
      asUpload('empty-notes.txt'),
      asUpload('diagram.txt'),
      { name: 'huge-export.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 'a') },
      asUpload('latency-notes.txt'),
    ])
    const items = page.getByTestId('import-item')
    await expect(items).toHaveCount(5)
    await expect(page.getByTestId('import-dialog').getByRole('button', { name: 'Done' })).toBeEnabled()
    await expect(items.nth(0)).toHaveAttribute('data-status', 'imported')
    await expect(items.nth(1)).toHaveAttribute('data-status', 'failed')
    await expect(items.nth(1)).toContainText('"empty-notes.txt" is empty.')
    await expect(items.nth(2)).toHaveAttribute('data-status', 'failed')
    await expect(items.nth(2)).toContainText('looks like a binary file')
    await expect(items.nth(3)).toHaveAttribute('data-status', 'failed')
    await expect(items.nth(3)).toContainText('Arbiter imports files up to 10.0 MB')
    await expect(items.nth(4)).toHaveAttribute('data-status', 'imported')
    await expect(page.getByTestId('import-dialog')).toContainText('5 of 5 done')
    await page.getByTestId('import-dialog').getByRole('button', { name: 'Done' }).click()

    await expect(page.getByTestId('source-item')).toHaveCount(2)
    // The last good file opens in the reader.
    await expect(page.getByTestId('reader-title')).toHaveText('Latency check for the billing API')
  })

  test('the sample project shows its sources, paraphrased claims and conflicts', async ({ app }) => {
    const { page } = app
    const sample = await app.store().services.projects.createSample()
    await app.goto(`#/projects/${sample.id}/sources`)
    await expect(page.getByTestId('source-item')).toHaveCount(4)
    await expect(page.getByTestId('claims-panel').getByTestId('paraphrase-badge').first()).toBeVisible()
    await page.getByTestId('view-claims').click()
    await expect(page.getByTestId('claims-view').getByTestId('paraphrase-badge').first()).toBeVisible()
    await expect(page.getByTestId('claims-view').getByTestId('claim-age').first()).toContainText(/years old|undated source/)
    // Later groups wait closed, with their count, and load their claims when opened.
    const later = page.getByTestId('claims-view').getByTestId('claim-group').nth(5)
    await expect(later.getByTestId('claim-card')).toHaveCount(0)
    const count = Number(await later.locator('summary .count').textContent())
    await later.locator('summary').click()
    await expect(later.getByTestId('claim-card')).toHaveCount(count)
    await expect(page.getByTestId('conflicts-count')).toHaveText(/^[1-9][\d,]*$/)
    await page.getByTestId('view-conflicts').click()
    await expect(page.getByTestId('conflict-card').first()).toBeVisible()
    await expect(page.getByTestId('conflict-card').first().getByTestId('conflict-side')).toHaveCount(2)
  })

  test('accepts and dismisses suggestions, with Undo for a dismissal', async ({ app }) => {
    const { page } = app
    const { project, open } = await arrange(app)
    await app.store().services.sources.importFile({ projectId: project.id, fileName: 'latency-notes.txt', dataBase64: base64('latency-notes.txt') })
    await open()
    await page.getByTestId('view-suggestions').click()
    const cards = page.getByTestId('suggestions-view').getByTestId('claim-card')
    await expect(cards).toHaveCount(2)
    await cards.filter({ hasText: 'Express at 12 ms' }).getByRole('button', { name: 'Accept' }).click()
    await expect(cards).toHaveCount(1)
    await expect(page.getByTestId('claims-count')).toHaveText('1')
    await cards.getByRole('button', { name: 'Dismiss' }).click()
    await expect(page.getByTestId('suggestions-view')).toContainText('No suggestions waiting')
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
    await expect(cards).toHaveCount(1)
  })

  test('adds options and criteria, and deletes one with Undo', async ({ app }) => {
    const { page } = app
    const project = await app.store().services.projects.create({ name: 'Message broker' })
    await app.goto(`#/projects/${project.id}/sources`)
    await page.getByTestId('view-tags').click()
    await page.getByRole('button', { name: 'Add option' }).click()
    const dialog = page.getByTestId('option-dialog')
    await dialog.getByLabel('Name').fill('RabbitMQ')
    await dialog.getByLabel('Aliases').fill('Rabbit, RMQ')
    await dialog.getByRole('button', { name: 'Add option' }).click()
    await expect(page.getByTestId('option-list')).toContainText('RabbitMQ')
    await expect(page.getByTestId('option-list')).toContainText('Also: Rabbit, RMQ')
    await page.getByRole('button', { name: /Add starter criteria/ }).click()
    await expect(page.getByTestId('criterion-list').getByTestId('tag-row')).toHaveCount(16)
    await page.getByRole('button', { name: 'Delete criterion Cost' }).click()
    await expect(page.getByTestId('criterion-list').getByTestId('tag-row')).toHaveCount(15)
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByTestId('criterion-list').getByTestId('tag-row')).toHaveCount(16)
  })
})
