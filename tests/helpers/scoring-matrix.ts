/** A small hand-checkable comparison the scoring tests share: three options, three criteria. */
import { scoreKey, type MatrixCriterion, type MatrixInput } from '../../shared/scoring'

export const scale = { min: 0, max: 10 }
export const django = { id: 1, name: 'Django' }
export const express = { id: 2, name: 'Express' }
export const fastapi = { id: 3, name: 'FastAPI' }

/** `rows[i][j]` is option i's score on criterion j. */
export function matrix(options: MatrixInput['options'], criteria: MatrixCriterion[], rows: (number | null)[][]): MatrixInput {
  const scores = new Map<string, number | null>()
  options.forEach((o, i) => criteria.forEach((c, j) => scores.set(scoreKey(o.id, c.id), rows[i][j])))
  return { scale, options, criteria, scores }
}

export const throughput: MatrixCriterion = { id: 10, name: 'Throughput', direction: 'benefit', weight: 45 }
export const hiring: MatrixCriterion = { id: 11, name: 'Hiring / talent pool', direction: 'benefit', weight: 10 }
export const latency: MatrixCriterion = { id: 12, name: 'Latency', direction: 'cost', weight: 45 }
