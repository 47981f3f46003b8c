/**
 * The one place contract methods meet services. `createDispatcher` is plain Node (tests and
 * the Chromium bridge call it directly); `registerIpc` wires it to Electron's ipcMain.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelOf, lookupMethod, methodPaths } from '../shared/contract'
import { ArbiterError, type Result } from '../shared/errors'
import { describeIssues } from '../shared/validation'
import type { Handlers } from './services/handlers'

export type Dispatch = (path: unknown, input: unknown) => Promise<Result<unknown>>

export function createDispatcher(handlers: Handlers, log: (error: unknown) => void = console.error): Dispatch {
  return async (path, input) => {
    const method = lookupMethod(path)
    if (!method) {
      return fail(new ArbiterError('UNKNOWN_METHOD', `There is no method called "${String(path).slice(0, 80)}".`))
    }
    const parsed = method.input.safeParse(input)
    if (!parsed.success) return fail(new ArbiterError('VALIDATION', describeIssues(parsed.error.issues)))
    const [group, name] = (path as string).split('.')
    const handler = (handlers as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[group][name]
    try {
      // JSON round trip: results must be plain data, whatever a service returns.
      const value = await handler(parsed.data)
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) }
    } catch (error) {
      if (error instanceof ArbiterError) return fail(error)
      log(error)
      return fail(new ArbiterError('INTERNAL', `Something went wrong: ${(error as Error)?.message ?? String(error)}`))
    }
  }
}

const fail = (error: ArbiterError): Result<never> => ({ ok: false, error: error.toJSON() })

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const path of methodPaths) {
    ipcMain.handle(channelOf(path), (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return fail(new ArbiterError('FORBIDDEN', 'This call did not come from the Arbiter window.'))
      }
      return dispatch(path, input)
    })
  }
  return () => methodPaths.forEach((path) => ipcMain.removeHandler(channelOf(path)))
}
