import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../shared/extraction'

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text)

describe('splitSentences', () => {
  it('returns trimmed sentences whose offsets slice the original text exactly', () => {
    const text = '  Café owners love Kafka. 🚀 It is fast!\n\nRabbitMQ is older.  '
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['Café owners love Kafka.', '🚀 It is fast!', 'RabbitMQ is older.'])
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(sentences[1].start).toBe(text.indexOf('🚀'))
  })

  it('skips empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences(' \n\n\t \n')).toEqual([])
  })

  it('keeps a markdown heading apart from the paragraph below it and drops the hashes', () => {
    const text = '## Throughput\nKafka handles 1M msg/s. NATS is faster.'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['Throughput', 'Kafka handles 1M msg/s.', 'NATS is faster.'])
    expect(sentences[0].start).toBe(3)
  })

  it('treats a short unpunctuated line in plain text as a heading', () => {
    expect(texts('Learning curve\nDrizzle is easy to pick up.')).toEqual(['Learning curve', 'Drizzle is easy to pick up.'])
  })

  it('joins hard-wrapped paragraph lines into one sentence', () => {
    const text = 'Prisma gives you end-to-end type safety and excellent\nautocomplete for every query. It is popular.'
    const sentences = splitSentences(text)
    expect(sentences).toHaveLength(2)
    expect(sentences[0].text).toBe('Prisma gives you end-to-end type safety and excellent\nautocomplete for every query.')
  })

  it('ends each bullet item at its line break, without the bullet marker', () => {
    const text = '- NATS: p99 under 2 ms\n- Kafka: p99 around 20 ms\n  with default batching\n1. First step\nAfter the list.'
    expect(texts(text)).toEqual([
      'NATS: p99 under 2 ms',
      'Kafka: p99 around 20 ms\n  with default batching',
      'First step',
      'After the list.',
    ])
  })

  it('does not break after common abbreviations', () => {
    expect(texts('Kafka vs. RabbitMQ is a common question, e.g. for queues. Mr. Smith agrees.')).toEqual([
      'Kafka vs. RabbitMQ is a common question, e.g. for queues.',
      'Mr. Smith agrees.',
    ])
  })

  it('ignores fenced code blocks and horizontal rules', () => {
    expect(texts('Before.\n```\nconst a = 1. b = 2.\n```\n---\nAfter.')).toEqual(['Before.', 'After.'])
  })

  it('keeps table rows as separate sentences', () => {
    expect(texts('| Laravel | PHP |\n| Phoenix | Elixir |')).toEqual(['| Laravel | PHP |', '| Phoenix | Elixir |'])
  })

  it('handles Windows line endings', () => {
    const text = '# Title\r\nFirst sentence here.\r\n\r\nSecond one.'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['Title', 'First sentence here.', 'Second one.'])
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})
