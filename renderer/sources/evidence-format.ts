/** How evidence reads on screen: dates, ages, figures and polarity labels. */
import type { Claim, Polarity } from '../../shared/domain/evidence'
import { formatFigure } from '../../shared/extraction'
import { plural } from '../ui/format'

// Calendar dates carry no time zone; formatting them in UTC keeps "2022-11-14" on the 14th everywhere.
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

export const formatDate = (iso: string | null): string => (iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : 'undated')

/** How old a source's statement is, because a 2019 benchmark says little about a 2026 release. */
export function ageOf(publishedDate: string | null, now = new Date()): string {
  if (!publishedDate) return 'undated source'
  const published = new Date(`${publishedDate}T00:00:00Z`)
  const months =
    (now.getUTCFullYear() - published.getUTCFullYear()) * 12 + (now.getUTCMonth() - published.getUTCMonth()) -
    (now.getUTCDate() < published.getUTCDate() ? 1 : 0)
  if (months < 0) return 'dated in the future'
  if (months < 1) return 'less than a month old'
  if (months < 12) return `${plural(months, 'month')} old`
  return `${plural(Math.floor(months / 12), 'year')} old`
}

export const claimFigure = (claim: Pick<Claim, 'valueMin' | 'valueMax' | 'unit'>): string | null =>
  claim.valueMin === null || claim.valueMax === null
    ? null
    : formatFigure({ min: claim.valueMin, max: claim.valueMax, unit: claim.unit })

export const polarityLabels: Record<Polarity, string> = { supports: 'Supports', against: 'Against', neutral: 'Neutral' }

/** Splits "a, b ,c" into clean items; the services tidy further. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
