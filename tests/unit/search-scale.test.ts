/**
 * Search on more matches than it ranks (main/services/search-body.ts): title matches first by
 * bm25, then body matches newest first, in scope whatever other projects hold; bm25 throughout
 * for rarer words; and prefixes, expanded through the index's vocabulary or answered by its
 * prefix entries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SearchHit } from '../../shared/domain/search'
import { RANKED_MAX } from '../../main/services/search-body'
import { openTempStore, type TempStore } from '../helpers/temp-store'

let temp: TempStore
let projectId: number
beforeEach(async () => {
  temp = await openTempStore()
  projectId = (await temp.services.projects.create({ name: 'Web frameworks' })).id
})
afterEach(() => temp.close())

const search = (text: string, scope: number | null = projectId, limit?: number) =>
  temp.services.search.query({ text, projectId: scope, limit })
const keys = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`)

async function addSource(title: string, text: string, project = projectId) {
  return (await temp.services.sources.importText({ projectId: project, title, text, format: 'text' })).source
}

/** `count` claims quoting `quote(i)`, written straight to the table (the triggers index them). */
function addClaims(sourceId: number, count: number, quote: (i: number) => string, project = projectId): void {
  const insert = temp.store.sqlite.prepare(`INSERT INTO claims (project_id, source_id, quote) VALUES (?, ?, ?)`)
  temp.store.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(project, sourceId, quote(i))
  })()
}

describe('search: a word in more rows than are ranked', () => {
  it('lists every title match first by bm25, then body matches newest first, the same way every time', async () => {
    const titled = [await addSource('Throughput under load', 'Numbers from the lab.'), await addSource('Notes on throughput', 'More numbers.')]
    const decision = await temp.services.decisions.create({ projectId, title: 'Pick a throughput target', fromComparison: false })
    const bulk = await addSource('Bulk', 'Claims below.')
    addClaims(bulk.id, RANKED_MAX * 2, (i) => `Claim ${i} reports throughput of ${i} requests.`)
    const hits = await search('throughput', projectId, 60)
    expect(hits).toHaveLength(60)
    expect(keys(hits.slice(0, 3)).sort()).toEqual([...titled.map((s) => `source:${s.id}`), `decision:${decision.id}`].sort())
    expect(hits.slice(0, 3).every((h) => h.rank < 0)).toBe(true)
    const claims = hits.slice(3)
    expect(claims.every((h) => h.kind === 'claim' && h.rank === 0)).toBe(true)
    const newest = (temp.store.sqlite.prepare(`SELECT max(id) AS id FROM claims`).get() as { id: number }).id
    expect(claims.map((h) => h.id)).toEqual(Array.from({ length: 57 }, (_, i) => newest - i))
    expect(claims.every((h) => h.snippet.highlights.length > 0)).toBe(true)
    expect(keys(await search('throughput', projectId, 60))).toEqual(keys(hits))
  })

  it('ranks by bm25 when the matches fit: more of the word in a shorter text first', async () => {
    const source = await addSource('Plain', 'Text.')
    const dense = await temp.services.claims.create({ sourceId: source.id, start: 0, end: 4, optionIds: [], criterionId: null, polarity: 'neutral', note: '', figure: { valueMin: null, valueMax: null, unit: null } })
    await temp.services.claims.update({ id: dense.id, note: 'latency latency latency' })
    addClaims(source.id, 5, (i) => `Claim ${i} mentions latency once among many other words about operations and teams.`)
    const hits = await search('latency')
    expect(hits).toHaveLength(6)
    expect(hits[0]).toMatchObject({ kind: 'claim', id: dense.id })
  })
})

describe('search: scope, whatever other projects hold', () => {
  it('finds a small project\'s matches behind many newer ones of another project', async () => {
    const small = await addSource('Small', 'Small notes.')
    addClaims(small.id, 3, (i) => `Small project claim ${i} about caching.`)
    const other = (await temp.services.projects.create({ name: 'Big' })).id
    const big = await addSource('Big', 'Big notes.', other)
    addClaims(big.id, RANKED_MAX * 3, (i) => `Big project claim ${i} about caching.`, other)
    // "caching" is in more rows of the index than are ranked: newest first, found through the scope token.
    const hits = await search('caching')
    expect(hits.map((h) => [h.title, h.rank])).toEqual([2, 1, 0].map((i) => [`Small project claim ${i} about caching.`, 0]))
    const theirs = await search('caching', other, 100)
    expect(theirs).toHaveLength(100)
    expect(theirs.every((h) => h.projectId === other)).toBe(true)
  })

  it('searches every project but a deleted one, however many matches the deleted one holds', async () => {
    const kept = await addSource('Kept', 'Kept notes.')
    addClaims(kept.id, 2, (i) => `Kept claim ${i} about sharding.`)
    const gone = (await temp.services.projects.create({ name: 'Gone' })).id
    const source = await addSource('Gone', 'Gone notes.', gone)
    addClaims(source.id, RANKED_MAX * 3, (i) => `Gone claim ${i} about sharding.`, gone)
    await temp.services.projects.remove({ id: gone })
    const hits = await search('sharding', null)
    expect(hits.map((h) => h.title).sort()).toEqual(['Kept claim 0 about sharding.', 'Kept claim 1 about sharding.'])
    await temp.services.projects.restore({ id: gone })
    expect(await search('sharding', null)).toHaveLength(50)
  })

  it('never shows claims of a deleted source, even when they crowd the newest matches', async () => {
    const live = await addSource('Live', 'Live notes.')
    addClaims(live.id, 3, (i) => `Live claim ${i} on pooling.`)
    const doomed = await addSource('Doomed', 'Doomed notes.')
    addClaims(doomed.id, RANKED_MAX, (i) => `Doomed claim ${i} on pooling.`)
    await temp.services.sources.remove({ id: doomed.id })
    expect((await search('pooling')).map((h) => h.title).sort()).toEqual(['Live claim 0 on pooling.', 'Live claim 1 on pooling.', 'Live claim 2 on pooling.'])
    await temp.services.sources.restore({ id: doomed.id })
    expect(await search('pooling')).toHaveLength(50)
  })
})

describe('search: prefixes', () => {
  beforeEach(async () => {
    await addSource('Django notes', 'Django and djangonauts; a d on its own; the naïve café; released in 2024 and 20241.')
  })

  it('matches two or three typed letters as a prefix, and one letter only as itself', async () => {
    expect(await search('dj')).toHaveLength(1)
    expect(await search('dja')).toHaveLength(1)
    expect((await search('d')).map((h) => h.snippet.highlights.length)).toEqual([1])
    expect(await search('q')).toEqual([])
  })

  it('expands longer prefixes to every word they start, whatever their case or accents', async () => {
    const [hit] = await search('DJANG')
    expect(hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual(['Django', 'djangonauts'])
    expect(await search('naïv')).toHaveLength(1)
    expect(await search('naiv')).toHaveLength(1)
    expect(await search('2024')).toHaveLength(1)
    expect(await search('djangox')).toEqual([])
    expect(await search('notes djangon')).toHaveLength(1)
  })

  it('still finds a prefix standing for more words than are listed', async () => {
    const words = Array.from({ length: 80 }, (_, i) => `zeta${String.fromCharCode(97 + (i % 26))}${i}`)
    await addSource('Greek', words.join(' '))
    const [hit] = await search('zeta')
    expect(hit.title).toBe('Greek')
    expect(hit.snippet.highlights.length).toBeGreaterThan(3)
  })
})
