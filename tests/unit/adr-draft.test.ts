/** Drafting a MADR decision from the comparison: wording, numbers worked by hand, and footnotes that match the claims. */
import { describe, expect, it } from 'vitest'
import { sampleProject, sampleScores } from '../../main/services/sample/sample-content'
import { claimClause, firstSentence, shorten, vocabularyOf, type ComparisonState } from '../../shared/adr/comparison'
import { draftDecision } from '../../shared/adr/draft'
import type { Claim, Criterion, Option, Polarity } from '../../shared/domain/evidence'
import { starterCriteria } from '../../shared/domain/starter-criteria'
import { builtinPresets } from '../../shared/domain/weights'

const TODAY = '2026-11-22'

function option(id: number, name: string, aliases: string[] = []): Option {
  return { id, projectId: 1, name, aliases, description: '', position: id }
}

function criterion(id: number, name: string, weight: number, direction: 'benefit' | 'cost' = 'benefit'): Criterion {
  return { id, projectId: 1, name, description: '', direction, weight, weightLocked: false, keywords: [], unit: null, position: id }
}

function claim(id: number, optionIds: number[], criterionId: number | null, polarity: Polarity, quote: string, sourceId = 1): Claim {
  return {
    id, projectId: 1, sourceId, sourceTitle: `Source ${sourceId}`, sourceDate: null, sourcePublisher: null, sourceAuthor: null,
    sourceSellsRelatedServices: false, quote, isParaphrase: true, start: null, end: null, optionIds, criterionId, polarity,
    valueMin: null, valueMax: null, unit: null, metric: null, note: '', status: 'accepted', createdAt: '2026-01-01T00:00:00Z',
  }
}

/** rows[o][k] is option o's score on criterion k. */
function state(options: Option[], criteria: Criterion[], rows: (number | null)[][], claims: Claim[] = [], scoreClaims: Record<string, number[]> = {}): ComparisonState {
  return {
    projectName: 'Backend framework for a startup API',
    projectDescription: 'A small team needs an HTTP API.',
    scale: { min: 0, max: 10 },
    options,
    criteria,
    scores: options.flatMap((o, i) =>
      criteria.map((c, k) => ({
        optionId: o.id, criterionId: c.id, value: rows[i][k], rationale: '', origin: 'user' as const,
        claimIds: scoreClaims[`${o.id}:${c.id}`] ?? [], updatedAt: '2026-01-01T00:00:00Z',
      })),
    ),
    claims,
    sources: [
      { id: 1, title: 'Benchmarks 2026', author: null, publisher: null, publishedDate: null, url: null },
      { id: 2, title: 'Field notes', author: null, publisher: null, publishedDate: null, url: null },
    ],
  }
}

const django = option(1, 'Django')
const fastapi = option(2, 'FastAPI')
const express = option(3, 'Express')
const throughput = criterion(10, 'Throughput', 50)
const cost = criterion(11, 'Cost', 30, 'cost')
const hiring = criterion(12, 'Hiring / talent pool', 20)
const docs = criterion(13, 'Documentation', 0)

//              Throughput(50)  Cost(30, lower better)  Hiring(20)   Documentation(0)
//   Django          4                  2 → u 0.8          9               5
//   FastAPI         8                  3 → u 0.7          5               5
//   Express         6                  5 → u 0.5          8               5
// Shares 0.5 / 0.3 / 0.2 / 0.
// Django  = 0.5·0.4 + 0.3·0.8 + 0.2·0.9 = 0.20 + 0.24 + 0.18 = 0.62
// FastAPI = 0.5·0.8 + 0.3·0.7 + 0.2·0.5 = 0.40 + 0.21 + 0.10 = 0.71   ← winner
// Express = 0.5·0.6 + 0.3·0.5 + 0.2·0.8 = 0.30 + 0.15 + 0.16 = 0.61
// Lead of FastAPI over Django: 0.71 − 0.62 = 0.09 → 9.0 points.
// Per criterion (FastAPI − Django): Throughput +0.20, Cost −0.03, Hiring −0.08.
const rows = [
  [4, 2, 9, 5],
  [8, 3, 5, 5],
  [6, 5, 8, 5],
]
const claims = [
  claim(1, [2], 10, 'supports', 'FastAPI serves about 12,000 requests per second. It needs uvicorn.'),
  claim(2, [2], 11, 'supports', 'The hosting bill stays small because one instance is enough.', 2),
  claim(3, [2], 12, 'against', 'Fewer developers list FastAPI on their CV than Django.', 2),
  claim(4, [2], 10, 'supports', 'Its async handlers keep the event loop free.'),
  claim(5, [1], 12, 'supports', 'Django developers are easy to hire.'),
  claim(6, [2], 10, 'neutral', 'Throughput depends on the database driver.'),
  claim(7, [2], 13, 'supports', 'Generated docs come for free.'),
]
const base = () => state([django, fastapi, express], [throughput, cost, hiring, docs], rows, claims, { '2:10': [4] })

