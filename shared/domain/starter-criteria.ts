/**
 * Criteria offered to a new comparison before the user writes their own. The keywords feed the
 * suggested-claims engine, so they lean towards the vocabulary of technology comparison articles.
 * Amounts of money need no "$" keyword: the engine already reads a currency figure as a cost hint,
 * and a second hit for the symbol would outvote "salary" when the amount is pay.
 */

/** Whether a higher value is better ('benefit') or worse ('cost') when scoring an option. */
export type CriterionDirection = 'benefit' | 'cost'

export type StarterCriterion = {
  name: string
  description: string
  direction: CriterionDirection
  keywords: readonly string[]
  unit?: string
}

export const starterCriteria: readonly StarterCriterion[] = [
  {
    name: 'Throughput',
    description: 'How much work the option completes per unit of time under load.',
    direction: 'benefit',
    unit: 'req/s',
    keywords: [
      'throughput', 'requests per second', 'req/s', 'rps', 'messages per second', 'msg/s',
      'queries per second', 'benchmark', 'benchmarks', 'performance', 'performant', 'raw speed',
      'concurrent requests', 'under load', 'per second',
    ],
  },
  {
    name: 'Latency',
    description: 'How long a single request or message takes, especially at the tail.',
    direction: 'cost',
    unit: 'ms',
    keywords: [
      'latency', 'latencies', 'response time', 'response times', 'p99', 'p95', 'p50',
      'tail latency', 'round trip', 'millisecond', 'milliseconds', 'sub-millisecond', 'ms', 'delay', 'real-time latency',
    ],
  },
  {
    name: 'Memory footprint',
    description: 'How much memory the option needs at idle and under load.',
    direction: 'cost',
    unit: 'MB',
    keywords: ['memory', 'ram', 'footprint', 'heap', 'mb', 'gb', 'resident', 'garbage collection', 'lightweight'],
  },
  {
    name: 'Learning curve',
    description: 'How long a competent developer needs before being productive; steeper is worse.',
    direction: 'cost',
    keywords: [
      'learning curve', 'learn', 'learning', 'beginner', 'beginners', 'newcomers', 'onboarding',
      'steep', 'approachable', 'familiar', 'pick up', 'intuitive', 'documentation', 'docs', 'tutorials', 'concepts', 'mental model',
    ],
  },
  {
    name: 'Built-in features',
    description: 'How much the option provides out of the box without extra libraries.',
    direction: 'benefit',
    keywords: [
      'built-in', 'built in', 'out of the box', 'batteries included', 'batteries-included', 'ships with',
      'admin', 'dashboard', 'management ui', 'scaffolding', 'authentication', 'migrations', 'first-party', 'bundled',
    ],
  },
  {
    name: 'Developer productivity',
    description: 'How quickly a team can build and change features with the option.',
    direction: 'benefit',
    keywords: [
      'productivity', 'productive', 'boilerplate', 'developer experience', 'dx', 'convention',
      'conventions', 'rapid', 'prototype', 'prototyping', 'ship faster', 'type safety', 'type-safe',
      'autocomplete', 'ergonomic', 'ergonomics', 'generators',
    ],
  },
  {
    name: 'Ecosystem',
    description: 'How many libraries, integrations and tools exist around the option.',
    direction: 'benefit',
    keywords: [
      'ecosystem', 'libraries', 'library', 'packages', 'plugins', 'integrations', 'connectors',
      'extensions', 'gems', 'third-party', 'tooling', 'clients', 'client libraries',
    ],
  },
  {
    name: 'Hiring / talent pool',
    description: 'How easy it is to find and afford developers who know the option.',
    direction: 'benefit',
    keywords: [
      'hire', 'hiring', 'developers', 'talent', 'talent pool', 'salary', 'salaries', 'recruit',
      'recruiting', 'skills', 'jobs', 'job postings', 'engineers', 'candidates', 'labour market', 'labor market',
    ],
  },
  {
    name: 'Scalability',
    description: 'How well the option grows with more users, data or machines.',
    direction: 'benefit',
    keywords: [
      'scalability', 'scale', 'scales', 'scaling', 'horizontal', 'horizontally', 'cluster', 'clustering',
      'partitions', 'partitioning', 'sharding', 'nodes', 'distributed', 'replication', 'replicas',
    ],
  },
  {
    name: 'Security',
    description: 'How well the option protects against common attacks and supports secure defaults.',
    direction: 'benefit',
    keywords: [
      'security', 'secure', 'vulnerability', 'vulnerabilities', 'cve', 'csrf', 'xss', 'sql injection',
      'injection', 'protection', 'tls', 'encryption', 'authorization', 'access control', 'sanitise', 'sanitize',
    ],
  },
  {
    name: 'Async / real-time',
    description: 'How well the option handles asynchronous work, streaming and live updates.',
    direction: 'benefit',
    keywords: [
      'async', 'asynchronous', 'real-time', 'realtime', 'websocket', 'websockets', 'streaming',
      'pub/sub', 'publish-subscribe', 'event-driven', 'live updates', 'channels', 'non-blocking',
      'concurrency', 'background jobs', 'queues',
    ],
  },
  {
    name: 'AI/ML fit',
    description: 'How well the option fits machine-learning and AI workloads and libraries.',
    direction: 'benefit',
    keywords: [
      'ai', 'machine learning', 'ml', 'llm', 'llms', 'model serving', 'inference', 'data science',
      'embeddings', 'vector', 'pytorch', 'tensorflow',
    ],
  },
  {
    name: 'Testing',
    description: 'How easy the option makes automated testing of the code built on it.',
    direction: 'benefit',
    keywords: ['testing', 'tests', 'test', 'testable', 'mocking', 'mocks', 'fixtures', 'test suite', 'unit tests', 'integration tests'],
  },
  {
    name: 'Database support',
    description: 'Which databases the option works with and how well.',
    direction: 'benefit',
    keywords: [
      'database', 'databases', 'postgresql', 'postgres', 'mysql', 'sqlite', 'mongodb', 'sql server',
      'orm', 'query builder', 'raw sql', 'schema', 'dialects', 'drivers',
    ],
  },
  {
    name: 'Community',
    description: 'How large and active the community around the option is.',
    direction: 'benefit',
    keywords: [
      'community', 'contributors', 'stars', 'github stars', 'forum', 'stack overflow', 'conferences',
      'meetups', 'maintainers', 'maintained', 'releases', 'adoption', 'popular', 'popularity', 'downloads',
    ],
  },
  {
    name: 'Cost',
    description: 'What the option costs to license, host and operate.',
    direction: 'cost',
    unit: 'USD',
    keywords: [
      'cost', 'costs', 'price', 'pricing', 'budget', 'license', 'licence', 'licensing', 'free tier', 'paid',
      'open source', 'hosting', 'managed service', 'bill', 'invoice', 'per month', 'expensive', 'cheap',
    ],
  },
]
