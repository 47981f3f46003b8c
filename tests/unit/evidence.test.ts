import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempStore, snapshotRows, type TempStore } from '../helpers/temp-store'

let temp: TempStore
let projectId: number
beforeEach(async () => {
  temp = await openTempStore()
  projectId = (await temp.services.projects.create({ name: 'Queue choice' })).id
})
afterEach(() => temp.close())

const services = () => temp.services
const article = [
  'Message brokers compared',
  '',
  'Kafka sustained 900,000 messages per second on three brokers in our benchmark.',
  'RabbitMQ is easy to operate for small teams.',
  'The weather was pleasant during the test.',
].join('\n')

async function arrange() {
  const kafka = await services().options.create({ projectId, name: 'Kafka', aliases: ['Apache Kafka'] })
  const rabbit = await services().options.create({ projectId, name: 'RabbitMQ', aliases: ['Rabbit'] })
  const criteria = await services().criteria.addStarterSet({ projectId })
  const throughput = criteria.find((c) => c.name === 'Throughput')!
  return { kafka, rabbit, throughput, criteria }
}

describe('options and criteria', () => {
  it('keeps names unique per project and undoes deletes', async () => {
    const { kafka } = await arrange()
    expect(await temp.dispatch('options.create', { projectId, name: 'kafka' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This project already has an option named "kafka".' },
    })
    await services().options.remove({ id: kafka.id })
    expect((await services().options.list({ projectId })).map((o) => o.name)).toEqual(['RabbitMQ'])
    await services().options.restore({ id: kafka.id })
    expect((await services().options.list({ projectId })).map((o) => o.name)).toEqual(['Kafka', 'RabbitMQ'])
  })

  it('adds the sixteen starter criteria once, with directions and keywords', async () => {
    const { criteria } = await arrange()
    expect(criteria).toHaveLength(16)
    expect(criteria.find((c) => c.name === 'Latency')).toMatchObject({ direction: 'cost', unit: 'ms' })
    expect(criteria.find((c) => c.name === 'Throughput')!.keywords).toContain('requests per second')
    expect(await services().criteria.addStarterSet({ projectId })).toHaveLength(16)
  })
})

describe('sources and claims', () => {
  it('imports pasted text with suggested claims, and refuses the same text twice', async () => {
    const { kafka } = await arrange()
    const { source, suggestionCount } = await services().sources.importText({ projectId, title: 'Broker notes', text: article, format: 'text' })
    expect(source).toMatchObject({ title: 'Broker notes', characterCount: article.length, claimCount: 0 })
    expect(suggestionCount).toBeGreaterThanOrEqual(1)
    const suggested = await services().claims.list({ projectId, status: 'suggested' })
    const kafkaSuggestion = suggested.find((c) => c.optionIds.includes(kafka.id))!
    expect(kafkaSuggestion.quote).toContain('900,000 messages per second')
    expect(kafkaSuggestion).toMatchObject({ valueMin: 900000, valueMax: 900000, unit: 'msg/s' })
    expect(suggested.some((c) => c.quote.includes('weather'))).toBe(false)

    const before = snapshotRows(temp.store)
    const again = await temp.dispatch('sources.importText', { projectId, title: 'Copy', text: `${article}\r\n`, format: 'text' })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((again as { error: { message: string } }).error.message).toMatch(/same text as “Broker notes”/)
    expect(snapshotRows(temp.store)).toEqual(before)
  })

  it('creates a claim from exact offsets, keeps them valid when metadata changes, and freezes the text', async () => {
    const { kafka, throughput } = await arrange()
    const { source } = await services().sources.importText({ projectId, title: 'Notes', text: article, format: 'text' })
    const text = (await services().sources.get({ id: source.id })).text
    const start = text.indexOf('Kafka sustained')
    const end = text.indexOf('benchmark.') + 'benchmark.'.length
    const claim = await services().claims.create({
      sourceId: source.id, start, end, optionIds: [kafka.id], criterionId: throughput.id, polarity: 'supports', note: '',
      figure: { valueMin: 900000, valueMax: null, unit: 'msg/s' },
    })
    expect(claim).toMatchObject({ quote: text.slice(start, end), start, end, optionIds: [kafka.id], valueMin: 900000, valueMax: 900000, isParaphrase: false })

    await services().sources.update({ id: source.id, title: 'Renamed notes', publishedDate: '2024-05-01', sellsRelatedServices: true })
    const [reloaded] = await services().claims.list({ projectId, status: 'accepted' })
    const newText = (await services().sources.get({ id: source.id })).text
    expect(newText.slice(reloaded.start!, reloaded.end!)).toBe(reloaded.quote)
    expect(reloaded).toMatchObject({ sourceTitle: 'Renamed notes', sourceDate: '2024-05-01', sourceSellsRelatedServices: true })
    expect(() => temp.store.sqlite.prepare('UPDATE sources SET full_text = ? WHERE id = ?').run('changed', source.id)).toThrow(/immutable/)
  })

  it('refuses claims outside the text, on blank selections or on another project’s options', async () => {
    const { throughput } = await arrange()
    const other = await services().projects.create({ name: 'Other' })
    const foreign = await services().options.create({ projectId: other.id, name: 'NATS' })
    const { source } = await services().sources.importText({ projectId, title: 'Notes', text: article, format: 'text' })
    const base = { sourceId: source.id, criterionId: throughput.id, polarity: 'neutral', note: '', figure: { valueMin: null, valueMax: null, unit: null } }
    const before = snapshotRows(temp.store)
    const attempts = [
      { ...base, start: 0, end: article.length + 5, optionIds: [] },
      { ...base, start: article.indexOf('\n\n'), end: article.indexOf('\n\n') + 2, optionIds: [] },
      { ...base, start: 0, end: 5, optionIds: [foreign.id] },
      { ...base, start: 5, end: 3, optionIds: [] },
      { ...base, start: 0, end: 5, optionIds: [], figure: { valueMin: 10, valueMax: 1, unit: 'ms' } },
    ]
    const messages = []
    for (const input of attempts) {
      const result = await temp.dispatch('claims.create', input)
      expect(result.ok).toBe(false)
      if (!result.ok) messages.push(result.error.message)
    }
    expect(messages).toEqual([
      'The selected passage is outside the source text; select it again.',
      'Select some text to quote, not only spaces.',
      'Some of the chosen options are not part of this project.',
      'The selected passage is outside the source text; select it again.',
      'figure.valueMax: The lower value must not exceed the upper value',
    ])
    expect(snapshotRows(temp.store)).toEqual(before)
  })

  it('accepts, dismisses, reopens, deletes and restores claims', async () => {
    await arrange()
    await services().sources.importText({ projectId, title: 'Notes', text: article, format: 'text' })
    const [suggestion] = await services().claims.list({ projectId, status: 'suggested' })
    expect((await services().claims.accept({ id: suggestion.id })).status).toBe('accepted')
    expect((await services().claims.dismiss({ id: suggestion.id })).status).toBe('dismissed')
    expect((await services().claims.reopen({ id: suggestion.id })).status).toBe('suggested')
    await services().claims.remove({ id: suggestion.id })
    expect((await services().claims.list({ projectId })).map((c) => c.id)).not.toContain(suggestion.id)
    await services().claims.restore({ id: suggestion.id })
    expect((await services().claims.list({ projectId })).map((c) => c.id)).toContain(suggestion.id)
  })

  it('validates source metadata with clear messages', async () => {
    const { source } = await services().sources.importText({ projectId, title: 'Notes', text: article, format: 'text' })
    expect(await temp.dispatch('sources.update', { id: source.id, url: 'javascript:alert(1)' })).toMatchObject({
      ok: false, error: { message: 'url: URL must start with http:// or https://' },
    })
    expect(await temp.dispatch('sources.update', { id: source.id, publishedDate: '2025-02-30' })).toMatchObject({
      ok: false, error: { message: 'publishedDate: Date does not exist' },
    })
    expect(await temp.dispatch('sources.update', { id: source.id, title: '   ' })).toMatchObject({ ok: false, error: { message: "title: Title can't be empty" } })
  })
})

describe('conflicts', () => {
  async function claimOn(sourceId: number, optionIds: number[], criterionId: number, polarity: 'supports' | 'against' | 'neutral', min: number | null, max: number | null, unit: string | null) {
    const text = (await services().sources.get({ id: sourceId })).text
    return services().claims.create({ sourceId, start: 0, end: Math.min(10, text.length), optionIds, criterionId, polarity, note: '', figure: { valueMin: min, valueMax: max, unit } })
  }

  it('flags non-overlapping figures on the same unit and opposite verdicts, and records a preference', async () => {
    const { kafka, rabbit, throughput, criteria } = await arrange()
    const a = (await services().sources.importText({ projectId, title: 'A', text: 'First source text here.', format: 'text' })).source.id
    const b = (await services().sources.importText({ projectId, title: 'B', text: 'Second source text here.', format: 'text' })).source.id
    const high = await claimOn(a, [kafka.id], throughput.id, 'supports', 15000, 20000, 'req/s')
    const low = await claimOn(b, [kafka.id], throughput.id, 'neutral', 11202, null, 'requests per second')
    const within = await claimOn(b, [kafka.id], throughput.id, 'neutral', 16000, 18000, 'req/s') // inside the range: agrees with it
    await claimOn(b, [kafka.id], throughput.id, 'neutral', 3000, null, 'msg/s') // another unit: not comparable
    await claimOn(b, [rabbit.id], throughput.id, 'neutral', 2, null, 'ms') // another option: no conflict
    const learning = criteria.find((c) => c.name === 'Learning curve')!
    const easy = await claimOn(a, [rabbit.id], learning.id, 'supports', null, null, null)
    const hard = await claimOn(b, [rabbit.id], learning.id, 'against', null, null, null)

    const conflicts = await services().conflicts.list({ projectId })
    expect(conflicts.map((c) => [c.kind, c.claimA.id, c.claimB.id])).toEqual([
      ['numeric', high.id, low.id],
      ['numeric', low.id, within.id],
      ['polarity', easy.id, hard.id],
    ])
    expect(conflicts[0].explanation).toBe('Kafka on Throughput: 15,000–20,000 req/s and 11,202 req/s do not overlap.')

    const resolved = await services().conflicts.resolve({ projectId, claimAId: low.id, claimBId: high.id, preferredClaimId: low.id, note: 'Measured, not quoted' })
    expect(resolved).toMatchObject({ claimAId: high.id, claimBId: low.id, preferredClaimId: low.id, note: 'Measured, not quoted' })
    expect((await services().conflicts.list({ projectId }))[0]).toMatchObject({ preferredClaimId: low.id, note: 'Measured, not quoted' })
    expect(await temp.dispatch('conflicts.resolve', { projectId, claimAId: high.id, claimBId: easy.id, preferredClaimId: null, note: '' })).toMatchObject({
      ok: false, error: { code: 'NOT_FOUND' },
    })
  })
})

describe('evidence on demand', () => {
  it('counts conflicts per cell as the lists hold them, and a preference settles one', async () => {
    const sample = await services().projects.createSample()
    const all = await services().conflicts.list({ projectId: sample.id })
    const summary = await services().conflicts.summary({ projectId: sample.id })
    expect(summary.pairs).toBe(all.length)
    expect(summary.open).toBe(all.length)
    for (const cell of summary.cells) {
      const listed = await services().conflicts.list({ projectId: sample.id, optionId: cell.optionId, criterionId: cell.criterionId })
      expect(listed.length).toBe(cell.pairs)
      expect(listed.filter((c) => c.kind === 'numeric').length).toBe(cell.numeric)
      expect(listed.every((c) => c.optionId === cell.optionId && c.criterionId === cell.criterionId)).toBe(true)
    }
    const [first] = all
    await services().conflicts.resolve({ projectId: sample.id, claimAId: first.claimB.id, claimBId: first.claimA.id, preferredClaimId: first.claimB.id, note: 'Newer' })
    const after = await services().conflicts.summary({ projectId: sample.id })
    expect(after.pairs).toBe(summary.pairs)
    expect(after.open).toBe(summary.open - all.filter((c) => c.claimA.id === first.claimA.id && c.claimB.id === first.claimB.id).length)
  })

  it('leaves out claims about a deleted criterion, in the counts and the lists alike', async () => {
    const sample = await services().projects.createSample()
    const before = await services().conflicts.summary({ projectId: sample.id })
    const busiest = [...before.cells].sort((a, b) => b.pairs - a.pairs)[0]
    await services().criteria.remove({ id: busiest.criterionId })
    const after = await services().conflicts.summary({ projectId: sample.id })
    expect(after.cells.some((c) => c.criterionId === busiest.criterionId)).toBe(false)
    expect(after.pairs).toBe((await services().conflicts.list({ projectId: sample.id })).length)
    expect(after.pairs).toBeLessThan(before.pairs)
  })

  it('lists one source\'s claims with their options, and fetches one claim by id', async () => {
    const { kafka, rabbit, throughput } = await arrange()
    const a = (await services().sources.importText({ projectId, title: 'A', text: 'First source text here.', format: 'text' })).source.id
    const b = (await services().sources.importText({ projectId, title: 'B', text: 'Second source text here.', format: 'text' })).source.id
    const mine = await services().claims.create({ sourceId: a, start: 0, end: 5, optionIds: [rabbit.id, kafka.id], criterionId: throughput.id, polarity: 'supports', note: '', figure: { valueMin: null, valueMax: null, unit: null } })
    await services().claims.create({ sourceId: b, start: 0, end: 6, optionIds: [kafka.id], criterionId: null, polarity: 'neutral', note: '', figure: { valueMin: null, valueMax: null, unit: null } })
    const ofA = await services().claims.list({ projectId, sourceId: a })
    expect(ofA.map((c) => [c.id, c.quote, c.optionIds])).toEqual([[mine.id, 'First', [kafka.id, rabbit.id]]])
    expect(await services().claims.get({ id: mine.id })).toEqual(ofA[0])
    expect((await services().sources.list({ projectId })).map((s) => [s.title, s.claimCount, s.characterCount])).toEqual([['B', 1, 24], ['A', 1, 23]])
    await services().claims.remove({ id: mine.id })
    expect(await temp.dispatch('claims.get', { id: mine.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('counts claims per option × criterion and lists one group, "no option" and "no criterion" included', async () => {
    const { kafka, rabbit, throughput } = await arrange()
    const a = (await services().sources.importText({ projectId, title: 'A', text: 'First source text here.', format: 'text' })).source.id
    const claim = (optionIds: number[], criterionId: number | null, end: number) =>
      services().claims.create({ sourceId: a, start: 0, end, optionIds, criterionId, polarity: 'neutral', note: '', figure: { valueMin: null, valueMax: null, unit: null } })
    const both = await claim([kafka.id, rabbit.id], throughput.id, 5)
    const untagged = await claim([], throughput.id, 6)
    const loose = await claim([kafka.id], null, 7)
    const gone = await services().options.create({ projectId, name: 'Pulsar' })
    const aboutGone = await claim([gone.id], throughput.id, 8)
    await services().options.remove({ id: gone.id })
    const groups = await services().claims.groups({ projectId, status: 'accepted' })
    const key = (g: { optionId: number | null; criterionId: number | null }) => `${g.optionId}:${g.criterionId}`
    expect(new Map(groups.map((g) => [key(g), g.count]))).toEqual(new Map([
      [`${kafka.id}:${throughput.id}`, 1], [`${rabbit.id}:${throughput.id}`, 1], [`null:${throughput.id}`, 2], [`${kafka.id}:null`, 1],
    ]))
    const ids = async (optionId: number | null, criterionId: number | null) =>
      (await services().claims.list({ projectId, status: 'accepted', optionId, criterionId })).map((c) => c.id)
    expect(await ids(rabbit.id, throughput.id)).toEqual([both.id])
    expect(await ids(null, throughput.id)).toEqual([untagged.id, aboutGone.id])
    expect(await ids(kafka.id, null)).toEqual([loose.id])
    expect(await services().claims.groups({ projectId, status: 'suggested' })).toEqual([])
  })
})

describe('sample project', () => {
  it('builds the cited sample with paraphrased claims and its known disagreements', async () => {
    const sample = await services().projects.createSample()
    expect(sample).toMatchObject({ name: 'Backend framework for a startup API', isSample: true })
    const sources = await services().sources.list({ projectId: sample.id })
    expect(sources).toHaveLength(4)
    expect(sources.every((s) => s.claimCount >= 3)).toBe(true)
    expect(sources.some((s) => s.sellsRelatedServices)).toBe(true)
    const options = await services().options.list({ projectId: sample.id })
    expect(options.map((o) => o.name)).toEqual(['Django', 'FastAPI', 'Express', 'Fastify'])
    const claims = await services().claims.list({ projectId: sample.id })
    expect(claims.length).toBeGreaterThanOrEqual(40)
    expect(claims.every((c) => c.isParaphrase && c.start === null)).toBe(true)
    const conflicts = await services().conflicts.list({ projectId: sample.id })
    const express = options.find((o) => o.name === 'Express')!.id
    expect(conflicts.some((c) => c.kind === 'numeric' && c.optionId === express && c.explanation.includes('11,202 req/s'))).toBe(true)
    expect(conflicts.some((c) => c.kind === 'polarity')).toBe(true)
    // A second sample gets its own name rather than failing.
    expect((await services().projects.createSample()).name).toBe('Backend framework for a startup API (2)')
  })
})

describe('importing a batch of files', () => {
  it('stores the good files, explains each bad one and leaves nothing half-stored', async () => {
    await arrange()
    const b64 = (data: Uint8Array | string) => Buffer.from(data).toString('base64')
    const html = `<html><head><title>Broker shoot-out</title><script>document.title = 'pwned'</script></head>
      <body><article><h1>Broker shoot-out</h1><p>Kafka handled 900,000 messages per second in our cluster test, far ahead of the rest.</p>
      <p onclick="alert(1)">RabbitMQ was simpler to run for a small team and needed less tuning overall.</p>
      <script>window.stolen = true</script></article></body></html>`
    const batch = [
      { fileName: 'good.md', data: b64('# Notes\n\nRabbitMQ handled 40,000 messages per second in our test.\n') },
      { fileName: 'empty.txt', data: b64('') },
      { fileName: 'image.txt', data: b64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])) },
      { fileName: 'latin1.txt', data: b64(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x74, 0x65, 0x73])) },
      { fileName: 'huge.txt', data: b64(Buffer.alloc(20 * 1024 * 1024, 'a')) },
      { fileName: 'page.html', data: b64(html) },
    ]
    const outcomes: string[] = []
    for (const { fileName, data } of batch) {
      const before = snapshotRows(temp.store)
      const result = await temp.dispatch('sources.importFile', { projectId, fileName, dataBase64: data })
      if (result.ok) outcomes.push(`${fileName}: imported`)
      else {
        outcomes.push(`${fileName}: ${result.error.message}`)
        expect(snapshotRows(temp.store)).toEqual(before)
      }
    }
    expect(outcomes[0]).toBe('good.md: imported')
    expect(outcomes[1]).toMatch(/^empty\.txt: “?"?empty\.txt"?”? is empty\.$/)
    expect(outcomes[2]).toMatch(/binary/)
    expect(outcomes[3]).toMatch(/not UTF-8/)
    expect(outcomes[4]).toMatch(/20\.0 MB.*10 MB|too large/)
    expect(outcomes[5]).toBe('page.html: imported')
    const sources = await services().sources.list({ projectId })
    expect(sources.map((s) => s.title).sort()).toEqual(['Broker shoot-out', 'Notes'])
    const page = await services().sources.get({ id: sources.find((s) => s.title === 'Broker shoot-out')!.id })
    expect(page.text).toContain('900,000 messages per second')
    expect(page.text).not.toMatch(/pwned|stolen|<script|onclick|alert/)
  })
})