describe('draftDecision', () => {
  it('names the winner, its lead and the criteria behind it (worked by hand)', () => {
    const draft = draftDecision(base(), TODAY)
    expect(draft.title).toBe('Use FastAPI for backend framework for a startup API')
    expect(draft.chosenOptionId).toBe(2)
    expect(draft.sections.outcome).toBe(
      'Chosen option: "FastAPI", because it has the highest weighted total (71.0%), 9.0 points ahead of Django (62.0%). ' +
        'It gains most over Django on Throughput (+20.0 points). Django does better on Hiring / talent pool (8.0 points) and Cost (3.0 points).',
    )
  })

  it('lists weighted criteria heaviest first with their share and direction, and leaves weight 0 out', () => {
    const draft = draftDecision(base(), TODAY)
    expect(draft.sections.drivers).toBe(
      ['* Throughput — 50% of the weight (higher is better)', '* Cost — 30% of the weight (lower is better)', '* Hiring / talent pool — 20% of the weight (higher is better)'].join('\n'),
    )
    expect(draft.sections.consideredOptions).toBe('* Django\n* FastAPI\n* Express')
    expect(draft.sections.context).toBe('A small team needs an HTTP API.\n\nWe compared 3 options on 3 weighted criteria, backed by 7 claims from 2 sources.')
    expect(draft.sections.moreInformation).toBe('Drafted from the comparison on 2026-11-22. Scores are on a 0–10 scale; weights are shares of the total weight.')
  })

  it('writes consequences from the heaviest criteria first, one claim per criterion per round', () => {
    const draft = draftDecision(base(), TODAY)
    // Throughput (50) first, preferring claim 4 which the score cites; then Cost (30); then Documentation (0);
    // then Throughput's second claim. Neutral claims are not consequences.
    expect(draft.sections.consequences).toBe(
      [
        '* Good, because its async handlers keep the event loop free [^c4]',
        '* Good, because the hosting bill stays small because one instance is enough [^c2]',
        '* Good, because generated docs come for free [^c7]',
        '* Good, because FastAPI serves about 12,000 requests per second [^c1]',
        '* Bad, because fewer developers list FastAPI on their CV than Django [^c3]',
      ].join('\n'),
    )
  })

  it('gives every option its pros and cons, and says when nothing was recorded', () => {
    // "Throughput" appears nowhere else in lower case, so it keeps its capital: a name is worse to lose than a capital to keep.
    const draft = draftDecision(base(), TODAY)
    expect(draft.sections.prosAndCons).toBe(
      [
        '### Django\n\n* Good, because Django developers are easy to hire [^c5]',
        '### FastAPI\n\n* Good, because its async handlers keep the event loop free [^c4]\n* Good, because the hosting bill stays small because one instance is enough [^c2]\n' +
          '* Good, because generated docs come for free [^c7]\n* Neutral, because Throughput depends on the database driver [^c6]\n' +
          '* Bad, because fewer developers list FastAPI on their CV than Django [^c3]',
        '### Express\n\n* Neutral, because no claims about it were recorded.',
      ].join('\n\n'),
    )
  })

  it('lists cited claims in order of first footnote, matching the text exactly', () => {
    const draft = draftDecision(base(), TODAY)
    expect(draft.citedClaimIds).toEqual([4, 2, 7, 1, 3, 5, 6])
    expect(footnotes(draft.sections)).toEqual(draft.citedClaimIds)
  })

  it('spells out the confirmation: nearest flip, ranges of the heaviest criteria, source influence', () => {
    // Throughput share p, others Cost : Hiring = 3 : 2. B_F = (3·0.7 + 2·0.5)/5 = 0.62, B_D = (3·0.8 + 2·0.9)/5 = 0.84,
    // B_E = (3·0.5 + 2·0.8)/5 = 0.62. F − D = (0.8 − 0.4)p + (1 − p)(0.62 − 0.84) = 0.62p − 0.22 = 0 at p = 11/31 ≈ 35%.
    // F − E = 0.2p > 0 for p > 0. So Throughput can fall to 35% and rise to 100%.
    const draft = draftDecision(base(), TODAY)
    const lines = draft.sections.confirmation.split('\n\n')
    expect(lines).toHaveLength(3)
    expect(lines[1].split('\n')[0]).toBe('* Throughput can move between 35% and 100% of the weight without changing the choice.')
    expect(lines[1].split('\n')).toHaveLength(3)
    expect(lines[2]).toBe('No single source decides the outcome.')
  })

  it('keeps names and acronyms at the start of the project name', () => {
    const named = { ...base(), projectName: 'API gateway for partners' }
    expect(draftDecision(named, TODAY).title).toBe('Use FastAPI for API gateway for partners')
    const titled = { ...base(), projectName: 'Payments Platform Rewrite' }
    expect(draftDecision(titled, TODAY).title).toBe('Use FastAPI for Payments Platform Rewrite')
    const product = { ...base(), projectName: 'Django upgrade path' }
    expect(draftDecision(product, TODAY).title).toBe('Use FastAPI for Django upgrade path')
  })

  it('chooses nothing on a tie, and says who ties', () => {
    const tie = state([django, fastapi], [throughput, hiring], [[6, 4], [4, 6]])
    // Shares 50/20 → 5/7 and 2/7: Django = (5·0.6 + 2·0.4)/7 = 3.8/7, FastAPI = (5·0.4 + 2·0.6)/7 = 3.2/7 — not a tie; use equal weights.
    tie.criteria = [criterion(10, 'Throughput', 50), criterion(12, 'Hiring / talent pool', 50)]
    // Django = 0.5·0.6 + 0.5·0.4 = 0.5 = FastAPI.
    const draft = draftDecision(tie, TODAY)
    expect(draft.chosenOptionId).toBeNull()
    expect(draft.title).toBe('Choose backend framework for a startup API')
    expect(draft.sections.outcome).toBe('No option is chosen yet: Django and FastAPI tie for first place with a weighted total of 50.0% each.')
    expect(draft.sections.outcome).not.toContain('Chosen option')
    expect(draft.sections.consequences).toBe('')
  })

  it('chooses nothing without weights or options', () => {
    const unweighted = state([django, fastapi], [docs], [[5], [6]])
    const draft = draftDecision(unweighted, TODAY)
    expect(draft.chosenOptionId).toBeNull()
    expect(draft.sections.outcome).toBe('No option is chosen yet: no criterion has any weight, so the options have no weighted totals to compare.')
    expect(draft.sections.drivers).toBe('')
    expect(draft.sections.context).toContain('We compared 2 options on no weighted criteria; no accepted claims back it yet.')

    const empty = state([], [throughput], [])
    const none = draftDecision(empty, TODAY)
    expect(none.chosenOptionId).toBeNull()
    expect(none.title).toBe('Choose backend framework for a startup API')
    expect(none.sections.outcome).toBe('No option is chosen yet: the comparison has no options.')
    expect(none.sections.consideredOptions).toBe('')
    expect(none.sections.prosAndCons).toBe('')
    expect(none.citedClaimIds).toEqual([])
  })

  it('shows more decimals when one would hide the lead', () => {
    // Equal weights: Django = 0.5·0.6 + 0.5·0.4008 = 0.5004, FastAPI = 0.5·0.4 + 0.5·0.6 = 0.5 → 50.0% each at one decimal.
    const close = state([django, fastapi], [criterion(10, 'Throughput', 50), criterion(12, 'Hiring / talent pool', 50)], [[6, 4.008], [4, 6]])
    expect(draftDecision(close, TODAY).sections.outcome).toMatch(
      /^Chosen option: "Django", because it has the highest weighted total \(50\.04%\), 0\.04 points ahead of FastAPI \(50\.00%\)\./,
    )
  })

  it('chooses the only option when there is one', () => {
    // Throughput 7 → 0.7·(50/70) = 0.5; Hiring 7 → 0.7·(20/70) = 0.2; total 0.7.
    const single = state([fastapi], [throughput, hiring], [[7, 7]])
    const draft = draftDecision(single, TODAY)
    expect(draft.chosenOptionId).toBe(2)
    expect(draft.sections.outcome).toBe('Chosen option: "FastAPI", because it is the only option compared (weighted total 70.0%).')
    expect(draft.sections.confirmation).toContain('No single weight change makes another option win')
  })

  it('is deterministic', () => {
    expect(draftDecision(base(), TODAY)).toEqual(draftDecision(base(), TODAY))
  })
})

