/**
 * The Chromium test bridge: the built renderer, served from a local folder, talks through
 * `window.arbiter` to the real dispatcher, services and a real SQLite file in a temp folder.
 * `window.arbiter` is built by the same function preload uses, from the same method list.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { createReadStream, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { buildBridgeMethods, eventNames, methodPaths } from '../../shared/contract'
import type { Dispatch } from '../../main/ipc'
import type { DialogPort } from '../../main/services'
import { makeTempDir, openTempStore, type TempStore } from '../helpers/temp-store'

const rendererDir = join(import.meta.dirname, '../../out/renderer')
const mime: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' }

export function serveRenderer(): Promise<Server> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `electron-vite build` first')
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(rendererDir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(rendererDir) || !existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/**
 * Gives the page `window.arbiter`, built by the same function preload uses, calling `dispatch`
 * (the real dispatcher over a real store). Calls from frames other than the top page are refused.
 */
export async function installBridge(page: Page, dispatch: () => Dispatch): Promise<void> {
  await page.exposeBinding('__arbiterInvoke', (source, path: unknown, input: unknown) => {
    if (source.frame !== source.page.mainFrame()) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This call did not come from the Arbiter window.' } }
    }
    return dispatch()(path, input)
  })
  await page.addInitScript({
    content: `window.arbiter = Object.assign(
      (${buildBridgeMethods.toString()})(${JSON.stringify(methodPaths)}, (path, input) => window.__arbiterInvoke(path, input)),
      { onEvent: (name) => { if (!${JSON.stringify(eventNames)}.includes(name)) throw new Error('Unknown event'); return () => {} } });`,
  })
}

export type Harness = {
  page: Page
  store: () => TempStore
  /** Closes the database and opens the same file again, like quitting and restarting the app. */
  restart: () => Promise<void>
  goto: (hash?: string) => Promise<void>
  /** What the next system folder picker returns (once); without it the picker answers as if cancelled. */
  chooseFolderNext: (folder: string | null) => void
}

export const test = base.extend<{ app: Harness }, { rendererUrl: string }>({
  rendererUrl: [
    async ({}, use) => {
      const server = await serveRenderer()
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      server.close()
    },
    { scope: 'worker' },
  ],

  app: async ({ page, rendererUrl }, use) => {
    const dir = makeTempDir('arbiter-e2e-')
    let nextFolder: string | null = null
    const dialogs: Partial<DialogPort> = {
      chooseFolder: async () => {
        const folder = nextFolder
        nextFolder = null
        return folder
      },
    }
    let temp = await openTempStore(dir, undefined, { dialogs })
    await installBridge(page, () => temp.dispatch)
    const goto = async (hash = '') => {
      // Leave the page first: a hash-only change would keep the old page and its cached data.
      await page.goto('about:blank')
      await page.goto(rendererUrl + hash)
      await expect(page.locator('body[data-app-ready="true"]')).toBeAttached()
    }
    const harness: Harness = {
      page,
      store: () => temp,
      goto,
      chooseFolderNext: (folder) => {
        nextFolder = folder
      },
      restart: async () => {
        await temp.store.close()
        temp = await openTempStore(dir, undefined, { dialogs })
        await goto()
      },
    }
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => message.type() === 'error' && errors.push(`${message.text()} ${message.location().url}`))
    await goto()
    await use(harness)
    await temp.close()
    expect(errors, 'the page logged errors').toEqual([])
  },
})

export { expect }
