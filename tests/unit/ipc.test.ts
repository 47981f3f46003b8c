import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { channelOf, lookupMethod, methodPaths } from '../../shared/contract'
import { registerIpc } from '../../main/ipc'
import { openTempStore, snapshotRows, type TempStore } from '../helpers/temp-store'

let temp: TempStore
beforeEach(async () => {
  temp = await openTempStore()
  await temp.services.projects.create({ name: 'Existing', description: 'must survive' })
})
afterEach(() => temp.close())

/** Deterministic pseudo-random numbers, so a failing payload can be reproduced. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

const hostile: unknown[] = [
  null, true, 0, -1, 1.5, NaN, Infinity, '', '   ', 'x'.repeat(1_000_000), '\u0000', [], [1, 2], {},
  { length: 1 }, JSON.parse('{"__proto__": {"polluted": true}}'), '../../etc/passwd', 2 ** 53, '1',
]

function fieldsOf(schema: z.ZodType): string[] {
  const unwrapped = schema instanceof z.ZodOptional ? schema.unwrap() : schema
  return unwrapped instanceof z.ZodObject ? Object.keys(unwrapped.shape) : []
}

/** Payloads that break each method's schema: wrong roots, wrong fields, missing fields, extra keys. */
function badPayloads(): { path: string; input: unknown }[] {
  const random = prng(42)
  const pick = () => hostile[Math.floor(random() * hostile.length)]
  const cases: { path: string; input: unknown }[] = []
  for (const path of methodPaths) {
    const schema = lookupMethod(path)!.input
    const fields = fieldsOf(schema)
    const valid = Object.fromEntries(fields.map((f) => [f, f === 'id' ? 1 : 'Name']))
    for (const root of hostile) cases.push({ path, input: root })
    cases.push({ path, input: { ...valid, unexpected: 'field' } })
    for (const field of fields) {
      const { [field]: _dropped, ...missing } = valid
      cases.push({ path, input: missing })
      for (const value of hostile) cases.push({ path, input: { ...valid, [field]: value } })
    }
    for (let i = 0; i < 10; i++) cases.push({ path, input: Object.fromEntries(fields.map((f) => [f, pick()])) })
  }
  for (const path of ['projects.nope', '__proto__.toString', 'constructor', 'projects', 'projects.list.extra', '', 'app.__proto__', 7, null]) {
    cases.push({ path: path as string, input: {} })
  }
  return cases.filter(({ path, input }) => {
    const method = lookupMethod(path)
    return !method || !method.input.safeParse(input).success
  })
}

describe('dispatcher with bad input', () => {
  it('answers hundreds of malformed calls with typed errors and changes no row', async () => {
    const before = snapshotRows(temp.store)
    const cases = badPayloads()
    expect(cases.length).toBeGreaterThan(300)
    for (const { path, input } of cases) {
      const result = await temp.dispatch(path, input)
      expect(result.ok, `${String(path)} ${JSON.stringify(input)?.slice(0, 80)}`).toBe(false)
      if (result.ok) continue
      expect(['VALIDATION', 'UNKNOWN_METHOD']).toContain(result.error.code)
      expect(result.error.message.length).toBeGreaterThan(5)
      expect(result.error.message.length).toBeLessThan(600) // never echoes a huge payload back
    }
    expect(snapshotRows(temp.store)).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('says which field is wrong', async () => {
    const result = await temp.dispatch('projects.rename', { id: 'one', name: 'x' })
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'id: Project id must be a number' } })
  })

  it('turns unexpected failures into an INTERNAL error instead of crashing', async () => {
    await temp.store.close()
    const result = await temp.dispatch('projects.list', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    temp.store = (await openTempStore(temp.dir)).store
  })
})

describe('registerIpc', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>()
    return {
      handlers,
      handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => void handlers.set(channel, fn),
      removeHandler: (channel: string) => void handlers.delete(channel),
    }
  }

  it('registers every contract method and refuses calls from other pages', async () => {
    const ipc = fakeIpcMain()
    const trusted = { senderFrame: { url: 'file:///app/index.html' } }
    const unregister = registerIpc(ipc as never, temp.dispatch, (event) => event === (trusted as never))
    expect([...ipc.handlers.keys()].sort()).toEqual(methodPaths.map(channelOf).sort())

    const list = ipc.handlers.get(channelOf('projects.list'))!
    expect(await list(trusted, undefined)).toMatchObject({ ok: true, value: [{ name: 'Existing' }] })
    expect(await list({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    unregister()
    expect(ipc.handlers.size).toBe(0)
  })
})