describe('claim clauses', () => {
  const vocabulary = vocabularyOf(base())

  it('keeps one sentence, cuts long text at a word boundary and drops the closing period', () => {
    expect(firstSentence('Django ships an admin, e.g. for staff. It also has an ORM.')).toBe('Django ships an admin, e.g. for staff.')
    expect(firstSentence('Version 4.1 added async views. Later ones improved them.')).toBe('Version 4.1 added async views.')
    const long = `${'word '.repeat(40)}end.`
    const short = shorten(long)
    expect(short.length).toBeLessThanOrEqual(160)
    expect(short.endsWith('word…')).toBe(true)
    expect(claimClause('The docs are thorough.', vocabulary)).toBe('the docs are thorough')
  })

  it('lower-cases a sentence opener but never a name, an acronym or an option', () => {
    expect(claimClause('Express covers only routing.', vocabulary)).toBe('Express covers only routing')
    expect(claimClause('JSON parsing is fast.', vocabulary)).toBe('JSON parsing is fast')
    expect(claimClause('Node.js runs one thread.', vocabulary)).toBe('Node.js runs one thread')
    expect(claimClause('Because FastAPI is async, it scales.', vocabulary)).toBe('FastAPI is async, it scales')
    expect(claimClause('Running under gunicorn, Django is slow.', vocabulary)).toBe('running under gunicorn, Django is slow')
  })
})

