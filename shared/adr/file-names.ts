/**
 * File and folder names for ADRs. Teams commit these files and check them out on Windows, macOS
 * and Linux, so every name must be valid on all three, stable for the same title, and free of
 * anything that could climb out of the decisions folder.
 */
import slugify from '@sindresorhus/slugify'
import type { AdrDialect, DecisionRecord } from '../domain/decision'

const SLUG_MAX = 60
const NAME_MAX = 100

/**
 * Lower-case ASCII words joined by '-', at most 60 characters cut between words. Titles with no
 * transliterable letters (emoji, punctuation, scripts the transliterator does not cover) become
 * 'untitled' so the file still gets a readable name.
 */
export function adrSlug(title: string): string {
  // No decamelising: adr-tools writes "FastAPI" as "fastapi", and so should we.
  const slug = slugify(title, { decamelize: false })
  if (!slug) return 'untitled'
  if (slug.length <= SLUG_MAX) return slug
  const cut = slug.slice(0, SLUG_MAX + 1)
  const boundary = cut.endsWith('-') ? SLUG_MAX : cut.lastIndexOf('-')
  // A single word longer than the limit has no boundary to cut at; cut it mid-word instead.
  const short = boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, SLUG_MAX)
  return short.replace(/^-+|-+$/g, '') || 'untitled'
}

/** The four-digit number ADR tools put in front of names; 10000 and up keep all their digits. */
export function adrNumberPrefix(number: number): string {
  if (!Number.isSafeInteger(number) || number < 0) throw new RangeError(`An ADR number must be a whole number ≥ 0, not ${number}.`)
  return String(number).padStart(4, '0')
}

/** yyyymmdd from a yyyy-mm-dd date, as log4brains names files; 'undated' when there is none. */
function datePrefix(date: string | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date?.trim() ?? '')
  return match ? `${match[1]}${match[2]}${match[3]}` : 'undated'
}

type NamedRecord = Pick<DecisionRecord, 'number' | 'title' | 'date'>

/** `NNNN-slug.md` for MADR and adr-tools; log4brains names need the record for its date. */
export function adrFileName(number: number, title: string, dialect: 'madr' | 'nygard'): string
export function adrFileName(record: NamedRecord, dialect: AdrDialect): string
export function adrFileName(first: number | NamedRecord, second: string, third?: AdrDialect): string {
  const record: NamedRecord = typeof first === 'number' ? { number: first, title: second, date: null } : first
  const dialect = (typeof first === 'number' ? third : second) as AdrDialect
  const prefix = dialect === 'log4brains' ? datePrefix(record.date) : adrNumberPrefix(record.number)
  const name = `${prefix}-${adrSlug(record.title)}.md`
  assertSafeFileName(name)
  return name
}

/** Where each tool looks for records by default, relative to the repository root. */
export function adrFolderFor(dialect: AdrDialect): string {
  switch (dialect) {
    case 'madr':
      return 'docs/decisions'
    case 'nygard':
      return 'doc/adr'
    case 'log4brains':
      return 'docs/adr'
  }
}

const reservedDeviceName = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i

/** True when the name can be created as-is on Windows, macOS and Linux inside one folder. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= NAME_MAX &&
    !/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(name) &&
    !/^[. ]|[. ]$/.test(name) &&
    !name.includes('..') &&
    !reservedDeviceName.test(name)
  )
}

/** Guards the invariant: a slug with a prefix can never be unsafe, so failing here is a bug. */
function assertSafeFileName(name: string): void {
  if (!isSafeFileName(name)) throw new Error(`Refusing to use the unsafe file name ${JSON.stringify(name)}.`)
}
