import { expect, test } from './bridge'

test.describe('projects', () => {
  test('create, open, rename and see the workspace tabs', async ({ app: { page } }) => {
    await expect(page.getByTestId('projects-home')).toContainText('Start your first comparison')
    await page.getByRole('button', { name: 'New project' }).first().click()
    const dialog = page.getByTestId('new-project-dialog')
    await dialog.getByLabel('Name').fill('Backend framework')
    await dialog.getByLabel('Description').fill('Pick the framework for the public API')
    await dialog.getByRole('button', { name: 'Create project' }).click()

    await expect(page.getByTestId('project-title')).toHaveText('Backend framework')
    await expect(page.getByRole('tab')).toHaveText(['Sources', 'Compare', 'Decisions'])
    await page.getByRole('tab', { name: 'Compare' }).click()
    await expect(page.getByTestId('compare-tab')).toBeVisible()

    await page.getByRole('button', { name: 'Rename project' }).click()
    await page.getByLabel('Project name', { exact: true }).fill('API framework')
    await page.getByLabel('Project name', { exact: true }).press('Enter')
    await expect(page.getByTestId('project-title')).toHaveText('API framework')
    await expect(page.getByTestId('project-list')).toHaveText('API framework')

    await page.locator('.sidebar__brand').click()
    await page.getByTestId('project-card').filter({ hasText: 'API framework' }).click()
    await expect(page.getByTestId('project-title')).toHaveText('API framework')
  })

  test('explains empty and duplicate names, and keeps the dialog open', async ({ app: { page, store } }) => {
    await store().services.projects.create({ name: 'Message broker' })
    await page.reload()
    await page.getByRole('button', { name: 'New project' }).first().click()
    const dialog = page.getByTestId('new-project-dialog')
    await dialog.getByRole('button', { name: 'Create project' }).click()
    await expect(dialog.getByTestId('form-error')).toHaveText("name: Project name can't be empty")
    await dialog.getByLabel('Name').fill('message BROKER')
    await dialog.getByRole('button', { name: 'Create project' }).click()
    await expect(dialog.getByTestId('form-error')).toContainText('A project named "message BROKER" already exists')
    await expect(dialog).toBeVisible()
    expect((await store().services.projects.list()).map((p) => p.name)).toEqual(['Message broker'])
  })

  test('delete asks first, then can be undone', async ({ app: { page, store } }) => {
    const { id } = await store().services.projects.create({ name: 'Cache layer' })
    await page.goto(page.url().replace(/#.*$/, '') + `#/projects/${id}/sources`)
    await page.getByRole('button', { name: 'Delete project' }).click()
    const dialog = page.getByTestId('delete-project-dialog')
    await expect(dialog).toContainText('Delete “Cache layer”?')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByTestId('project-title')).toHaveText('Cache layer')

    await page.getByRole('button', { name: 'Delete project' }).click()
    await dialog.getByRole('button', { name: 'Delete project' }).click()
    await expect(page.getByTestId('projects-home')).toBeVisible()
    await expect(page.getByTestId('project-list')).toHaveText('No projects yet')

    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByTestId('project-list')).toHaveText('Cache layer')
    expect((await store().services.projects.list()).map((p) => p.name)).toEqual(['Cache layer'])
  })

  test('restores from Recently deleted in the sidebar', async ({ app: { page, store } }) => {
    const { id } = await store().services.projects.create({ name: 'Search engine' })
    await store().services.projects.remove({ id })
    await page.reload()
    await page.getByTestId('recently-deleted').locator('summary').click()
    await page.getByTestId('recently-deleted').getByRole('button', { name: 'Restore' }).click()
    await expect(page.getByTestId('project-list')).toHaveText('Search engine')
    await expect(page.getByTestId('recently-deleted')).toHaveCount(0)
  })

  test('data persists across a reload and a restart', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'New project' }).first().click()
    await page.getByTestId('new-project-dialog').getByLabel('Name').fill('Observability stack')
    await page.getByTestId('new-project-dialog').getByRole('button', { name: 'Create project' }).click()
    await page.getByRole('tab', { name: 'Decisions' }).click()
    await page.reload()
    await expect(page.getByTestId('project-title')).toHaveText('Observability stack')
    await expect(page.getByTestId('decisions-tab')).toBeVisible()
    await app.restart()
    await expect(page.getByTestId('project-list')).toHaveText('Observability stack')
  })

  test('a link to a project that no longer exists explains itself', async ({ app }) => {
    await app.goto('#/projects/999/sources')
    await expect(app.page.getByTestId('project-missing')).toContainText('That project no longer exists.')
  })
})
