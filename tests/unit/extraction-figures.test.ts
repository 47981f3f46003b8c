import { describe, expect, it } from 'vitest'
import { figuresComparable, formatFigure, normaliseUnit, parseFigures } from '../../shared/extraction'

const values = (sentence: string) => parseFigures(sentence).map(({ min, max, unit }) => ({ min, max, unit }))
const only = (sentence: string) => {
  const figures = values(sentence)
  expect(figures).toHaveLength(1)
  return figures[0]
}

describe('parseFigures', () => {
  it.each([
    ['It serves 15,000 to 20,000 req/s.', 15000, 20000, 'req/s'],
    ['It serves 15,000–20,000 requests per second.', 15000, 20000, 'req/s'],
    ['It serves 15,000-20,000 requests/sec.', 15000, 20000, 'req/s'],
    ['Latency sits between 50 and 80 ms.', 50, 80, 'ms'],
    ['It idles at ~15MB.', 15, 15, 'MB'],
    ['Salaries run $100K to $180K.', 100000, 180000, 'USD'],
    ['It is 3x to 10x faster.', 3, 10, 'x'],
    ['It is 3 times faster.', 3, 3, 'x'],
    ['We saw 11,202 requests per second.', 11202, 11202, 'req/s'],
    ['We saw 2.5k rps.', 2500, 2500, 'req/s'],
    ['Builds got 40% shorter.', 40, 40, '%'],
    ['Builds got 40 percent shorter.', 40, 40, '%'],
    ['p99 is 50 ms.', 50, 50, 'ms'],
    ['p99 is 50ms.', 50, 50, 'ms'],
    ['p99 is 50 milliseconds.', 50, 50, 'ms'],
    ['The heap needs 1.2 GB.', 1.2, 1.2, 'GB'],
    ['We ran 15k jobs.', 15000, 15000, null],
    ['The round raised $1.5M.', 1500000, 1500000, 'USD'],
    ['It has 80,000 stars.', 80000, 80000, 'stars'],
    ['It pushed roughly 1 million messages per second.', 1000000, 1000000, 'msg/s'],
    ['It pushed 15–20k req/s.', 15000, 20000, 'req/s'],
    ['Seniors ask for €75K to €95K.', 75000, 95000, 'EUR'],
    ['The bill is 100K–180K USD.', 100000, 180000, 'USD'],
  ])('reads %s', (sentence, min, max, unit) => {
    expect(only(sentence)).toEqual({ min, max, unit })
  })

  it('reports offsets and the raw text inside the sentence', () => {
    const sentence = 'Kafka sustained 15,000 to 20,000 req/s on three nodes.'
    const [figure] = parseFigures(sentence)
    expect(figure.raw).toBe('15,000 to 20,000 req/s')
    expect(sentence.slice(figure.start, figure.end)).toBe(figure.raw)
  })

  it('finds several figures in reading order', () => {
    expect(values('Median latency: 4 ms for Phoenix, 11 ms for Laravel.')).toEqual([
      { min: 4, max: 4, unit: 'ms' },
      { min: 11, max: 11, unit: 'ms' },
    ])
  })

  it.each([
    'Kafka was open-sourced in 2011.',
    'In 2025 the picture changed.',
    'The release landed on May 11, 2021.',
    'Posted on 2 June 2025.',
    'Released 2021-05-11 after a long beta.',
    'Django 5.0 added field groups.',
    'Node.js 20 is the current LTS.',
    'Python 3.12 is faster than 3.11.',
    'Streams were added in 3.9 of the broker.',
    'It implements AMQP 0-9-1.',
    'Use v5 or version 4 of the client.',
    'Upgrade to 3.12.1 first.',
    'p99 matters, the 99th percentile even more.',
    'It speaks HTTP/2, UTF-8 and runs 24/7 on x86.',
    'A 64-bit build on a 3-node cluster.',
    'The 1990s were different.',
    'Spring 2021–2023 was busy.',
  ])('ignores non-measurements in %s', (sentence) => {
    expect(values(sentence)).toEqual([])
  })

  it('skips list numbering at the start of a line but keeps plain counts', () => {
    expect(values('1. Kafka is fast')).toEqual([])
    expect(values('We track 10 indicators.')).toEqual([{ min: 10, max: 10, unit: null }])
  })

  it('does not join numbers with different units into a range', () => {
    expect(values('It takes 5 ms to 2 MB.')).toEqual([
      { min: 5, max: 5, unit: 'ms' },
      { min: 2, max: 2, unit: 'MB' },
    ])
  })
})

describe('normaliseUnit', () => {
  it.each([
    ['requests per second', 'req/s'],
    ['requests/sec', 'req/s'],
    ['RPS', 'req/s'],
    ['req/sec', 'req/s'],
    ['reqs/s', 'req/s'],
    ['req/s', 'req/s'],
    ['messages per second', 'msg/s'],
    ['milliseconds', 'ms'],
    ['msec', 'ms'],
    ['megabytes', 'MB'],
    ['mb', 'MB'],
    ['$', 'USD'],
    ['usd', 'USD'],
    ['dollars', 'USD'],
    ['times', 'x'],
    ['×', 'x'],
    ['percent', '%'],
  ])('maps %s to %s', (unit, canonical) => {
    expect(normaliseUnit(unit)).toBe(canonical)
  })

  it('returns null for units it does not know', () => {
    expect(normaliseUnit('bananas')).toBeNull()
  })
})

describe('figuresComparable', () => {
  it('compares by normalised unit', () => {
    expect(figuresComparable({ unit: 'rps' }, { unit: 'requests per second' })).toBe(true)
    expect(figuresComparable({ unit: 'ms' }, { unit: 'MB' })).toBe(false)
    expect(figuresComparable({ unit: null }, { unit: 'ms' })).toBe(false)
  })
})

describe('formatFigure', () => {
  it('formats ranges, single values and currencies', () => {
    expect(formatFigure({ min: 15000, max: 20000, unit: 'req/s' })).toBe('15,000–20,000 req/s')
    expect(formatFigure({ min: 15, max: 15, unit: 'MB' })).toBe('15 MB')
    expect(formatFigure({ min: 100000, max: 180000, unit: 'USD' })).toBe('$100,000–$180,000')
    expect(formatFigure({ min: 40, max: 40, unit: '%' })).toBe('40%')
    expect(formatFigure({ min: 3, max: 10, unit: 'x' })).toBe('3–10x')
    expect(formatFigure({ min: 9, max: 9, unit: null })).toBe('9')
  })
})
