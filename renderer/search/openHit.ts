/**
 * Going to a search hit: the hash route names the project, the tab and the record to show
 * (`#/projects/3/sources/claim/12`), so the tab opens on it and a reload keeps it.
 */
import type { SearchHit } from '../../shared/domain/search'
import { hashOf } from '../ui/useHashRoute'

export function hashForHit(hit: SearchHit): string {
  return hashOf({ projectId: hit.projectId, tab: hit.kind === 'decision' ? 'decisions' : 'sources', focus: { kind: hit.kind, id: hit.id } })
}

export function openHit(hit: SearchHit): void {
  window.location.hash = hashForHit(hit)
}

