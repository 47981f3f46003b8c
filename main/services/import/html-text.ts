/**
 * Turns a DOM subtree into plain text: one paragraph per block element, blank lines between
 * them, list items as "- " lines and table rows as "a | b" lines. Only text nodes are read, so
 * no markup can reach the stored text, and script-like elements are skipped whole.
 *
 * Runs on linkedom's DOM in plain Node, where the global `Node` constants do not exist; node
 * types are compared by number.
 */

const ELEMENT = 1
const TEXT = 3
const CDATA = 4

/** Never text a reader sees. */
export const NON_CONTENT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'IFRAME', 'TEMPLATE', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
  'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'AUDIO', 'VIDEO', 'SOURCE', 'TRACK', 'PICTURE', 'IMG',
  'MAP', 'AREA', 'FRAME', 'FRAMESET', 'APPLET', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'DIALOG',
])

// Elements that start and end a paragraph of their own.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT',
  'THEAD', 'TR', 'UL',
])

type Kind = 'paragraph' | 'item' | 'row'
type Block = { text: string; kind: Kind }

const tagOf = (node: Node) => (node.nodeType === ELEMENT ? (node as Element).tagName.toUpperCase() : '')

const isHidden = (element: Element) =>
  element.hasAttribute('hidden') ||
  element.getAttribute('aria-hidden') === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '')

/** Collapses HTML whitespace inside each line; `\n` marks a <br>. */
function collapse(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** The text of an element's subtree on one line (table cells). */
function inlineText(node: Node): string {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return node.nodeValue ?? ''
  if (node.nodeType !== ELEMENT || NON_CONTENT_TAGS.has(tagOf(node)) || isHidden(node as Element)) return ''
  let text = ''
  for (const child of Array.from(node.childNodes)) text += ` ${inlineText(child)} `
  return text
}

class TextBuilder {
  readonly blocks: Block[] = []
  private buffer = ''
  private preDepth = 0
  private pendingItem = false

  private emit(text: string, kind: Kind) {
    if (!text) return
    if (this.pendingItem) {
      text = `- ${text}`
      kind = 'item'
      this.pendingItem = false
    }
    this.blocks.push({ text, kind })
  }

  private flush() {
    const raw = this.buffer
    this.buffer = ''
    if (this.preDepth > 0) this.emit(raw.replace(/^\n+|\s+$/g, ''), 'paragraph')
    else this.emit(collapse(raw), 'paragraph')
  }

  private row(element: Element) {
    const cells = Array.from(element.children)
      .filter((cell) => ['TD', 'TH'].includes(tagOf(cell)) && !isHidden(cell))
      .map((cell) => collapse(inlineText(cell).replace(/\n/g, ' ')))
    if (cells.some(Boolean)) this.emit(cells.join(' | '), 'row')
  }

  visit(node: Node) {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      this.buffer += node.nodeValue ?? ''
      return
    }
    if (node.nodeType !== ELEMENT) return
    const element = node as Element
    const tag = tagOf(element)
    if (NON_CONTENT_TAGS.has(tag) || isHidden(element)) return
    if (tag === 'BR') {
      this.buffer += '\n'
      return
    }
    if (!BLOCK_TAGS.has(tag)) {
      for (const child of Array.from(element.childNodes)) this.visit(child)
      // Cells outside a proper row still need a gap between them.
      if (tag === 'TD' || tag === 'TH') this.buffer += ' '
      return
    }
    this.flush()
    if (tag === 'TR') {
      this.row(element)
      return
    }
    if (tag === 'LI') this.pendingItem = true
    if (tag === 'PRE') this.preDepth += 1
    for (const child of Array.from(element.childNodes)) this.visit(child)
    this.flush()
    if (tag === 'PRE') this.preDepth -= 1
    // An empty item must not prefix the next paragraph.
    if (tag === 'LI') this.pendingItem = false
  }

  text(): string {
    this.flush()
    let out = ''
    let previous: Kind | null = null
    for (const block of this.blocks) {
      // Consecutive list items and table rows stay together; everything else gets a blank line.
      const tight = previous !== null && previous === block.kind && block.kind !== 'paragraph'
      out += previous === null ? block.text : `${tight ? '\n' : '\n\n'}${block.text}`
      previous = block.kind
    }
    return out
  }
}

/** Plain text of a subtree, blocks separated by blank lines. */
export function htmlToText(root: Node): string {
  const builder = new TextBuilder()
  builder.visit(root)
  return builder.text()
}
