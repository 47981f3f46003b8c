/** Snippet text with its highlights as <mark>, built from offsets: the text is never parsed as HTML. */
import type { SearchSnippet } from '../../shared/domain/search'

export function Highlighted({ snippet }: { snippet: SearchSnippet }) {
  const parts: { text: string; marked: boolean }[] = []
  let at = 0
  for (const [start, end] of snippet.highlights) {
    if (start < at || end > snippet.text.length || end <= start) continue
    if (start > at) parts.push({ text: snippet.text.slice(at, start), marked: false })
    parts.push({ text: snippet.text.slice(start, end), marked: true })
    at = end
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false })
  return <>{parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
}
