/**
 * Splits a source's text into runs at every claim boundary, so overlapping quotes can each be
 * highlighted without nesting elements: every run lists the claims that cover it.
 */
import type { Claim, Polarity } from '../../shared/domain/evidence'

export type Mark = { id: number; start: number; end: number; polarity: Polarity; suggested: boolean }
export type Segment = { start: number; end: number; marks: Mark[] }

export const marksOf = (claims: readonly Claim[]): Mark[] =>
  claims.flatMap((claim) =>
    claim.start === null || claim.end === null || claim.status === 'dismissed'
      ? []
      : [{ id: claim.id, start: claim.start, end: claim.end, polarity: claim.polarity, suggested: claim.status === 'suggested' }],
  )

export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.start < m.end && m.end <= length)
  const startsAt = new Map<number, Mark[]>()
  const endsAt = new Map<number, Mark[]>()
  const points = new Set<number>([0, length])
  for (const mark of valid) {
    points.add(mark.start)
    points.add(mark.end)
    startsAt.set(mark.start, [...(startsAt.get(mark.start) ?? []), mark])
    endsAt.set(mark.end, [...(endsAt.get(mark.end) ?? []), mark])
  }
  const sorted = [...points].sort((a, b) => a - b)
  const active = new Set<Mark>()
  const segments: Segment[] = []
  for (let i = 0; i < sorted.length - 1; i++) {
    const at = sorted[i]
    for (const mark of endsAt.get(at) ?? []) active.delete(mark)
    for (const mark of startsAt.get(at) ?? []) active.add(mark)
    // Accepted claims first: they decide the colour of a run that a suggestion also covers.
    const covering = [...active].sort((a, b) => Number(a.suggested) - Number(b.suggested) || a.end - a.start - (b.end - b.start))
    segments.push({ start: at, end: sorted[i + 1], marks: covering })
  }
  return segments
}

/** The style of a run: the first accepted claim's polarity, or a dashed suggestion outline. */
export function segmentClass(marks: readonly Mark[]): string {
  const [first] = marks
  const classes = ['mark', first.suggested ? 'mark--suggested' : `mark--${first.polarity}`]
  if (marks.filter((m) => !m.suggested).length > 1) classes.push('mark--overlap')
  return classes.join(' ')
}
