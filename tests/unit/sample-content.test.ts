/** The bundled sample project: consistent references, the conflicts the app must flag, and no copied prose. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleProject, type SampleClaim } from '../../main/services/sample/sample-content'
import { starterCriteria } from '../../shared/domain/starter-criteria'

const sampleCriterionNames = starterCriteria.map((c) => c.name)

const seedsDir = join(import.meta.dirname, '../../../shared/seeds')
const RUN = 6

/** Lower-case words with punctuation stripped: apostrophes and digit separators vanish, other marks split words. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/(\d)[,.](?=\d)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
}

function runs(text: string, n = RUN): string[] {
  const w = words(text)
  const out: string[] = []
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '))
  return out
}

function loadSeeds(): Map<string, Set<string>> {
  if (!existsSync(seedsDir)) {
    throw new Error(`Seed articles not found at ${seedsDir}; they are expected in shared/seeds beside the repository.`)
  }
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))
  if (files.length !== 4) throw new Error(`Expected 4 seed articles in ${seedsDir}, found ${files.length}.`)
  return new Map(files.map((f) => [f, new Set(runs(readFileSync(join(seedsDir, f), 'utf8')))]))
}

/** Every piece of prose written for the sample, labelled for failure messages. Titles are citations and excluded. */
function writtenTexts(): { label: string; text: string }[] {
  const p = sampleProject
  return [
    { label: 'project.description', text: p.description },
    ...p.sources.flatMap((s) => [
      { label: `source ${s.key} summary`, text: s.summary },
      { label: `source ${s.key} reliabilityNote`, text: s.reliabilityNote },
      { label: `source ${s.key} publisher`, text: s.publisher ?? '' },
    ]),
    ...p.options.map((o) => ({ label: `option ${o.name} description`, text: o.description })),
    ...p.claims.flatMap((c, i) => [
      { label: `claim #${i} paraphrase`, text: c.paraphrase },
      { label: `claim #${i} location`, text: c.location ?? '' },
      { label: `claim #${i} metric`, text: c.metric ?? '' },
    ]),
  ]
}

const isNumeric = (c: SampleClaim) => c.valueMin !== undefined || c.valueMax !== undefined
const low = (c: SampleClaim) => c.valueMin ?? c.valueMax ?? Number.NaN
const high = (c: SampleClaim) => c.valueMax ?? c.valueMin ?? Number.NaN

