/**
 * Markdown → HTML for the ADR preview. ADR text comes from people and from imported files, so
 * raw HTML is never passed through (`html: false` makes markdown-it escape it) and links may only
 * point to the web, to mail, or to another record beside this one.
 */
import MarkdownIt from 'markdown-it'
import footnote from 'markdown-it-footnote'
import { parse as parseYaml } from 'yaml'

const scheme = /^([a-z][a-z0-9+.-]*):/i
const allowedSchemes = new Set(['http', 'https', 'mailto'])
// A sibling record such as `0002-use-flask.md` or `./0002-use-flask.md#status`; never a path that climbs out.
const relativeRecord = /^(?:\.\/)?[^/\\?#]+\.md(?:#[^\s]*)?$/i

/** True for http(s) and mailto links and relative `.md` links; everything else (javascript:, data:, file:…) is refused. */
export function isAllowedLink(url: string): boolean {
  const trimmed = url.trim()
  const match = scheme.exec(trimmed)
  if (match) return allowedSchemes.has(match[1].toLowerCase())
  if (trimmed.startsWith('//')) return false
  return relativeRecord.test(trimmed)
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false })
md.validateLink = isAllowedLink
md.use(footnote)

// Table alignment comes out as style attributes, which the page's Content Security Policy refuses; use classes instead.
md.core.ruler.push('alignment_classes', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue
    const style = token.attrGet('style')
    if (!style) continue
    const align = /text-align:\s*(left|center|right)/.exec(String(style))?.[1]
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style')
    if (align) token.attrJoin('class', `md-align-${align}`)
  }
})

// Images are not loaded: the page may not fetch from the network, and a repository's relative
// images are not beside the app. The alt text stands in for them.
md.renderer.rules.image = (tokens, idx, _options, env, self) => {
  const alt = self.renderInlineAsText(tokens[idx].children ?? [], _options, env)
  return `<span class="md-image" title="Images are not shown in the preview">Image: ${md.utils.escapeHtml(alt || 'untitled')}</span>`
}

/** The HTML of a Markdown body; safe for innerHTML because markdown-it escapes everything it does not generate. */
export function markdownToHtml(text: string, docId: string): string {
  return md.render(text, { docId })
}

export type FrontMatter = { entries: [string, string][]; body: string }

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/

function display(value: unknown): string {
  if (Array.isArray(value)) return value.map(display).join(', ')
  if (value === null || value === undefined) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/**
 * Splits off YAML front matter, which Git hosts show as a table rather than as Markdown (read as
 * Markdown, its closing `---` would turn the lines above it into a heading).
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = frontMatter.exec(text)
  if (!match) return { entries: [], body: text }
  try {
    const data = parseYaml(match[1]) as unknown
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { entries: [], body: text }
    return { entries: Object.entries(data).map(([key, value]) => [key, display(value)]), body: text.slice(match[0].length) }
  } catch {
    return { entries: [], body: text }
  }
}
