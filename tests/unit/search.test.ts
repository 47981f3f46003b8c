import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchHit } from '../../shared/domain/search'
import { openTempStore, type TempStore } from '../helpers/temp-store'

let temp: TempStore
let projectId: number
beforeEach(async () => {
  temp = await openTempStore()
  projectId = (await temp.services.projects.create({ name: 'Queue choice' })).id
})
afterEach(() => temp.close())

const search = (text: string, scope: number | null = projectId) => temp.services.search.query({ text, projectId: scope })
const marked = (hit: SearchHit) => hit.snippet.highlights.map(([start, end]) => hit.snippet.text.slice(start, end))

async function addSource(title: string, text: string, project = projectId) {
  return (await temp.services.sources.importText({ projectId: project, title, text, format: 'text' })).source
}

async function addClaim(sourceId: number, text: string, phrase: string) {
  const start = text.indexOf(phrase)
  return temp.services.claims.create({
    sourceId, start, end: start + phrase.length, optionIds: [], criterionId: null, polarity: 'neutral', note: '', figure: { valueMin: null, valueMax: null, unit: null },
  })
}

describe('search: keeping up with edits', () => {
  it('finds sources after import, follows renames and forgets deleted ones', async () => {
    const source = await addSource('Broker notes', 'Kafka sustained a remarkable throughput on three brokers.')
    expect((await search('remarkable')).map((h) => [h.kind, h.id, h.title])).toEqual([['source', source.id, 'Broker notes']])
    await temp.services.sources.update({ id: source.id, title: 'Streaming notes' })
    expect(await search('broker notes')).toEqual([])
    expect((await search('streaming')).map((h) => h.id)).toEqual([source.id])
    await temp.services.sources.remove({ id: source.id })
    expect(await search('remarkable')).toEqual([])
    await temp.services.sources.restore({ id: source.id })
    expect(await search('remarkable')).toHaveLength(1)
  })

  it('finds claims by quote and note, follows note edits, and drops claims of deleted sources', async () => {
    const text = 'RabbitMQ is easy to operate for small teams. Kafka needs Zookeeper.'
    const source = await addSource('Ops notes', text)
    const claim = await addClaim(source.id, text, 'RabbitMQ is easy to operate for small teams.')
    await temp.services.claims.update({ id: claim.id, note: 'confirmed by plumbers' })
    const hits = (await search('plumbers')).filter((h) => h.kind === 'claim')
    expect(hits).toMatchObject([{ kind: 'claim', id: claim.id, sourceId: source.id, title: 'RabbitMQ is easy to operate for small teams.' }])
    await temp.services.claims.update({ id: claim.id, note: 'confirmed by carpenters' })
    expect(await search('plumbers')).toEqual([])
    expect((await search('carpenters')).map((h) => h.id)).toEqual([claim.id])
    await temp.services.claims.remove({ id: claim.id })
    expect(await search('carpenters')).toEqual([])
    await temp.services.claims.restore({ id: claim.id })
    await temp.services.sources.remove({ id: source.id })
    expect(await search('carpenters')).toEqual([])
  })

  it('finds decisions by their text, not by the names of their sections', async () => {
    const decision = await temp.services.decisions.create({ projectId, title: 'Use Kafka for events', fromComparison: false })
    expect(await search('context')).toEqual([])
    const sections = { ...decision.sections, context: 'We need durable replayable events.' }
    await temp.services.decisions.update({ id: decision.id, sections })
    const [hit] = await search('replayable')
    expect(hit).toMatchObject({ kind: 'decision', id: decision.id, title: 'Use Kafka for events', snippet: { text: 'We need durable replayable events.' } })
    await temp.services.decisions.update({ id: decision.id, sections: { ...sections, context: 'We need ordered events.' } })
    expect(await search('replayable')).toEqual([])
    expect(await search('context')).toEqual([])
    await temp.services.decisions.remove({ id: decision.id })
    expect(await search('ordered')).toEqual([])
  })
})

describe('search: scope, ranking and highlights', () => {
  it('searches one project or all, and never deleted projects', async () => {
    const other = (await temp.services.projects.create({ name: 'Cache choice' })).id
    await addSource('Queues', 'Latency matters for queues.')
    await addSource('Caches', 'Latency matters for caches.', other)
    expect((await search('latency')).map((h) => h.projectName)).toEqual(['Queue choice'])
    expect((await search('latency', null)).map((h) => h.projectName).sort()).toEqual(['Cache choice', 'Queue choice'])
    await temp.services.projects.remove({ id: other })
    expect((await search('latency', null)).map((h) => h.projectName)).toEqual(['Queue choice'])
  })

  it('ranks a title hit above body hits', async () => {
    await addSource('General notes', 'Some words. Throughput is mentioned here once among many other words about operations.')
    await addSource('Throughput', 'A study of performance under load.')
    expect((await search('throughput')).map((h) => h.title)).toEqual(['Throughput', 'General notes'])
  })

  it('returns plain snippet text with offsets on the matched words, prefix-matching the last word', async () => {
    await addSource('Notes', 'Before. <b>Kafka</b> sustained 900,000 messages per second on three brokers.\n\nAfter.')
    const [hit] = await search('kafka mess')
    expect(hit.snippet.text).toContain('<b>Kafka</b> sustained 900,000 messages per second')
    expect(hit.snippet.text).not.toMatch(/[\uE000\uE001]/)
    expect(marked(hit)).toEqual(['Kafka', 'messages'])
    const [accented] = await search('cafe')
    expect(accented).toBeUndefined()
    await addSource('Café', 'The café served naïve tests.')
    const [cafe] = await search('naive')
    expect(marked(cafe)).toEqual(['naïve'])
  })
})

describe('search: hostile queries', () => {
  const hostile = ['"', '""', '*', 'NEAR(', 'a OR', '(((', 'title:x', '-x', '^', 'AND', '🦀🚀', 'NOT', 'x"y', "'; DROP TABLE sources; --", 'a'.repeat(10_000), 'word '.repeat(2_000)]
  for (const text of hostile) {
    it(`never throws for ${JSON.stringify(text.slice(0, 20))}${text.length > 20 ? '…' : ''}`, async () => {
      await addSource('Title x', 'A text with a word, some title and x near AND.')
      const result = await temp.dispatch('search.query', { text, projectId: null })
      expect(result).toMatchObject({ ok: true })
      expect(Array.isArray((result as { value: unknown }).value)).toBe(true)
    })
  }

  it('treats operators as ordinary words', async () => {
    await addSource('Logic', 'Cats AND dogs, NOT birds.')
    expect(await search('AND')).toHaveLength(1)
    expect(await search('cats:dogs')).toHaveLength(1)
    expect(await search('-birds')).toHaveLength(1)
    expect(await search('"')).toEqual([])
    expect(await search('')).toEqual([])
  })
})
