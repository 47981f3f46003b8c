import { describe, expect, it } from 'vitest'
import { starterCriteria } from '../../shared/domain/starter-criteria'
import { bestCriterion, guessPolarity, mentionedOptions, suggestClaims, type SuggestOption } from '../../shared/extraction'

const criteria = starterCriteria.map((criterion, index) => ({ id: index + 1, name: criterion.name, keywords: criterion.keywords }))
const criterionId = (name: string) => criteria.find((criterion) => criterion.name === name)!.id

describe('mentionedOptions', () => {
  const express: SuggestOption = { id: 1, name: 'Express', aliases: [] }
  const node: SuggestOption = { id: 2, name: 'Node.js', aliases: ['Node'] }
  const django: SuggestOption = { id: 3, name: 'Django', aliases: [] }
  const go: SuggestOption = { id: 4, name: 'Go', aliases: ['Golang'] }
  const rabbit: SuggestOption = { id: 5, name: 'RabbitMQ', aliases: ['Rabbit'] }

  it('matches whole words only', () => {
    expect(mentionedOptions('Its API is expressive and terse.', [express])).toEqual([])
    expect(mentionedOptions('Express is minimal.', [express])).toEqual([1])
    expect(mentionedOptions('Unlike Express, Koa uses async middleware.', [express])).toEqual([1])
  })

  it('ignores a lower-case English word that shares a capitalised name', () => {
    expect(mentionedOptions('Types express intent clearly.', [express])).toEqual([])
    expect(mentionedOptions('Let us go through the setup.', [go])).toEqual([])
    expect(mentionedOptions('Each node in the cluster votes.', [node])).toEqual([])
  })

  it('matches distinctive names in any case', () => {
    expect(mentionedOptions('We pinned node.js to the LTS line.', [node])).toEqual([2])
    expect(mentionedOptions('Our rabbitmq cluster has three members.', [rabbit])).toEqual([5])
    expect(mentionedOptions('EXPRESS is minimal.', [express])).toEqual([1])
  })

  it('finds an option through an alias, a longer name or a possessive', () => {
    expect(mentionedOptions('Node handles I/O on one thread.', [node])).toEqual([2])
    expect(mentionedOptions('Node.js 22 ships a test runner.', [node, express])).toEqual([2])
    expect(mentionedOptions('Django REST Framework adds serializers.', [django])).toEqual([3])
    expect(mentionedOptions("Rabbit's routing is flexible.", [rabbit])).toEqual([5])
    expect(mentionedOptions('Go compiles to a single binary.', [go])).toEqual([4])
  })

  it('lets the longest overlapping name win and lists options in reading order', () => {
    const drf: SuggestOption = { id: 6, name: 'Django REST Framework', aliases: ['DRF'] }
    expect(mentionedOptions('Django REST Framework adds serializers.', [django, drf])).toEqual([6])
    expect(mentionedOptions('Express feels lighter than Django.', [django, express])).toEqual([1, 3])
  })
})

describe('bestCriterion', () => {
  it('picks the criterion with the most keyword hits', () => {
    expect(bestCriterion('Its learning curve is steep for beginners.', criteria, null)).toBe(criterionId('Learning curve'))
  })

  it('lets a figure unit choose a criterion the words do not name', () => {
    expect(bestCriterion('It served 3,800 of them on one VM.', criteria, 'req/s')).toBe(criterionId('Throughput'))
    expect(bestCriterion('It stayed below 180 of them.', criteria, 'MB')).toBe(criterionId('Memory footprint'))
    expect(bestCriterion('That was our bill.', criteria, 'USD')).toBe(criterionId('Cost'))
  })

  it('prefers hiring over cost when a salary comes with a dollar figure', () => {
    expect(bestCriterion('They command salaries of $150K.', criteria, 'USD')).toBe(criterionId('Hiring / talent pool'))
  })

  it('returns null when nothing matches', () => {
    expect(bestCriterion('It was first released a while ago.', criteria, null)).toBeNull()
  })
})

describe('guessPolarity', () => {
  it('reads praise, criticism, negation and silence', () => {
    expect(guessPolarity('Kafka is faster and more robust.')).toBe('supports')
    expect(guessPolarity('TypeORM has a steep learning curve.')).toBe('against')
    expect(guessPolarity('Managed Kafka is not cheap and setup is not easy.')).toBe('against')
    expect(guessPolarity('The binary has no overhead.')).toBe('supports')
    expect(guessPolarity('NATS began inside Cloud Foundry.')).toBe('neutral')
  })
})

describe('suggestClaims', () => {
  const options: SuggestOption[] = [
    { id: 10, name: 'Kafka', aliases: ['Apache Kafka'] },
    { id: 11, name: 'NATS', aliases: [] },
  ]
  const text = [
    '# Kafka vs NATS',
    '',
    'Kafka was open-sourced in 2011.',
    'In our benchmark, Kafka sustained 15,000 to 20,000 requests per second. NATS idles at about 15 MB of memory.',
    'Throughput numbers like 2.5k rps mean little on their own.',
    'Is NATS right for you?',
    '- NATS: steep learning curve for JetStream',
  ].join('\n')

  it('suggests option sentences with a criterion or a figure, with exact quotes and values', () => {
    const suggestions = suggestClaims(text, options, criteria)
    expect(suggestions.map((s) => s.quote)).toEqual([
      'In our benchmark, Kafka sustained 15,000 to 20,000 requests per second.',
      'NATS idles at about 15 MB of memory.',
      'NATS: steep learning curve for JetStream',
    ])
    for (const suggestion of suggestions) expect(text.slice(suggestion.start, suggestion.end)).toBe(suggestion.quote)
    expect(suggestions[0]).toMatchObject({ optionIds: [10], criterionId: criterionId('Throughput'), valueMin: 15000, valueMax: 20000, unit: 'req/s' })
    expect(suggestions[1]).toMatchObject({ optionIds: [11], criterionId: criterionId('Memory footprint'), valueMin: 15, valueMax: 15, unit: 'MB' })
    expect(suggestions[2]).toMatchObject({ optionIds: [11], criterionId: criterionId('Learning curve'), polarity: 'against', valueMin: null, unit: null })
  })

  it('prefers the first figure with a unit over a bare count', () => {
    const [suggestion] = suggestClaims('On 3 brokers Kafka reached 1.2 million msg/s.', options, criteria)
    expect(suggestion).toMatchObject({ valueMin: 1200000, valueMax: 1200000, unit: 'msg/s' })
  })

  it('returns nothing when no option is mentioned', () => {
    expect(suggestClaims('Pulsar reaches 2 million messages per second.', options, criteria)).toEqual([])
  })
})
