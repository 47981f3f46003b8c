import { describe, expect, it } from 'vitest'
import { buildBridgeMethods, channelOf, contract, lookupMethod, methodPaths } from '../../shared/contract'

describe('contract', () => {
  it('finds declared methods and nothing else', () => {
    expect(lookupMethod('projects.create')).toBeDefined()
    for (const path of ['projects.toString', '__proto__.constructor', 'constructor.name', 'projects', 'a.b.c', 42, undefined]) {
      expect(lookupMethod(path)).toBeUndefined()
    }
  })

  it('gives each method one distinct channel', () => {
    const channels = methodPaths.map(channelOf)
    expect(new Set(channels).size).toBe(methodPaths.length)
    expect(channels).toContain('arbiter:projects.list')
  })

  it('builds the nested bridge object from the method list', async () => {
    const calls: unknown[] = []
    const api = buildBridgeMethods(methodPaths, async (path, input) => calls.push([path, input]))
    await api.projects.rename({ id: 1, name: 'x' })
    expect(calls).toEqual([['projects.rename', { id: 1, name: 'x' }]])
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort())
  })
})
