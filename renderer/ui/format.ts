/** Dates as people say them ("3 minutes ago", "12 Mar 2026"), with the platform's Intl. */
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })
const absolute = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
]

export function formatWhen(iso: string, now = Date.now()): string {
  const date = new Date(iso)
  let delta = (date.getTime() - now) / 1000
  for (const [unit, size] of steps) {
    if (Math.abs(delta) < size) return relative.format(Math.round(delta), unit)
    delta /= size
  }
  return absolute.format(date)
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`
