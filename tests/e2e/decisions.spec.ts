import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { adrFileName } from '../../shared/adr/render'
import { makeTempDir } from '../helpers/temp-store'
import { expect, test, type Harness } from './bridge'

const fixtures = join(import.meta.dirname, '../fixtures/adr')

async function openDecisions(app: Harness, projectId: number) {
  await app.goto(`#/projects/${projectId}/decisions`)
  await expect(app.page.getByTestId('decisions-tab')).toBeVisible()
}

const rows = (app: Harness) => app.page.getByTestId('decision-row')
const preview = (app: Harness) => app.page.getByTestId('adr-preview-body')

test.describe('decisions', () => {
  test('drafts a record from the comparison, previews it with footnotes, and accepting freezes the matrix', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.createSample()
    const options = await services.options.list({ projectId: project.id })
    await openDecisions(app, project.id)
    await expect(page.getByTestId('decisions-empty')).toBeVisible()

    await page.getByTestId('new-decision-from-comparison').click()
    await expect(page.getByTestId('decision-editor')).toBeVisible()
    const [summary] = await services.decisions.list({ projectId: project.id })
    const chosen = summary.chosenOptionName!
    expect(chosen).toBeTruthy()
    await expect(page.getByTestId('decision-title')).toHaveValue(summary.title)
    expect(summary.title).toContain(chosen)
    await expect(page.getByTestId('section-drivers')).toHaveValue(/^\* Throughput — \d+% of the weight/)
    await expect(page.getByTestId('section-consideredOptions')).toHaveValue(options.map((o) => `* ${o.name}`).join('\n'))
    await expect(page.getByTestId('decision-chosen').locator('option:checked')).toHaveText(chosen)
    await expect(page.getByTestId('section-outcome')).toHaveValue(new RegExp(`^Chosen option: "${chosen}", because `))

    // The preview is the MADR file: front matter as a table, the title, and the cited claims as footnotes.
    await expect(page.getByTestId('front-matter')).toContainText('proposed')
    await expect(preview(app).locator('h1')).toHaveText(summary.title)
    await expect(preview(app).locator('h2', { hasText: 'Decision Drivers' })).toBeVisible()
    await expect(preview(app).locator('.footnote-ref').first()).toBeVisible()
    expect(await preview(app).locator('.footnotes li').count()).toBeGreaterThan(5)
    await expect(page.getByTestId('citation').first()).toBeVisible()
    // Clicking a footnote scrolls the preview; the app stays where it is.
    const hash = await page.evaluate(() => location.hash)
    await preview(app).locator('.footnote-ref a').first().click()
    expect(await page.evaluate(() => location.hash)).toBe(hash)

    await page.getByTestId('preview-dialect-nygard').click()
    await expect(preview(app).locator('h1')).toHaveText(`1. ${summary.title}`)
    await page.getByTestId('preview-dialect-madr').click()

    await expect(page.getByTestId('accept-hint')).toContainText('freezes the comparison')
    await page.getByTestId('status-accepted').click()
    await expect(page.getByTestId('decision-editor').getByTestId('status-chip')).toHaveAttribute('data-status', 'accepted')
    const matrix = page.getByTestId('frozen-matrix')
    await expect(matrix).toBeVisible()
    await expect(matrix.locator('thead th.is-winner')).toHaveText(chosen)
    await expect(matrix.locator('tbody tr')).toHaveCount((await services.criteria.list({ projectId: project.id })).length)
    await expect(preview(app).locator('h3', { hasText: 'Decision matrix' })).toBeVisible()
    await expect(page.getByTestId('status-deprecated')).toBeVisible()
    await expect(page.getByTestId('status-accepted')).toHaveCount(0)
    expect((await services.decisions.get({ id: summary.id })).status).toBe('accepted')

    await page.getByTestId('back-to-list').click()
    await expect(rows(app)).toHaveCount(1)
    await expect(rows(app).first()).toContainText(chosen)
    await expect(rows(app).first().getByTestId('status-chip')).toHaveText('Accepted')
  })

  test('a script in ADR text never runs: the preview shows it as text', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.create({ name: 'Untrusted text' })
    await services.decisions.create({ projectId: project.id, fromComparison: false, title: 'Hostile record' })
    await openDecisions(app, project.id)
    await rows(app).first().click()
    const payload = [
      '<script>window.__pwned = 1</script>',
      '',
      '<img src=x onerror="window.__pwned=2">',
      '',
      '[click](javascript:window.__pwned=3) and [data](data:text/html,hi) and [docs](https://example.com/guide)',
      '',
      'Raw <b>html</b> stays text.',
      '',
      '![chart](https://example.com/chart.png)',
    ].join('\n')
    await page.getByTestId('section-context').fill(payload)
    const body = preview(app)
    await expect(body).toContainText('<script>window.__pwned = 1</script>')
    await expect(body).toContainText('<img src=x onerror="window.__pwned=2">')
    await expect(body).toContainText('Raw <b>html</b> stays text.')
    await expect(body).toContainText('[click](javascript:window.__pwned=3)')
    await expect(body.locator('script, img, b, iframe')).toHaveCount(0)
    await expect(body.locator('.md-image')).toHaveText('Image: chart')
    await expect(body.locator('a[href^="javascript"], a[href^="data"]')).toHaveCount(0)
    await expect(body.locator('a', { hasText: 'click' })).toHaveCount(0)

    // Web links are links, but open outside the app.
    await page.evaluate(() => {
      const opened: string[] = []
      Object.assign(window, { __opened: opened })
      window.open = (url?: string | URL) => (opened.push(String(url)), null)
    })
    await body.getByText('[click](javascript:window.__pwned=3)', { exact: false }).click()
    await body.getByRole('link', { name: 'docs' }).click()
    expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual(['https://example.com/guide'])
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await expect(page).toHaveURL(/#\/projects\/\d+\/decisions/)

    // Saved as typed, and still inert after a reload.
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    const [summary] = await services.decisions.list({ projectId: project.id })
    expect((await services.decisions.get({ id: summary.id })).sections.context).toBe(payload)
    await page.reload()
    await rows(app).first().click()
    await expect(preview(app)).toContainText('<script>window.__pwned = 1</script>')
    await expect(preview(app).locator('script, img')).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })

  test('autosaves after a pause and shows refused fields next to them', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.create({ name: 'Autosave' })
    const created = await services.decisions.create({ projectId: project.id, fromComparison: false, title: 'First title' })
    await openDecisions(app, project.id)
    await rows(app).first().click()
    await page.getByTestId('decision-title').fill('Second title')
    await page.getByTestId('decision-decisionMakers').fill('Ana Ruiz, Platform team')
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    await expect.poll(async () => (await services.decisions.get({ id: created.id })).title).toBe('Second title')
    expect((await services.decisions.get({ id: created.id })).decisionMakers).toEqual(['Ana Ruiz', 'Platform team'])
    await expect(page.getByTestId('front-matter')).toContainText('Ana Ruiz, Platform team')

    await page.getByTestId('decision-title').fill('   ')
    await page.getByTestId('section-context').fill('Context still saves.')
    await expect(page.getByTestId('decision-editor').getByRole('alert').filter({ hasText: "can't be empty" })).toBeVisible()
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'error')
    await expect.poll(async () => (await services.decisions.get({ id: created.id })).sections.context).toBe('Context still saves.')
    expect((await services.decisions.get({ id: created.id })).title).toBe('Second title')
    await page.getByTestId('decision-title').fill('Third title')
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved')
    await expect(page.getByTestId('decision-editor').getByRole('alert')).toHaveCount(0)
  })

  test('exports MADR files, then asks before touching a file edited on disk', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.createSample()
    const decision = await services.decisions.create({ projectId: project.id, fromComparison: true })
    const fileName = adrFileName(decision, 'madr')
    expect(fileName).toMatch(/^0001-[a-z0-9-]+\.md$/)
    const folder = makeTempDir('arbiter-export-')
    await openDecisions(app, project.id)

    await page.getByTestId('export-decisions').click()
    const dialog = page.getByTestId('export-dialog')
    await expect(dialog).toBeVisible()
    await expect(page.getByTestId('export-hint')).toContainText('docs/decisions')
    await page.getByTestId('export-dialect-nygard').click()
    await expect(page.getByTestId('export-hint')).toContainText('doc/adr')
    await page.getByTestId('export-dialect-madr').click()
    await expect(page.getByTestId('export-files')).toContainText(fileName)
    await expect(page.getByTestId('export-files')).toContainText('README.md')

    // A service error (here: the path is a file) is shown, and nothing else happens.
    const notAFolder = join(folder, 'note.txt')
    writeFileSync(notAFolder, 'not a folder')
    await page.getByTestId('export-folder').fill(notAFolder)
    await page.getByTestId('export-submit').click()
    await expect(page.getByTestId('export-error')).toContainText('is a file, not a folder')
    await expect(page.getByTestId('export-form')).toBeVisible()

    app.chooseFolderNext(folder)
    await page.getByTestId('choose-folder').click()
    await expect(page.getByTestId('export-folder')).toHaveValue(folder)
    await page.getByTestId('export-submit').click()
    await expect(page.getByTestId('export-report')).toBeVisible()
    await expect(page.getByTestId('report-written')).toContainText(fileName)
    await expect(page.getByTestId('report-written')).toContainText('README.md')
    expect(readdirSync(folder).sort()).toEqual([fileName, 'README.md', 'note.txt'].sort())
    const written = readFileSync(join(folder, fileName), 'utf8')
    expect(written).toMatch(/^---\nstatus: "proposed"\n/)
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toContain(fileName)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toHaveCount(0)

    const edited = `${written}\nA note added in the repository.\n`
    writeFileSync(join(folder, fileName), edited)
    await page.getByTestId('export-decisions').click()
    await expect(page.getByTestId('export-folder')).toHaveValue(folder)
    await page.getByTestId('export-submit').click()
    const conflict = page.getByTestId('export-conflict')
    await expect(conflict).toHaveCount(1)
    await expect(conflict).toHaveAttribute('data-file', fileName)
    await expect(conflict).toContainText('edited since the last export')
    for (const name of ['Overwrite', 'Keep theirs', 'Write alongside']) await expect(conflict.getByRole('radio', { name })).toBeVisible()
    await expect(page.getByTestId('export-submit')).toBeDisabled()
    expect(readFileSync(join(folder, fileName), 'utf8')).toBe(edited)

    await conflict.getByRole('radio', { name: 'Keep theirs' }).click()
    await page.getByTestId('export-submit').click()
    await expect(page.getByTestId('report-kept')).toContainText(fileName)
    expect(readFileSync(join(folder, fileName), 'utf8')).toBe(edited)
  })

  test('imports a folder of adr-tools records and lists them with their statuses', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.create({ name: 'Partner API' })
    const folder = makeTempDir('arbiter-import-')
    cpSync(join(fixtures, 'nygard'), folder, { recursive: true })
    writeFileSync(join(folder, 'notes.txt'), 'not a record')
    await openDecisions(app, project.id)

    app.chooseFolderNext(folder)
    await page.getByTestId('decisions-empty').getByTestId('import-folder').click()
    const report = page.getByTestId('import-report')
    await expect(report).toBeVisible()
    await expect(page.getByTestId('import-imported').locator('li')).toHaveCount(4)
    await expect(page.getByTestId('import-imported')).toContainText('0001 Record architecture decisions')
    await expect(page.getByTestId('import-imported')).toContainText('0003 Use FastAPI for the public API')
    await expect(page.getByTestId('import-skipped')).toContainText('notes.txt')
    await expect(page.getByTestId('import-skipped')).toContainText('not a Markdown file')
    await report.getByRole('button', { name: 'Done' }).click()

    await expect(rows(app)).toHaveCount(4)
    const flask = rows(app).filter({ hasText: 'Use Flask for the public API' })
    await expect(flask).toHaveAttribute('data-status', 'superseded')
    await expect(flask.getByTestId('superseded-note')).toHaveText('superseded by 0003')
    await expect(rows(app).filter({ hasText: 'Use FastAPI' })).toHaveAttribute('data-status', 'accepted')
    await expect(rows(app).filter({ hasText: 'Use FastAPI' })).toContainText('imported from Nygard (adr-tools)')
  })

  test('the status filter and the search narrow the list', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.create({ name: 'Filters' })
    const make = (title: string) => services.decisions.create({ projectId: project.id, fromComparison: false, title })
    const postgres = await make('Use PostgreSQL for orders')
    const redis = await make('Cache sessions in Redis')
    const queue = await make('Queue emails with RabbitMQ')
    await services.decisions.setStatus({ id: redis.id, status: 'accepted' })
    await services.decisions.setStatus({ id: queue.id, status: 'rejected' })
    expect(postgres.status).toBe('proposed')
    await openDecisions(app, project.id)

    await expect(rows(app)).toHaveCount(3)
    await page.getByTestId('filter-accepted').click()
    await expect(rows(app)).toHaveCount(1)
    await expect(rows(app)).toContainText('Cache sessions in Redis')
    await page.getByTestId('filter-rejected').click()
    await expect(rows(app)).toHaveText(/Queue emails with RabbitMQ/)
    await page.getByTestId('filter-superseded').click()
    await expect(page.getByTestId('decisions-none')).toBeVisible()
    await page.getByTestId('filter-all').click()
    await expect(rows(app)).toHaveCount(3)

    await page.getByTestId('decision-search').fill('postgres')
    await expect(rows(app)).toHaveCount(1)
    await expect(rows(app)).toContainText('Use PostgreSQL for orders')
    await page.getByTestId('decision-search').fill('nothing like this')
    await expect(page.getByTestId('decisions-none')).toHaveText('No decisions match.')
    await page.getByTestId('decision-search').fill('')
    await expect(rows(app)).toHaveCount(3)
  })

  test('superseding drafts a new record and links both', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.createSample()
    const first = await services.decisions.create({ projectId: project.id, fromComparison: true })
    await services.decisions.setStatus({ id: first.id, status: 'accepted' })
    await openDecisions(app, project.id)
    await rows(app).first().click()

    await page.getByTestId('status-superseded').click()
    await page.getByTestId('confirm-supersede').click()
    const editor = page.getByTestId('decision-editor')
    await expect(editor.locator('.editor-head__number')).toHaveText('0002')
    await expect(editor.getByTestId('status-chip')).toHaveAttribute('data-status', 'proposed')
    // The new record's file links back to the one it replaces.
    await expect(preview(app).getByRole('link', { name: /0001/ })).toHaveAttribute('href', adrFileName(first, 'madr'))

    await page.getByTestId('back-to-list').click()
    const row = (number: number) => app.page.locator(`[data-testid="decision-row"][data-number="${number}"]`)
    const old = row(1)
    await expect(old).toHaveAttribute('data-status', 'superseded')
    await expect(old.getByTestId('superseded-note')).toHaveText('superseded by 0002')
    await expect(row(2)).toHaveAttribute('data-status', 'proposed')
  })

  test('deleting asks first and can be undone', async ({ app }) => {
    const { page } = app
    const { services } = app.store()
    const project = await services.projects.create({ name: 'Deleting' })
    await services.decisions.create({ projectId: project.id, fromComparison: false, title: 'Short-lived' })
    await openDecisions(app, project.id)
    await rows(app).first().click()
    await page.getByTestId('delete-decision').click()
    await expect(page.getByTestId('delete-decision-dialog')).toContainText('Short-lived')
    await page.getByTestId('confirm-delete').click()
    await expect(page.getByTestId('decisions-empty')).toBeVisible()
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
    await expect(rows(app)).toHaveCount(1)
    await expect(rows(app)).toContainText('Short-lived')
  })
})
