/**
 * Shows a source's text as plain text with its claims highlighted. Selecting a passage offers
 * "Add claim" (button or the C key); clicking a highlight selects its claim.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { Claim, Source, SourceSummary } from '../../shared/domain/evidence'
import { marksOf, segmentClass, segmentText } from './segments'
import { SourceHeader } from './SourceHeader'
import { anchorIn, isTyping, passageIn, type Passage } from './text-selection'

export type FocusRequest = { claimId: number; nonce: number }

type Props = {
  source: Source
  /** The list's copy of the metadata, which is refreshed after edits while the large text is not. */
  summary: SourceSummary
  claims: Claim[]
  selectedClaimId: number | null
  focus: FocusRequest | null
  onSelectClaim: (id: number) => void
  onAddClaim: (passage: Passage) => void
  onDeleted: () => void
  onRestored: (id: number) => void
}

const FLASH_MS = 1400

export function Reader({ source, summary, claims, selectedClaimId, focus, onSelectClaim, onAddClaim, onDeleted, onRestored }: Props) {
  const frameRef = useRef<HTMLDivElement>(null)
  const textRef = useRef<HTMLDivElement>(null)
  const [anchor, setAnchor] = useState<{ top: number; left: number } | null>(null)

  const marks = useMemo(() => marksOf(claims), [claims])
  const segments = useMemo(() => segmentText(source.text.length, marks), [source.text, marks])
  const children = useMemo(
    () =>
      segments.map(({ start, end, marks: covering }) => {
        const text = source.text.slice(start, end)
        if (covering.length === 0) return text
        return (
          <span key={start} className={segmentClass(covering) + (covering.some((m) => m.id === selectedClaimId) ? ' is-selected' : '')} data-claims={covering.map((m) => m.id).join(' ')}>
            {text}
          </span>
        )
      }),
    [segments, source.text, selectedClaimId],
  )

  const addClaim = useCallback(() => {
    const passage = textRef.current && passageIn(textRef.current, source.text)
    if (passage) onAddClaim(passage)
  }, [onAddClaim, source.text])

  // The floating button follows the selection; it is only offered for a selection inside the text.
  useEffect(() => {
    let frame = 0
    const onChange = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const inside = textRef.current && frameRef.current && passageIn(textRef.current, source.text)
        setAnchor(inside && frameRef.current ? anchorIn(frameRef.current) : null)
      })
    }
    document.addEventListener('selectionchange', onChange)
    return () => {
      cancelAnimationFrame(frame)
      document.removeEventListener('selectionchange', onChange)
    }
  }, [source.text])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'c' || event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return
      if (!textRef.current || !passageIn(textRef.current, source.text)) return
      event.preventDefault()
      addClaim()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [addClaim, source.text])

  // Applied once per request, not again whenever the highlights change.
  const appliedFocus = useRef(0)
  useEffect(() => {
    if (!focus || !textRef.current || appliedFocus.current === focus.nonce) return
    const target = textRef.current.querySelector<HTMLElement>(`[data-claims~="${focus.claimId}"]`)
    if (!target) return
    appliedFocus.current = focus.nonce
    target.scrollIntoView({ block: 'center', behavior: 'smooth' })
    const covering = textRef.current.querySelectorAll<HTMLElement>(`[data-claims~="${focus.claimId}"]`)
    covering.forEach((el) => el.classList.add('is-flashing'))
    const timer = window.setTimeout(() => covering.forEach((el) => el.classList.remove('is-flashing')), FLASH_MS)
    return () => window.clearTimeout(timer)
  }, [focus, segments])

  const clickHighlight = (event: MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return
    const mark = (event.target as HTMLElement).closest<HTMLElement>('[data-claims]')
    const id = mark?.dataset.claims?.split(' ')[0]
    if (id) onSelectClaim(Number(id))
  }

  return (
    <div className="reader" ref={frameRef} data-testid="reader">
      <SourceHeader source={summary} onDeleted={onDeleted} onRestored={onRestored} />
      {/* Only the source text lives in this element: selection offsets are measured from its start. */}
      <div
        ref={textRef}
        className="reader__text"
        data-testid="reader-text"
        onClick={clickHighlight}
      >
        {children}
      </div>
      {anchor && (
        <button
          type="button"
          className="add-claim-float"
          style={{ top: anchor.top, left: anchor.left }}
          data-testid="add-claim-button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={addClaim}
        >
          Add claim <kbd>C</kbd>
        </button>
      )}
    </div>
  )
}
