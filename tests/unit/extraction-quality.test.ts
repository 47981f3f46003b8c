/** Quality floors for suggested claims, measured on the hand-labelled articles in tests/fixtures/extraction. */
import { describe, expect, it } from 'vitest'
import { evaluateExtraction } from '../helpers/extraction-eval'

describe('suggested claims on labelled articles', () => {
  const report = evaluateExtraction()

  it('covers a meaningful labelled set', () => {
    expect(report.labelled).toBeGreaterThanOrEqual(60)
    expect(report.truePositives + report.falseNegatives).toBe(report.claims)
  })

  it('keeps precision at or above 0.8', () => {
    expect(report.precision).toBeGreaterThanOrEqual(0.8)
  })

  it('keeps recall at or above 0.7', () => {
    expect(report.recall).toBeGreaterThanOrEqual(0.7)
  })
})
