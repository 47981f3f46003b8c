/**
 * Scores and weights as the Compare view stores them, and the weight presets Arbiter ships.
 * Preset weights name starter criteria; criteria a project lacks are ignored when applying.
 */
export type ScoreOrigin = 'user' | 'proposed'

export type Score = {
  optionId: number
  criterionId: number
  value: number | null
  rationale: string
  origin: ScoreOrigin
  claimIds: number[]
  updatedAt: string
}

export type CompareSnapshot = {
  projectId: number
  scale: { min: number; max: number }
  scores: Score[]
}

export type WeightPreset = {
  id: number | null // null for presets that ship with Arbiter
  key: string
  name: string
  description: string
  weights: Record<string, number> // criterion name → raw weight 0–100
  builtin: boolean
}

const preset = (key: string, name: string, description: string, weights: Record<string, number>): WeightPreset => ({
  id: null, key: `builtin:${key}`, name, description, weights, builtin: true,
})

/** Drawn from the advice in the comparison articles of the sample project. */
export const builtinPresets: readonly WeightPreset[] = [
  preset('api-first', 'API-first product', 'A lean JSON API: raw speed, async I/O and quick delivery matter most; an admin back office does not.', {
    Throughput: 80, Latency: 70, 'Memory footprint': 40, 'Learning curve': 40, 'Built-in features': 20, 'Developer productivity': 70,
    Ecosystem: 50, 'Hiring / talent pool': 50, Scalability: 70, Security: 60, 'Async / real-time': 70, 'AI/ML fit': 20,
    Testing: 50, 'Database support': 40, Community: 40, Cost: 50,
  }),
  preset('full-web-app', 'Full web app with admin', 'Server-rendered pages, an admin back office, authentication and an ORM out of the box.', {
    Throughput: 30, Latency: 30, 'Memory footprint': 20, 'Learning curve': 40, 'Built-in features': 90, 'Developer productivity': 80,
    Ecosystem: 60, 'Hiring / talent pool': 50, Scalability: 50, Security: 80, 'Async / real-time': 20, 'AI/ML fit': 20,
    Testing: 60, 'Database support': 80, Community: 60, Cost: 40,
  }),
  preset('ai-ml', 'AI/ML product', 'Serving models and data pipelines: Python libraries, async model calls and typed request validation.', {
    Throughput: 50, Latency: 60, 'Memory footprint': 30, 'Learning curve': 30, 'Built-in features': 30, 'Developer productivity': 60,
    Ecosystem: 70, 'Hiring / talent pool': 50, Scalability: 60, Security: 50, 'Async / real-time': 60, 'AI/ML fit': 100,
    Testing: 40, 'Database support': 40, Community: 50, Cost: 40,
  }),
  preset('javascript-team', 'JavaScript team', 'A team fluent in JavaScript/TypeScript sharing code and people between front end and back end.', {
    Throughput: 50, Latency: 50, 'Memory footprint': 30, 'Learning curve': 80, 'Built-in features': 30, 'Developer productivity': 70,
    Ecosystem: 70, 'Hiring / talent pool': 90, Scalability: 50, Security: 50, 'Async / real-time': 60, 'AI/ML fit': 10,
    Testing: 50, 'Database support': 40, Community: 60, Cost: 60,
  }),
  preset('real-time', 'Real-time features', 'Chat, live dashboards and notifications: many concurrent connections and WebSockets.', {
    Throughput: 70, Latency: 90, 'Memory footprint': 50, 'Learning curve': 30, 'Built-in features': 20, 'Developer productivity': 50,
    Ecosystem: 50, 'Hiring / talent pool': 40, Scalability: 80, Security: 50, 'Async / real-time': 100, 'AI/ML fit': 10,
    Testing: 40, 'Database support': 30, Community: 40, Cost: 40,
  }),
]
