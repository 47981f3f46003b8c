/**
 * Cleans the loose metadata found in imported files (front matter, meta tags) into the shapes the
 * source form expects, so a prefilled value never fails the form's own validation.
 */
import { SHORT_TEXT_MAX } from '../../../shared/domain/evidence'

export type ExtractedMetadata = {
  title: string | null
  author: string | null
  publisher: string | null
  url: string | null
  /** yyyy-mm-dd */
  publishedDate: string | null
}

export const emptyMetadata = (): ExtractedMetadata => ({ title: null, author: null, publisher: null, url: null, publishedDate: null })

/** Trimmed, whitespace-collapsed and at most SHORT_TEXT_MAX characters; blank becomes null. */
export function cleanText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value)
  if (typeof value !== 'string') return null
  const tidy = value.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!tidy) return null
  if (tidy.length <= SHORT_TEXT_MAX) return tidy
  let cut = SHORT_TEXT_MAX - 1
  // Never split a surrogate pair: half an emoji would be an invalid string.
  if (/[\uD800-\uDBFF]/.test(tidy[cut - 1])) cut -= 1
  return `${tidy.slice(0, cut).trimEnd()}…`
}

/** First value that cleans to something. */
export function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    const text = cleanText(value)
    if (text) return text
  }
  return null
}

/** A name, or a list of names (strings or `{ name }` objects), joined with ", ". */
export function namesText(value: unknown): string | null {
  const nameOf = (item: unknown) => (typeof item === 'object' && item !== null && 'name' in item ? (item as { name: unknown }).name : item)
  if (Array.isArray(value)) return cleanText(value.map((item) => cleanText(nameOf(item))).filter(Boolean).join(', '))
  return cleanText(nameOf(value))
}

const looksLikeUrl = (text: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(text)

/** Author fields often hold a profile link instead of a name; a link is no author name. */
export function authorText(value: unknown): string | null {
  const text = namesText(value)
  return text && !looksLikeUrl(text) ? text : null
}

const URL_MAX = 2000

/** Only absolute http(s) addresses; a cut URL would point somewhere else, so long ones are dropped. */
export function webUrlText(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (!text || text.length > URL_MAX || /\s/.test(text)) return null
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null
  } catch {
    return null
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function realDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999) return null
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/**
 * Any parseable date as yyyy-mm-dd. An ISO date keeps the calendar day it was written with
 * (converting "2024-03-05T00:30+02:00" to UTC would move it to the day before).
 */
export function dateText(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : realDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  }
  if (typeof value !== 'string') return null
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text)
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  // A bare year or number is not a day; Date.parse would invent January 1st.
  if (!text || /^\d+$/.test(text)) return null
  const parsed = new Date(text)
  if (Number.isNaN(parsed.getTime())) return null
  // Non-ISO strings such as "March 5, 2024" are read as local time, so read them back the same way.
  return realDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate())
}

/** First value that is a date. */
export function firstDate(...values: unknown[]): string | null {
  for (const value of values) {
    const date = dateText(value)
    if (date) return date
  }
  return null
}

/** First value that is a web address. */
export function firstUrl(...values: unknown[]): string | null {
  for (const value of values) {
    const url = webUrlText(value)
    if (url) return url
  }
  return null
}
