/** Which project and tab are open, kept in location.hash so a reload returns to the same place. */
import { useCallback, useEffect, useState } from 'react'

export const workspaceTabs = ['sources', 'compare', 'decisions'] as const
export type WorkspaceTab = (typeof workspaceTabs)[number]
export type Route = { projectId: number | null; tab: WorkspaceTab }

export function parseHash(hash: string): Route {
  const match = /^#\/projects\/(\d+)(?:\/(\w+))?/.exec(hash)
  if (!match) return { projectId: null, tab: 'sources' }
  const tab = workspaceTabs.find((t) => t === match[2]) ?? 'sources'
  return { projectId: Number(match[1]), tab }
}

export const hashOf = ({ projectId, tab }: Route) => (projectId === null ? '#/' : `#/projects/${projectId}/${tab}`)

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