/** Footnote references in all sections, in order of first appearance. */
function footnotes(sections: Record<string, unknown>): number[] {
  const order = ['context', 'drivers', 'consideredOptions', 'outcome', 'consequences', 'confirmation', 'prosAndCons', 'moreInformation']
  const text = order.map((key) => String(sections[key])).join('\n')
  return [...new Set([...text.matchAll(/\[\^c(\d+)\]/g)].map((m) => Number(m[1])))]
}

/** The sample project as the seeder stores it, with ids = array positions + 1. */
function sampleState(): ComparisonState {
  const weights = builtinPresets.find((p) => p.key === sampleScores.preset)!.weights
  const options = sampleProject.options.map((o, i) => ({ ...option(i + 1, o.name, o.aliases), description: o.description, position: i }))
  const criteria = starterCriteria.map((c, i) => ({ ...criterion(i + 1, c.name, weights[c.name] ?? 0, c.direction), unit: c.unit ?? null, position: i }))
  const optionId = (name: string) => options.find((o) => o.name === name)!.id
  const criterionId = (name: string) => criteria.find((c) => c.name === name)!.id
  const sourceId = (key: string) => sampleProject.sources.findIndex((s) => s.key === key) + 1
  return {
    projectName: sampleProject.name,
    projectDescription: sampleProject.description,
    scale: { min: 0, max: 10 },
    options,
    criteria,
    scores: sampleScores.scores.map((s) => ({
      optionId: optionId(s.option), criterionId: criterionId(s.criterion), value: s.value, rationale: s.rationale, origin: 'user' as const,
      claimIds: s.claims.map((index) => index + 1), updatedAt: '2026-01-01T00:00:00Z',
    })),
    claims: sampleProject.claims.map((c, i) => ({
      ...claim(i + 1, c.options.map(optionId), criterionId(c.criterion), c.polarity, c.paraphrase, sourceId(c.source)),
      valueMin: c.valueMin ?? c.valueMax ?? null, valueMax: c.valueMax ?? c.valueMin ?? null, unit: c.unit ?? null, metric: c.metric ?? null,
    })),
    sources: sampleProject.sources.map((s, i) => ({ id: i + 1, title: s.title, author: s.author, publisher: s.publisher, publishedDate: s.publishedDate, url: s.url })),
  }
}

describe('draftDecision on the sample project', () => {
  it('chooses an option and cites its claims with matching footnotes', () => {
    const draft = draftDecision(sampleState(), TODAY)
    expect(draft.chosenOptionId).not.toBeNull()
    expect(draft.citedClaimIds.length).toBeGreaterThanOrEqual(5)
    expect(footnotes(draft.sections)).toEqual(draft.citedClaimIds)
    const known = new Set(sampleState().claims.map((c) => c.id))
    expect(draft.citedClaimIds.every((id) => known.has(id))).toBe(true)
    expect(draft.sections.outcome).toMatch(/^Chosen option: "(Django|FastAPI|Express|Fastify)", because it has the highest weighted total \(\d+\.\d%\), \d+\.\d+ points ahead of \w+ \(\d+\.\d%\)\./)
    expect(draft.sections.context).toContain('We compared 4 options on 16 weighted criteria, backed by 135 claims from 4 sources.')
  })
})
