/**
 * Reads the user's selection inside the reader as UTF-16 offsets into the source text. The
 * container holds only the source text (highlight spans included), so the length of a range from
 * its start to the selection is exactly the offset the service slices the quote with.
 */
export type Passage = { start: number; end: number; quote: string }

export function passageIn(container: HTMLElement, text: string): Passage | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null
  const before = document.createRange()
  before.selectNodeContents(container)
  before.setEnd(range.startContainer, range.startOffset)
  let start = before.toString().length
  let end = start + range.toString().length
  // A drag usually catches a space or line break at either end; the quote should not.
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  if (end <= start || end > text.length) return null
  return { start, end, quote: text.slice(start, end) }
}

/** Where to float the "Add claim" button: just below the end of the selection, inside `frame`. */
export function anchorIn(frame: HTMLElement): { top: number; left: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0) return null
  const rects = selection.getRangeAt(0).getClientRects()
  const last = rects[rects.length - 1]
  if (!last) return null
  const box = frame.getBoundingClientRect()
  const left = Math.min(Math.max(last.right - box.left - 60, 8), Math.max(box.width - 140, 8))
  return { top: last.bottom - box.top + frame.scrollTop + 6, left }
}

/** Keys typed into a field belong to the field, not to reader shortcuts. */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null)