describe('sample project content', () => {
  const { sources, options, claims } = sampleProject

  it('has four sources, four options and at least 40 claims', () => {
    expect(sources).toHaveLength(4)
    expect(options).toHaveLength(4)
    expect(new Set(sources.map((s) => s.key)).size).toBe(4)
    expect(new Set(options.map((o) => o.name))).toEqual(new Set(['Django', 'FastAPI', 'Express', 'Fastify']))
    expect(claims.length).toBeGreaterThanOrEqual(40)
  })

  it('draws on the sixteen starter criteria', () => {
    expect(sampleCriterionNames).toHaveLength(16)
    expect(new Set(sampleCriterionNames).size).toBe(16)
  })

  it('describes every source with a citation, a dated access and a summary', () => {
    for (const s of sources) {
      expect(s.kind).toBe('article')
      expect(s.title.length).toBeGreaterThan(0)
      expect(s.accessedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (s.publishedDate !== null) expect(s.publishedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(s.reliabilityNote.length).toBeGreaterThan(40)
      expect(s.summary.startsWith("Reader's summary (paraphrased; the original article is not reproduced here).")).toBe(true)
      const count = words(s.summary).length
      expect(count, `${s.key} summary has ${count} words`).toBeGreaterThanOrEqual(150)
      expect(count, `${s.key} summary has ${count} words`).toBeLessThanOrEqual(300)
    }
  })

  it('points every claim at an existing source, existing options and a known criterion', () => {
    const keys = new Set(sources.map((s) => s.key))
    const names = new Set<string>(options.map((o) => o.name))
    const criteria = new Set<string>(sampleCriterionNames)
    for (const [i, c] of claims.entries()) {
      expect(keys.has(c.source), `claim #${i} source ${c.source}`).toBe(true)
      expect(c.options.length, `claim #${i} has options`).toBeGreaterThan(0)
      for (const o of c.options) expect(names.has(o), `claim #${i} option ${o}`).toBe(true)
      expect(new Set(c.options).size, `claim #${i} repeats an option`).toBe(c.options.length)
      expect(criteria.has(c.criterion), `claim #${i} criterion ${c.criterion}`).toBe(true)
      expect(['supports', 'against', 'neutral']).toContain(c.polarity)
      expect(c.paraphrase.trim().length, `claim #${i} paraphrase`).toBeGreaterThan(20)
    }
  })

  it('draws at least three claims from every source', () => {
    for (const s of sources) {
      const n = claims.filter((c) => c.source === s.key).length
      expect(n, `${s.key} has ${n} claims`).toBeGreaterThanOrEqual(3)
    }
  })

  it('gives every numeric claim a unit and an ordered range', () => {
    const numeric = claims.filter(isNumeric)
    expect(numeric.length).toBeGreaterThan(0)
    for (const c of numeric) {
      expect(c.unit, c.paraphrase).toBeTruthy()
      expect(Number.isFinite(low(c)) && Number.isFinite(high(c)), c.paraphrase).toBe(true)
      expect(low(c), c.paraphrase).toBeLessThanOrEqual(high(c))
    }
  })

  it('contains Express throughput figures that contradict each other', () => {
    const express = claims.filter(
      (c) => c.criterion === 'Throughput' && c.options.includes('Express') && c.metric === 'throughput' && c.unit === 'req/s' && isNumeric(c),
    )
    const disjoint = express.flatMap((a) => express.filter((b) => a !== b && high(a) < low(b)).map((b) => [a, b]))
    expect(express.length).toBeGreaterThanOrEqual(2)
    expect(disjoint.length).toBeGreaterThan(0)
    expect(new Set(disjoint.flat().map((c) => c.source)).size).toBeGreaterThanOrEqual(2)
  })

  it('contains opposite verdicts on the same option and criterion', () => {
    const pairs = claims.flatMap((a) =>
      claims.filter((b) => a.polarity === 'supports' && b.polarity === 'against' && a.criterion === b.criterion && a.options.some((o) => b.options.includes(o))),
    )
    expect(pairs.length).toBeGreaterThan(0)
    const expressCurve = claims.filter((c) => c.options.includes('Express') && c.criterion === 'Learning curve')
    expect(expressCurve.some((c) => c.polarity === 'supports')).toBe(true)
    expect(expressCurve.some((c) => c.polarity === 'against')).toBe(true)
  })

  it(`shares no run of ${RUN} consecutive words with any seed article`, () => {
    const seeds = loadSeeds()
    const overlaps: string[] = []
    for (const { label, text } of writtenTexts()) {
      for (const run of new Set(runs(text))) {
        for (const [file, seedRuns] of seeds) if (seedRuns.has(run)) overlaps.push(`${label} ↔ ${file}: "${run}"`)
      }
    }
    expect(overlaps).toEqual([])
  })
})

describe('overlap detector', () => {
  it('normalises case, punctuation and spacing before comparing', () => {
    expect(words('  Express.js — handles 15,000 req/s; it’s FAST!  ')).toEqual(['express', 'js', 'handles', '15000', 'req', 's', 'its', 'fast'])
    const seed = new Set(runs('The quick brown fox jumps over the lazy dog.'))
    expect(runs('a QUICK, brown   fox jumps over-the lazy cat').some((r) => seed.has(r))).toBe(true)
    expect(runs('quick brown fox leaps over the lazy dog').some((r) => seed.has(r))).toBe(false)
  })
})
