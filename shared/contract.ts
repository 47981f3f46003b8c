/**
 * The IPC contract: every method the renderer may call, declared once with its input schema
 * and result type, plus the events main may push. Main registers handlers from this list,
 * preload builds `window.arbiter` from it, and the renderer's client is typed by it. No other
 * module names a channel.
 */
import { z } from 'zod'
import type { Result } from './errors'
import {
  projectDescription,
  projectId,
  projectName,
  type DeletedProject,
  type Project,
  type ProjectSummary,
} from './domain/project'

type Method<I extends z.ZodType, O> = { readonly input: I; readonly output: O }

/** Declares a method; `returns<T>()` only carries the result type (it is never read at runtime). */
const method = <I extends z.ZodType, O>(input: I, _output: O): Method<I, O> =>
  ({ input, output: undefined as O })
const returns = <T>(): T => undefined as T

const noInput = z.strictObject({}).optional()

export type AppInfo = {
  version: string
  databasePath: string
  schemaVersion: number
  platform: string
}

export const contract = {
  app: {
    info: method(noInput, returns<AppInfo>()),
  },
  projects: {
    list: method(noInput, returns<ProjectSummary[]>()),
    get: method(z.strictObject({ id: projectId }), returns<Project>()),
    create: method(
      z.strictObject({ name: projectName, description: projectDescription.optional() }),
      returns<Project>(),
    ),
    rename: method(z.strictObject({ id: projectId, name: projectName }), returns<Project>()),
    remove: method(z.strictObject({ id: projectId }), returns<DeletedProject>()),
    restore: method(z.strictObject({ id: projectId }), returns<Project>()),
    listDeleted: method(noInput, returns<DeletedProject[]>()),
  },
} as const

/** Events main pushes to the renderer (menu commands). Payloads are plain JSON. */
export const contractEvents = {
  'menu.newProject': returns<null>(),
  'menu.closeProject': returns<null>(),
} as const

type Contract = typeof contract
export type GroupName = keyof Contract
export type MethodPath = {
  [G in GroupName]: `${G & string}.${keyof Contract[G] & string}`
}[GroupName]
export type EventName = keyof typeof contractEvents

type AnyMethod = Method<z.ZodType, unknown>
type InputOf<M> = M extends Method<infer I, unknown> ? z.input<I> : never
export type OutputOf<M> = M extends Method<z.ZodType, infer O> ? O : never

type Call<M, R> = undefined extends InputOf<M>
  ? (input?: InputOf<M>) => Promise<R>
  : (input: InputOf<M>) => Promise<R>

/** What preload exposes: each method resolves to a Result envelope, never throws. */
export type ArbiterBridge = {
  [G in GroupName]: { [N in keyof Contract[G]]: Call<Contract[G][N], Result<OutputOf<Contract[G][N]>>> }
} & {
  onEvent: (name: EventName, listener: (payload: unknown) => void) => () => void
}

/** What the renderer uses: each method resolves to its value or throws ArbiterClientError. */
export type ArbiterClient = {
  [G in GroupName]: { [N in keyof Contract[G]]: Call<Contract[G][N], OutputOf<Contract[G][N]>> }
}

export const methodPaths: readonly MethodPath[] = Object.entries(contract).flatMap(([group, methods]) =>
  Object.keys(methods).map((name) => `${group}.${name}` as MethodPath),
)

export const eventNames = Object.keys(contractEvents) as EventName[]

export const channelOf = (path: MethodPath): string => `arbiter:${path}`
export const eventChannelOf = (name: EventName): string => `arbiter-event:${name}`

/** Finds a method by its path; only own properties count, so "__proto__.x" finds nothing. */
export function lookupMethod(path: unknown): AnyMethod | undefined {
  if (typeof path !== 'string') return undefined
  const [group, name, ...rest] = path.split('.')
  if (rest.length > 0 || !group || !name || !Object.hasOwn(contract, group)) return undefined
  const methods = contract[group as GroupName] as Record<string, AnyMethod>
  return Object.hasOwn(methods, name) ? methods[name] : undefined
}

/**
 * Builds the nested `{group: {method: fn}}` object from the method paths. Self-contained (no
 * outside references) so the Chromium test bridge can inject this exact function into a page.
 */
export function buildBridgeMethods(
  paths: readonly string[],
  invoke: (path: string, input: unknown) => Promise<unknown>,
): Record<string, Record<string, (input?: unknown) => Promise<unknown>>> {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const path of paths) {
    const [group, name] = path.split('.')
    api[group] ??= {}
    api[group][name] = (input?: unknown) => invoke(path, input)
  }
  return api
}
