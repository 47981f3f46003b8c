/** Launches the built app with the Electron runtime on a temp database and uses it like a person would. */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { contract } from '../../shared/contract'
import { findElectronBinary } from '../../main/electron-binary.mjs'
import { makeTempDir } from '../helpers/temp-store'

const appDir = join(import.meta.dirname, '../..')

function withoutDevServer(env: NodeJS.ProcessEnv): Record<string, string> {
  const { ELECTRON_RENDERER_URL: _devServer, ELECTRON_RUN_AS_NODE: _asNode, ...rest } = env
  return rest as Record<string, string>
}

async function launch(databasePath: string): Promise<ElectronApplication> {
  const binary = findElectronBinary({ download: false })
  if (!('path' in binary)) throw new Error(`Electron runtime missing: ${binary.reason}`)
  return electron.launch({ executablePath: binary.path, args: [appDir, '--db', databasePath], env: withoutDevServer(process.env) })
}

test('the real app creates, keeps and secures projects', async () => {
  const databasePath = join(makeTempDir('arbiter-electron-'), 'arbiter.db')
  let app = await launch(databasePath)
  let page = await app.firstWindow()
  await expect(page.locator('body[data-app-ready="true"]')).toBeAttached()

  // The renderer has no Node and only the contract's bridge.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await page.evaluate(() => Object.keys(window.arbiter).sort())).toEqual([...Object.keys(contract), 'onEvent'].sort())
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("default-src 'self'")

  await page.getByRole('button', { name: 'New project' }).first().click()
  await page.getByTestId('new-project-dialog').getByLabel('Name').fill('Real Electron project')
  await page.getByTestId('new-project-dialog').getByRole('button', { name: 'Create project' }).click()
  await expect(page.getByTestId('project-title')).toHaveText('Real Electron project')

  // Navigation away from the app is refused (a file URL, so no browser opens during the test).
  await page.evaluate(() => (window.location.href = 'file:///etc/hosts'))
  await expect(page.getByTestId('project-title')).toHaveText('Real Electron project')

  await app.close()
  expect(existsSync(databasePath)).toBe(true)
  app = await launch(databasePath)
  page = await app.firstWindow()
  await expect(page.getByTestId('project-list')).toHaveText('Real Electron project')
  await app.close()
})
