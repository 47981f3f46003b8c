/**
 * Finds the quantities an article states ("15,000–20,000 req/s", "~15MB", "$100K to $180K") so a
 * suggested claim can carry a value. Years, dates, version numbers and list numbering are skipped
 * because they look like numbers but never measure an option.
 */

export type Figure = { min: number; max: number; unit: string | null; raw: string; start: number; end: number }

// Canonical unit for each spelling articles use; lookups are lower-case.
const unitAliases: Record<string, string> = {
  'req/s': 'req/s', 'requests per second': 'req/s', 'requests/sec': 'req/s', 'requests/s': 'req/s',
  'requests a second': 'req/s', rps: 'req/s', 'req/sec': 'req/s', 'reqs/s': 'req/s', 'reqs/sec': 'req/s',
  'msg/s': 'msg/s', 'messages per second': 'msg/s', 'messages/sec': 'msg/s', 'messages/s': 'msg/s',
  'msgs/s': 'msg/s', 'msgs/sec': 'msg/s', 'msg/sec': 'msg/s', 'messages a second': 'msg/s', 'events per second': 'msg/s',
  'queries/s': 'queries/s', 'queries per second': 'queries/s', qps: 'queries/s',
  ms: 'ms', milliseconds: 'ms', millisecond: 'ms', msec: 'ms', msecs: 'ms',
  'µs': 'µs', microseconds: 'µs',
  s: 's', sec: 's', secs: 's', seconds: 's', second: 's',
  kb: 'KB', kilobytes: 'KB', mb: 'MB', megabytes: 'MB', mib: 'MB', gb: 'GB', gigabytes: 'GB', gib: 'GB', tb: 'TB', terabytes: 'TB',
  $: 'USD', usd: 'USD', dollars: 'USD', 'us$': 'USD', '€': 'EUR', eur: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP',
  x: 'x', '×': 'x', times: 'x',
  '%': '%', percent: '%', 'per cent': '%',
  stars: 'stars', 'github stars': 'stars',
}

