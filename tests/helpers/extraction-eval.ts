/** Scores the suggested-claims engine against hand-labelled articles in tests/fixtures/extraction. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { starterCriteria } from '../../shared/domain/starter-criteria'
import { suggestClaims, type SuggestCriterion, type SuggestOption, type Suggestion } from '../../shared/extraction'

type LabelledFigure = { min: number; max: number; unit: string | null }
type LabelledSentence = { text: string; claim: boolean; options?: string[]; criterion?: string; figure?: LabelledFigure }
type LabelledArticle = { file: string; options: SuggestOption[]; sentences: LabelledSentence[] }
type Labels = { articles: LabelledArticle[] }

export type Mistake = { file: string; kind: 'false positive' | 'false negative' | 'criterion' | 'figure' | 'options'; text: string; detail: string }

export type ExtractionReport = {
  labelled: number
  claims: number
  truePositives: number
  falsePositives: number
  falseNegatives: number
  precision: number
  recall: number
  criterionAccuracy: number
  figureAccuracy: number
  optionAccuracy: number
  mistakes: Mistake[]
}

export const fixturesDir = join(import.meta.dirname, '../fixtures/extraction')

export const evalCriteria: SuggestCriterion[] = starterCriteria.map((criterion, index) => ({
  id: index + 1,
  name: criterion.name,
  keywords: criterion.keywords,
}))

/** Labels are written with single spaces; the article may wrap the same sentence across lines. */
function locate(text: string, sentence: string, file: string): { start: number; end: number } {
  const pattern = new RegExp(sentence.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g')
  const found = [...text.matchAll(pattern)]
  if (found.length !== 1) throw new Error(`${file}: label found ${found.length} times: ${sentence}`)
  return { start: found[0].index, end: found[0].index + found[0][0].length }
}

// Overlap relative to the longer span, so a heading glued to a sentence does not count as a match.
function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  return overlap <= 0 ? 0 : overlap / Math.max(a.end - a.start, b.end - b.start)
}

const sameFigure = (label: LabelledFigure | undefined, suggestion: Suggestion) =>
  label
    ? suggestion.valueMin === label.min && suggestion.valueMax === label.max && suggestion.unit === label.unit
    : suggestion.valueMin === null && suggestion.valueMax === null

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

export function evaluateExtraction(dir = fixturesDir): ExtractionReport {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels
  const mistakes: Mistake[] = []
  let labelled = 0
  let claims = 0
  let tp = 0
  let fp = 0
  let fn = 0
  let criterionChecked = 0
  let criterionRight = 0
  let figureRight = 0
  let optionsRight = 0

  for (const article of labels.articles) {
    const text = readFileSync(join(dir, article.file), 'utf8')
    const suggestions = suggestClaims(text, article.options, evalCriteria)
    const claimed = new Set<Suggestion>()
    const note = (kind: Mistake['kind'], sentence: string, detail = '') => mistakes.push({ file: article.file, kind, text: sentence, detail })
    const optionName = (id: number) => article.options.find((option) => option.id === id)?.name ?? `#${id}`

    for (const sentence of article.sentences) {
      labelled += 1
      const range = locate(text, sentence.text, article.file)
      const match = suggestions
        .filter((suggestion) => !claimed.has(suggestion) && overlapShare(range, suggestion) >= 0.5)
        .sort((a, b) => overlapShare(range, b) - overlapShare(range, a))[0]
      if (match) claimed.add(match)
      if (!sentence.claim) {
        if (match) {
          fp += 1
          note('false positive', sentence.text, 'labelled as not a claim')
        }
        continue
      }
      claims += 1
      if (!match) {
        fn += 1
        note('false negative', sentence.text)
        continue
      }
      tp += 1
      const predictedCriterion = evalCriteria.find((criterion) => criterion.id === match.criterionId)?.name ?? null
      if (sentence.criterion) {
        criterionChecked += 1
        if (predictedCriterion === sentence.criterion) criterionRight += 1
        else note('criterion', sentence.text, `expected ${sentence.criterion}, got ${predictedCriterion}`)
      }
      if (sameFigure(sentence.figure, match)) figureRight += 1
      else note('figure', sentence.text, `expected ${JSON.stringify(sentence.figure ?? null)}, got ${match.valueMin}–${match.valueMax} ${match.unit}`)
      const expected = [...(sentence.options ?? [])].sort().join(', ')
      const got = match.optionIds.map(optionName).sort().join(', ')
      if (expected === got) optionsRight += 1
      else note('options', sentence.text, `expected ${expected}, got ${got}`)
    }

    for (const suggestion of suggestions.filter((candidate) => !claimed.has(candidate))) {
      fp += 1
      note('false positive', suggestion.quote, 'not labelled')
    }
  }

  return {
    labelled,
    claims,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    criterionAccuracy: ratio(criterionRight, criterionChecked),
    figureAccuracy: ratio(figureRight, tp),
    optionAccuracy: ratio(optionsRight, tp),
    mistakes,
  }
}
