import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempStore, type TempStore } from '../helpers/temp-store'

let temp: TempStore
beforeEach(async () => {
  temp = await openTempStore()
})
afterEach(() => temp.close())

const call = (path: string, input?: unknown) => temp.dispatch(path, input)

describe('projects', () => {
  it('creates, lists and renames projects with tidy names', async () => {
    const created = await call('projects.create', { name: '  Backend   framework ', description: 'For the API' })
    expect(created).toMatchObject({ ok: true, value: { name: 'Backend framework', description: 'For the API' } })
    const id = (created as { value: { id: number } }).value.id
    await call('projects.rename', { id, name: 'API framework' })
    const list = await call('projects.list')
    expect(list).toMatchObject({ ok: true, value: [{ id, name: 'API framework', sourceCount: 0, optionCount: 0, decisionCount: 0 }] })
  })

  it('explains an empty or duplicate name and changes nothing', async () => {
    await call('projects.create', { name: 'Message broker' })
    expect(await call('projects.create', { name: '   ' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: "name: Project name can't be empty" },
    })
    const duplicate = await call('projects.create', { name: 'MESSAGE broker' })
    expect(duplicate).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'A project named "MESSAGE broker" already exists. Choose another name.' },
    })
    const other = (await temp.services.projects.create({ name: 'Other' })).id
    expect(await call('projects.rename', { id: other, name: 'message BROKER' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await temp.services.projects.list()).map((p) => p.name).sort()).toEqual(['Message broker', 'Other'])
  })

  it('deletes softly, lists the deleted project, and restores it', async () => {
    const { id } = await temp.services.projects.create({ name: 'Queue' })
    expect(await call('projects.remove', { id })).toMatchObject({ ok: true, value: { id, name: 'Queue' } })
    expect(await temp.services.projects.list()).toEqual([])
    expect(await call('projects.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await temp.services.projects.listDeleted()).map((p) => p.name)).toEqual(['Queue'])
    expect(await call('projects.restore', { id })).toMatchObject({ ok: true, value: { name: 'Queue' } })
    expect((await temp.services.projects.list()).map((p) => p.name)).toEqual(['Queue'])
    expect(await temp.services.projects.listDeleted()).toEqual([])
  })

  it('restores under a free name when the old one was reused', async () => {
    const { id } = await temp.services.projects.create({ name: 'Cache' })
    await temp.services.projects.remove({ id })
    await temp.services.projects.create({ name: 'Cache' })
    const restored = await temp.services.projects.restore({ id })
    expect(restored.name).toBe('Cache (restored)')
  })

  it('frees the name of a deleted project for reuse', async () => {
    const { id } = await temp.services.projects.create({ name: 'Search engine' })
    await temp.services.projects.remove({ id })
    expect(await call('projects.create', { name: 'Search engine' })).toMatchObject({ ok: true })
  })

  it('purges projects deleted in an earlier session, and only those', async () => {
    const old = await temp.services.projects.create({ name: 'Old' })
    const recent = await temp.services.projects.create({ name: 'Recent' })
    temp.store.sqlite.prepare(`UPDATE projects SET deleted_at = '2020-01-01T00:00:00.000Z' WHERE id = ?`).run(old.id)
    await temp.services.projects.remove({ id: recent.id })
    expect(await temp.services.projects.purgeDeletedBefore('2021-01-01T00:00:00.000Z')).toBe(1)
    expect(temp.store.sqlite.prepare('SELECT name FROM projects').all()).toEqual([{ name: 'Recent' }])
  })
})