/** Maps any spelling of a unit to its canonical form, or null when the unit is not one we compare. */
export function normaliseUnit(unit: string): string | null {
  return unitAliases[unit.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null
}

/** Two figures can be set side by side only when they measure the same thing. */
export function figuresComparable(a: { unit: string | null }, b: { unit: string | null }): boolean {
  const unitA = a.unit === null ? null : normaliseUnit(a.unit)
  const unitB = b.unit === null ? null : normaliseUnit(b.unit)
  return unitA === unitB
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const currencySymbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' }

export function formatFigure(figure: { min: number; max: number; unit: string | null }): string {
  const symbol = figure.unit ? currencySymbols[figure.unit] : undefined
  const one = (value: number) => (symbol ?? '') + numberFormat.format(value)
  const span = figure.min === figure.max ? one(figure.min) : `${one(figure.min)}–${one(figure.max)}`
  if (symbol || figure.unit === null) return span
  return figure.unit === '%' || figure.unit === 'x' ? span + figure.unit : `${span} ${figure.unit}`
}

// Longest spellings first so "ms" does not stop "msg/s" and "s" does not stop "stars".
const unitPattern = Object.keys(unitAliases)
  .filter((unit) => !['$', 'us$', '€', '£'].includes(unit))
  .sort((a, b) => b.length - a.length)
  .map((unit) => unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|')

const numberPart = new RegExp(
  String.raw`(?<currency>US\$|\$|€|£)?\s?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:(?<suffix>k|K|M|B|bn)(?![\p{L}\d])|\s(?<word>thousand|million|billion)\b)?` +
    String.raw`(?:\s?(?<unit>${unitPattern})(?![\p{L}\d]))?`,
  'iuy',
)
const rangeJoin = /\s*(?:–|—|-|to|and)\s*/y
const magnitudes: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 }
const months = 'Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December'
const afterMonth = new RegExp(String.raw`\b(?:${months})\.?\s$`)
const beforeMonth = new RegExp(String.raw`^(?:st|nd|rd|th)?\s(?:${months})\b`)
// A product name, "v" or "version" right before a bare number marks a release, not a measurement.
const beforeVersion = /(?:\b(?:v|version|release|release\s+candidate)|\b\p{Lu}[\p{L}\d.+#-]*|\.js|\.NET)\s$/u
// Capitalised only because they open a sentence, so the number after them is not a release.
const sentenceOpener = /\b(?:A|About|After|Almost|Around|At|Before|By|Each|Expect|For|From|In|It|Just|Nearly|Of|On|Only|Our|Over|Roughly|Run|Some|The|Those|Under|Up|Use|We|With)\s$/
// "added in 3.9" or "since 4.2": a bare decimal after these words names a release.
const beforeRelease = /\b(?:in|since|as of|before|after|until|from|to|than)\s$/i
const isoDate = /\b\d{4}-\d{1,2}-\d{1,2}\b/g

type Part = { start: number; end: number; value: number; scale: number; unit: string | null }
type Span = { min: number; max: number; unit: string | null; end: number }

function readPart(sentence: string, at: number): Part | null {
  numberPart.lastIndex = at
  const match = numberPart.exec(sentence)
  if (!match?.groups) return null
  const { currency, digits, suffix, word, unit } = match.groups
  // Lower-case "m" after a bare number is metres or minutes; after a currency it means millions.
  if ((suffix === 'm' && !currency) || suffix === 'b') return null
  const scale = magnitudes[(suffix ?? word ?? '').toLowerCase()] ?? 1
  return {
    start: at,
    end: at + match[0].length,
    value: Number(digits.replace(/,/g, '')) * scale,
    scale,
    unit: currency ? normaliseUnit(currency) : unit ? normaliseUnit(unit) : null,
  }
}

/** Rejects digits that belong to a word or code: "p99", "99th", "HTTP/2", "UTF-8", "3.12.1", "24/7". */
function standsAlone(sentence: string, part: Part): boolean {
  const before = sentence.slice(0, part.start)
  const after = sentence.slice(part.end)
  if (/[\p{L}\d_.\/]$|\p{L}-$|\d[:,]$/u.test(before)) return false
  return !/^(?:[\p{L}\d]|\.[\p{L}\d]|-\p{L}|\/\d|:\d|-\d+-\d)/u.test(after)
}

function isMeasurement(sentence: string, part: Part, unit: string | null): boolean {
  const raw = sentence.slice(part.start, part.end)
  if (/^(?:19|20)\d\ds$/.test(raw)) return false
  if (unit || part.scale !== 1) return true
  const before = sentence.slice(0, part.start)
  const after = sentence.slice(part.end)
  if (/^\s*$/.test(before) && /^[.)]\s/.test(after)) return false
  if (/^(?:19|20)\d\d$/.test(raw)) return false
  if (/^\d+\.\d+$/.test(raw) && beforeRelease.test(before)) return false
  return !afterMonth.test(before) && !beforeMonth.test(after) && (!beforeVersion.test(before) || sentenceOpener.test(before))
}

/** Joins "15,000 to 20,000 req/s", "3x–10x" and "between 50 and 80 ms" into one span. */
function readRange(sentence: string, first: Part): Span | null {
  rangeJoin.lastIndex = first.end
  const join = rangeJoin.exec(sentence)
  if (!join) return null
  if (join[0].trim() === 'and' && !/\bbetween\s+\S*$/i.test(sentence.slice(0, first.start))) return null
  const second = readPart(sentence, rangeJoin.lastIndex)
  if (!second || !standsAlone(sentence, second)) return null
  if (first.unit && second.unit && first.unit !== second.unit) return null
  // "15–20k" and "between 2 and 5 million" share the second number's magnitude.
  const shared = first.scale === 1 && first.value * second.scale <= second.value ? second.scale : 1
  const low = first.value * shared
  return { min: Math.min(low, second.value), max: Math.max(low, second.value), unit: second.unit ?? first.unit, end: second.end }
}

/** Every measurement in a sentence, in reading order, with offsets into that sentence. */
export function parseFigures(sentence: string): Figure[] {
  const figures: Figure[] = []
  const dates = [...sentence.matchAll(isoDate)].map((date) => ({ start: date.index, end: date.index + date[0].length }))
  let from = 0
  for (const found of sentence.matchAll(/(?:US\$|\$|€|£)?\d/g)) {
    if (found.index < from || dates.some((date) => found.index >= date.start && found.index < date.end)) continue
    // A number after "digit-" that no range claimed is part of an identifier such as "AMQP 0-9-1".
    if (/\d[-–]$/.test(sentence.slice(0, found.index))) continue
    const part = readPart(sentence, found.index)
    if (!part || !standsAlone(sentence, part)) continue
    const range = readRange(sentence, part)
    const span: Span = range ?? { min: part.value, max: part.value, unit: part.unit, end: part.end }
    from = span.end
    if (!isMeasurement(sentence, part, span.unit)) continue
    const raw = sentence.slice(part.start, span.end).trimEnd()
    figures.push({ min: span.min, max: span.max, unit: span.unit, raw, start: part.start, end: part.start + raw.length })
  }
  return figures
}
