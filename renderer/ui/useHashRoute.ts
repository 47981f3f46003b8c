/** Which project and tab are open, kept in location.hash so a reload returns to the same place. */
import { useCallback, useEffect, useState } from 'react'

export const workspaceTabs = ['sources', 'compare', 'decisions'] as const
export type WorkspaceTab = (typeof workspaceTabs)[number]
/** A record to show once the tab is open: a source or claim in the reader, a decision in the editor. */
export type Focus = { kind: 'source' | 'claim' | 'decision'; id: number }
export type Route = { projectId: number | null; tab: WorkspaceTab; focus?: Focus | null }

export function parseHash(hash: string): Route {
  const match = /^#\/projects\/(\d+)(?:\/(\w+))?(?:\/(source|claim|decision)\/(\d+))?/.exec(hash)
  if (!match) return { projectId: null, tab: 'sources' }
  const tab = workspaceTabs.find((t) => t === match[2]) ?? 'sources'
  const focus = match[3] ? { kind: match[3] as Focus['kind'], id: Number(match[4]) } : null
  return { projectId: Number(match[1]), tab, focus }
}

export const hashOf = ({ projectId, tab, focus }: Route) =>
  projectId === null ? '#/' : `#/projects/${projectId}/${tab}${focus ? `/${focus.kind}/${focus.id}` : ''}`

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    window.location.hash = hashOf(next)
    setRoute(next)
  }, [])
  return [route, navigate]
}
