/** Captures every view with realistic data so they can be looked at (npm run screenshots). */
import { join } from 'node:path'
import { test, type Harness } from './bridge'

const folder = join(import.meta.dirname, '../../screenshots')
const shoot = (app: Harness, name: string) => app.page.screenshot({ path: join(folder, `${name}.png`) })

test('every view', async ({ app }) => {
  const { page } = app
  await shoot(app, '01-projects-empty')

  const projects = app.store().services.projects
  const api = await projects.create({ name: 'Backend framework for a startup API', description: 'Django, FastAPI or Express for the public REST API and admin back office' })
  await projects.create({ name: 'Message broker for order events', description: 'Kafka vs RabbitMQ vs NATS for the order pipeline' })
  await projects.create({ name: 'Frontend state management', description: 'Redux Toolkit, Zustand or TanStack Query only' })
  await page.reload()
  await shoot(app, '02-projects-home')

  await page.getByRole('button', { name: 'New project' }).first().click()
  await page.getByTestId('new-project-dialog').getByLabel('Name').fill('message broker for order events')
  await page.getByTestId('new-project-dialog').getByRole('button', { name: 'Create project' }).click()
  await page.getByTestId('form-error').waitFor()
  await shoot(app, '03-new-project-duplicate-name')
  await page.keyboard.press('Escape')

  for (const tab of ['sources', 'compare', 'decisions']) {
    await app.goto(`#/projects/${api.id}/${tab}`)
    await shoot(app, `04-project-${tab}`)
  }
  await page.getByRole('button', { name: 'Rename project' }).click()
  await shoot(app, '05-project-rename')
  await page.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('button', { name: 'Delete project' }).click()
  await shoot(app, '06-delete-confirm')
  await page.getByTestId('delete-project-dialog').getByRole('button', { name: 'Delete project' }).click()
  await page.getByTestId('toast').waitFor()
  await page.getByTestId('recently-deleted').locator('summary').click()
  await shoot(app, '07-deleted-with-undo')
})
