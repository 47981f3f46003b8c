import { expect, test } from './bridge'

test.describe('search palette', () => {
  test('Ctrl+K, type, see highlighted hits, Enter opens the source', async ({ app }) => {
    const { page } = app
    const sample = await app.store().services.projects.createSample()
    await app.goto(`#/projects/${sample.id}/compare`)
    await expect(page.getByTestId('compare-tab')).toBeVisible()

    await page.keyboard.press('Control+k')
    const palette = page.getByTestId('search-palette')
    await expect(palette).toBeVisible()
    await expect(palette.getByRole('radio', { name: 'This project' })).toHaveAttribute('aria-checked', 'true')
    await palette.getByLabel('Search text').fill('throughput')

    const hits = palette.getByTestId('search-hit')
    await expect(hits.first()).toBeVisible()
    await expect(palette.getByTestId('search-group-source')).toBeVisible()
    await expect(palette.getByTestId('search-group-claim')).toBeVisible()
    await expect(hits.first().locator('mark').first()).toHaveText(/^throughput$/i)
    await expect(hits.first()).toHaveAttribute('aria-selected', 'true')

    // The arrows move through the hits (and wrap), Enter opens the selected one.
    await page.keyboard.press('ArrowDown')
    await expect(hits.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowUp')
    await expect(hits.first()).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')

    await expect(palette).toBeHidden()
    await expect(page).toHaveURL(new RegExp(`#/projects/${sample.id}/sources/source/\\d+$`))
    await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true')
    const openedId = Number(/source\/(\d+)$/.exec(page.url())![1])
    const opened = await app.store().services.sources.get({ id: openedId })
    // The reader shows the source the hit named.
    await expect(page.getByTestId('sources-tab').getByRole('heading', { name: opened.title })).toBeVisible()
  })

  test('Escape closes; hostile text shows no error; scope switches to all projects', async ({ app }) => {
    const { page } = app
    const sample = await app.store().services.projects.createSample()
    await app.store().services.projects.create({ name: 'Empty project' })
    await app.goto(`#/projects/${sample.id}/sources`)
    await page.keyboard.press('Control+k')
    const palette = page.getByTestId('search-palette')
    await palette.getByLabel('Search text').fill('"((( -*^')
    await expect(palette.getByRole('status')).toHaveText('Search sources, claims and decisions.')
    await palette.getByLabel('Search text').fill('"django" ((( -')
    await expect(palette.getByTestId('search-hit').first()).toBeVisible()
    await expect(palette.locator('.search-palette__status.is-error')).toHaveCount(0)
    await palette.getByLabel('Search text').fill('zzzqqq')
    await expect(palette.getByRole('status')).toHaveText('Nothing matches “zzzqqq” in this project.')
    await palette.getByRole('radio', { name: 'All projects' }).click()
    await expect(palette.getByRole('status')).toHaveText('Nothing matches “zzzqqq”.')
    await palette.getByLabel('Search text').fill('fastify')
    await expect(palette.locator('.search-hit__project').first()).toHaveText(sample.name)
    await page.keyboard.press('Escape')
    await expect(palette).toBeHidden()
  })
})
