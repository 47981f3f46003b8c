/** A real store in a fresh temp folder, with the services and dispatcher the app would use. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore, type Store } from '../../main/db/connection'
import { createDispatcher, type Dispatch } from '../../main/ipc'
import { createServices, type DialogPort, type Services } from '../../main/services'

export type TempStore = { dir: string; store: Store; services: Services; dispatch: Dispatch; close: () => Promise<void> }

export const makeTempDir = (prefix = 'arbiter-test-') => mkdtempSync(join(tmpdir(), prefix))

/** `dialogs` stands in for the system pickers; without it they answer as if the user cancelled. */
export type TempStoreOptions = { dialogs?: Partial<DialogPort> }

export async function openTempStore(dir = makeTempDir(), file = 'arbiter.db', options: TempStoreOptions = {}): Promise<TempStore> {
  const store = await openStore(join(dir, file))
  const services = createServices(store, { version: 'test', platform: process.platform, dialogs: options.dialogs })
  const dispatch = createDispatcher(services, () => undefined)
  return {
    dir,
    store,
    services,
    dispatch,
    close: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Every row of every table, for "nothing changed" assertions. */
export function snapshotRows(store: Store): Record<string, unknown[]> {
  const tables = store.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name`)
    .all() as { name: string }[]
  return Object.fromEntries(tables.map(({ name }) => [name, store.sqlite.prepare(`SELECT * FROM "${name}"`).all()]))
}
