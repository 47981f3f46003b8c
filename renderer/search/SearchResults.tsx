/** Hits grouped by kind (sources, claims, decisions), in the order the keyboard walks them. */
import { useEffect, useRef } from 'react'
import type { SearchHit, SearchKind } from '../../shared/domain/search'
import { Highlighted } from './Highlighted'

const groups: { kind: SearchKind; label: string }[] = [
  { kind: 'source', label: 'Sources' },
  { kind: 'claim', label: 'Claims' },
  { kind: 'decision', label: 'Decisions' },
]

/** Hits in display order: grouped by kind, best first within each group. */
export const orderHits = (hits: readonly SearchHit[]): SearchHit[] => groups.flatMap(({ kind }) => hits.filter((hit) => hit.kind === kind))

export const optionId = (hit: SearchHit) => `search-hit-${hit.kind}-${hit.id}`

type Props = {
  hits: readonly SearchHit[]
  activeIndex: number
  showProject: boolean
  onHover: (index: number) => void
  onChoose: (hit: SearchHit) => void
}

export function SearchResults({ hits, activeIndex, showProject, onHover, onChoose }: Props) {
  const listRef = useRef<HTMLDivElement>(null)
  const active = hits[activeIndex]
  useEffect(() => {
    if (active) listRef.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' })
  }, [active])

  let index = -1
  return (
    <div className="search-results" role="listbox" id="search-results" aria-label="Search results" ref={listRef}>
      {groups.map(({ kind, label }) => {
        const inGroup = hits.filter((hit) => hit.kind === kind)
        if (inGroup.length === 0) return null
        return (
          <div key={kind} role="group" aria-label={label} className="search-results__group" data-testid={`search-group-${kind}`}>
            <div className="search-results__heading" aria-hidden="true">{label}<span className="search-results__count">{inGroup.length}</span></div>
            {inGroup.map((hit) => {
              index += 1
              const mine = index
              return (
                <div
                  key={optionId(hit)}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={mine === activeIndex}
                  className={`search-hit${mine === activeIndex ? ' is-active' : ''}`}
                  data-testid="search-hit"
                  onMouseMove={() => mine !== activeIndex && onHover(mine)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onChoose(hit)}
                >
                  <div className="search-hit__title">
                    <span className="search-hit__name">{hit.title || 'Untitled'}</span>
                    {showProject && <span className="search-hit__project">{hit.projectName}</span>}
                  </div>
                  {hit.snippet.text && <div className="search-hit__snippet"><Highlighted snippet={hit.snippet} /></div>}
                </div>
              )
            })}
          </div>
        )
      })}
    </div>
  )
}
