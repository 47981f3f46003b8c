/** The bundled sample project: consistent references, the conflicts the app must flag, and no copied prose. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleProject, sampleScores, sampleScoresSchema, type SampleClaim } from '../../main/services/sample/sample-content'
import { starterCriteria } from '../../shared/domain/starter-criteria'
import { builtinPresets } from '../../shared/domain/weights'

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

describe('sample scores', () => {
  const { scores } = sampleScores
  const { claims, options } = sampleProject
  const score = (option: string, criterion: string) => scores.find((s) => s.option === option && s.criterion === criterion)!.value

  it('starts from a built-in preset', () => {
    expect(builtinPresets.map((p) => p.key)).toContain(sampleScores.preset)
  })

  it('scores every option on every criterion exactly once', () => {
    expect(scores).toHaveLength(options.length * sampleCriterionNames.length)
    expect(scores).toHaveLength(64)
    const cells = new Set(scores.map((s) => `${s.option}|${s.criterion}`))
    expect(cells.size).toBe(64)
    for (const o of options) for (const c of sampleCriterionNames) expect(cells.has(`${o.name}|${c}`), `${o.name} × ${c}`).toBe(true)
    for (const s of scores) {
      expect(s.value).toBeGreaterThanOrEqual(0)
      expect(s.value).toBeLessThanOrEqual(10)
    }
  })

  it('cites only claims about the scored option and criterion, and every such claim where one exists', () => {
    for (const s of scores) {
      for (const index of s.claims) {
        const claim = claims[index]
        expect(claim, `${s.option} × ${s.criterion} cites claim #${index}`).toBeDefined()
        expect(claim.options, `${s.option} × ${s.criterion} cites claim #${index}`).toContain(s.option)
        expect(claim.criterion, `${s.option} × ${s.criterion} cites claim #${index}`).toBe(s.criterion)
      }
      const available = claims.some((c) => c.options.includes(s.option) && c.criterion === s.criterion)
      if (available) expect(s.claims.length, `${s.option} × ${s.criterion} has claims but cites none`).toBeGreaterThan(0)
      else expect(s.rationale, `${s.option} × ${s.criterion} has no evidence`).toMatch(/^No source covers this; judged/)
    }
  })

  it('keeps uncited judgements to a few', () => {
    const uncited = scores.filter((s) => s.claims.length === 0)
    expect(uncited.length).toBeLessThanOrEqual(12)
  })

  it('writes every rationale as one short line', () => {
    for (const s of scores) {
      expect(s.rationale.length, s.rationale).toBeLessThanOrEqual(110)
      expect(s.rationale.trim().length, `${s.option} × ${s.criterion}`).toBeGreaterThan(20)
      expect(s.rationale).not.toMatch(/\n/)
    }
  })

  it('agrees with what the articles say', () => {
    const values = (criterion: string) => options.map((o) => score(o.name, criterion))
    expect(score('Fastify', 'Throughput')).toBe(Math.max(...values('Throughput')))
    expect(score('Django', 'Throughput')).toBe(Math.min(...values('Throughput')))
    expect(score('Django', 'Built-in features')).toBe(Math.max(...values('Built-in features')))
    expect(score('FastAPI', 'AI/ML fit')).toBe(Math.max(...values('AI/ML fit')))
    expect(score('FastAPI', 'Async / real-time')).toBe(Math.max(...values('Async / real-time')))
    expect(score('Django', 'Async / real-time')).toBe(Math.min(...values('Async / real-time')))
    expect(score('Express', 'Hiring / talent pool')).toBe(Math.max(...values('Hiring / talent pool')))
    // Cost criteria measure the amount: a higher score is worse.
    expect(score('FastAPI', 'Memory footprint')).toBe(Math.min(...values('Memory footprint')))
    expect(score('Django', 'Memory footprint')).toBe(Math.max(...values('Memory footprint')))
    expect(score('Django', 'Latency')).toBe(Math.max(...values('Latency')))
    expect(score('Django', 'Learning curve')).toBeGreaterThanOrEqual(4)
    expect(score('Django', 'Learning curve')).toBeLessThanOrEqual(7)
    expect(score('Express', 'Learning curve')).toBeGreaterThan(score('FastAPI', 'Learning curve'))
  })

  it(`shares no run of ${RUN} consecutive words with any seed article`, () => {
    const seeds = loadSeeds()
    const overlaps: string[] = []
    for (const s of scores) {
      for (const run of new Set(runs(s.rationale))) {
        for (const [file, seedRuns] of seeds) if (seedRuns.has(run)) overlaps.push(`${s.option} × ${s.criterion} ↔ ${file}: "${run}"`)
      }
    }
    expect(overlaps).toEqual([])
  })

  it('rejects a score citing a claim about another option or criterion, or out of range', () => {
    const first = scores[0]
    const other = claims.findIndex((c) => !c.options.includes(first.option) || c.criterion !== first.criterion)
    const withClaims = (cited: number[]) => ({ ...sampleScores, scores: [{ ...first, claims: cited }, ...scores.slice(1)] })
    expect(() => sampleScoresSchema.parse(withClaims([other]))).toThrow(new RegExp(`${first.option} × ${first.criterion} cites claim #${other}, which is about`))
    expect(() => sampleScoresSchema.parse(withClaims([claims.length]))).toThrow(/cites claim #\d+, but there are only/)
    expect(() => sampleScoresSchema.parse({ ...sampleScores, scores: [...scores, first] })).toThrow(/scored more than once/)
    expect(() => sampleScoresSchema.parse({ ...sampleScores, scores: [{ ...first, value: 11 }] })).toThrow()
    expect(() => sampleScoresSchema.parse({ ...sampleScores, scores: [{ ...first, option: 'Flask' }] })).toThrow()
    expect(() => sampleScoresSchema.parse({ ...sampleScores, scores: [{ ...first, criterion: 'Vibes' }] })).toThrow(/unknown criterion/)
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
