/**
 * The search palette: Ctrl+K (Cmd+K on macOS) anywhere opens it, whatever has focus. Type to
 * search this project or all of them; ↑/↓ move through the hits, Enter opens one, Escape closes.
 * Mounted once by the app; it renders nothing until opened.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { SearchHit } from '../../shared/domain/search'
import { errorMessage } from '../api/client'
import { useHashRoute } from '../ui/useHashRoute'
import { openHit } from './openHit'
import { optionId, orderHits, SearchResults } from './SearchResults'
import { hasWords, useSearch } from './useSearch'
import './search.css'

type Scope = 'project' | 'all'

const isPaletteShortcut = (event: globalThis.KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k'

export function SearchPalette() {
  const [open, setOpen] = useState(false)
  const [route] = useHashRoute()
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return
      event.preventDefault()
      setOpen(true)
      // Already open: the shortcut goes back to the query, ready to type over.
      inputRef.current?.select()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  if (!open) return null
  return <PaletteDialog projectId={route.projectId} inputRef={inputRef} onClose={() => setOpen(false)} />
}

type DialogProps = { projectId: number | null; inputRef: RefObject<HTMLInputElement | null>; onClose: () => void }

function PaletteDialog({ projectId, inputRef, onClose }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [scope, setScope] = useState<Scope>(projectId === null ? 'all' : 'project')
  const [activeIndex, setActiveIndex] = useState(0)
  const searchedProject = scope === 'project' && projectId !== null ? projectId : null
  const search = useSearch(text, searchedProject)
  const hits = orderHits(search.hits)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    inputRef.current?.focus()
    // Focus goes back where it was (a field the user was typing in) when the palette closes.
    const previous = document.activeElement instanceof HTMLElement && !dialog?.contains(document.activeElement) ? document.activeElement : null
    return () => previous?.focus()
  }, [inputRef])

  useEffect(() => setActiveIndex(0), [search.settled, searchedProject])

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return
    onClose()
    openHit(hit)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (hits.length === 0) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActiveIndex((index) => (index + step + hits.length) % hits.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(hits[activeIndex])
    } else if (event.key === 'Escape') {
      // Handled here as well as by the dialog's cancel event, which a focused text field does not always let through.
      event.preventDefault()
      onClose()
    }
  }

  const active = hits[activeIndex]
  const waiting = hasWords(text) && (text !== search.settled || search.isFetching)
  let status: string | null = null
  if (search.isError) status = errorMessage(search.error)
  else if (!hasWords(text)) status = 'Search sources, claims and decisions.'
  else if (!waiting && hits.length === 0 && search.isSuccess) status = `Nothing matches “${text.trim()}”${searchedProject === null ? '' : ' in this project'}.`

  return (
    <dialog
      ref={dialogRef}
      className="search-palette"
      data-testid="search-palette"
      aria-label="Search"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => event.target === dialogRef.current && onClose()}
    >
      <div className="search-palette__bar">
        <svg className="search-palette__icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          className="search-palette__input"
          type="text"
          role="combobox"
          aria-label="Search text"
          aria-expanded={hits.length > 0}
          aria-controls="search-results"
          aria-activedescendant={active ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder="Search evidence and decisions…"
          spellCheck={false}
          autoComplete="off"
          maxLength={10_000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="search-scope" role="radiogroup" aria-label="Search in">
          {(['project', 'all'] as const).map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={scope === value}
              className={`search-scope__option${scope === value ? ' is-selected' : ''}`}
              disabled={value === 'project' && projectId === null}
              onClick={() => {
                setScope(value)
                inputRef.current?.focus()
              }}
            >
              {value === 'project' ? 'This project' : 'All projects'}
            </button>
          ))}
        </div>
      </div>
      {hits.length > 0 && <SearchResults hits={hits} activeIndex={activeIndex} showProject={searchedProject === null} onHover={setActiveIndex} onChoose={choose} />}
      {status && <p className={`search-palette__status${search.isError ? ' is-error' : ''}`} role="status">{status}</p>}
      <footer className="search-palette__keys" aria-hidden="true">
        <span><kbd>↑</kbd><kbd>↓</kbd> move</span>
        <span><kbd>Enter</kbd> open</span>
        <span><kbd>Esc</kbd> close</span>
      </footer>
    </dialog>
  )
}
