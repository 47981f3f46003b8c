/**
 * Decision records carry ids inside their JSON: footnotes `[^c<claimId>]` in the section text and
 * option, criterion and claim ids in the frozen comparison. Importing gives every row a new id,
 * so these are rewritten too. An id the file does not hold (a claim deleted before export) gets a
 * negative stand-in: left as it was, it would cite whichever claim later receives that number.
 */
export type IdMaps = { options: Map<number, number>; criteria: Map<number, number>; claims: Map<number, number> }

/** Maps ids; unknown ones get stable negative stand-ins (-1, -2, …) per kind. */
function mapper(known: Map<number, number>) {
  const standIns = new Map<number, number>()
  return (old: unknown): unknown => {
    if (typeof old !== 'number') return old
    const found = known.get(old)
    if (found !== undefined) return found
    if (!standIns.has(old)) standIns.set(old, -(standIns.size + 1))
    return standIns.get(old)
  }
}

const footnote = /\[\^c(\d+)\]/g

function rewriteStrings(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === 'string') return rewrite(value)
  if (Array.isArray(value)) return value.map((item) => rewriteStrings(item, rewrite))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteStrings(item, rewrite)]))
  }
  return value
}

type Json = Record<string, unknown>
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter((v): v is Json => !!v && typeof v === 'object') : [])

export function decisionJsonRemapper(maps: IdMaps) {
  const claim = mapper(maps.claims)
  const option = mapper(maps.options)
  const criterion = mapper(maps.criteria)

  const sections = (json: string): string =>
    JSON.stringify(rewriteStrings(JSON.parse(json), (text) => text.replace(footnote, (_, id: string) => `[^c${claim(Number(id)) as number}]`)))

  const snapshot = (json: string | null): string | null => {
    if (json === null) return null
    const frozen = JSON.parse(json) as Json
    const snap = frozen.snapshot as Json | undefined
    if (snap && typeof snap === 'object') {
      snap.options = list(snap.options).map((o) => ({ ...o, id: option(o.id) }))
      snap.criteria = list(snap.criteria).map((c) => ({ ...c, id: criterion(c.id) }))
      snap.scores = list(snap.scores).map((s) => ({ ...s, optionId: option(s.optionId), criterionId: criterion(s.criterionId) }))
      if ('winnerId' in snap) snap.winnerId = snap.winnerId === null ? null : option(snap.winnerId)
      if (Array.isArray(snap.claimIds)) snap.claimIds = snap.claimIds.map(claim)
    }
    if (Array.isArray(frozen.citations)) frozen.citations = list(frozen.citations).map((c) => ({ ...c, claimId: claim(c.claimId) }))
    return JSON.stringify(frozen)
  }

  return { sections, snapshot }
}
