/**
 * Markdown sources: the body is kept as written (Markdown reads fine as plain text, and quotes
 * must match what the author wrote); YAML front matter only prefills the metadata.
 */
import { parse as parseYaml } from 'yaml'
import { authorText, cleanText, emptyMetadata, firstDate, firstText, firstUrl, type ExtractedMetadata } from './metadata-values'

// `---` on the very first line, then everything up to the next line that is only `---`.
const frontMatter = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/

type FrontMatter = Record<string, unknown>

/** Broken or non-mapping YAML is ignored: the file is still worth importing without it. */
function readYaml(source: string): FrontMatter | null {
  try {
    const value: unknown = parseYaml(source, { prettyErrors: false })
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as FrontMatter) : null
  } catch {
    return null
  }
}

/** The values of these keys, in key order, whatever their case ("Title" and "title" both count). */
function fields(data: FrontMatter, ...keys: string[]): unknown[] {
  const entries = Object.entries(data)
  return keys.flatMap((key) => entries.filter(([name]) => name.toLowerCase() === key.toLowerCase()).map(([, value]) => value))
}

/** Inline Markdown reads badly in a title field: keep link text, drop emphasis and code marks. */
function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_](\S[^*_]*\S|\S)[*_](?=\s|$|[.,;:!?])/g, '$1$2')
}

/** The first level-one ATX heading outside code fences. */
function firstHeading(body: string): string | null {
  let fence: string | null = null
  for (const line of body.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker) {
      if (fence === null) fence = marker[0]
      else if (marker[0] === fence) fence = null
      continue
    }
    if (fence !== null) continue
    const heading = /^\s{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line)
    if (heading) return cleanText(plainInline(heading[1]))
  }
  return null
}

/** Splits off the front matter; the body comes back with the line endings it had. */
export function readMarkdown(decoded: string): { body: string; metadata: ExtractedMetadata } {
  const match = frontMatter.exec(decoded)
  const body = match ? decoded.slice(match[0].length) : decoded
  const data = match ? readYaml(match[1] ?? '') : null
  const metadata = emptyMetadata()
  if (data) {
    metadata.title = firstText(...fields(data, 'title'))
    metadata.author = fields(data, 'author', 'authors').map(authorText).find(Boolean) ?? null
    metadata.publisher = firstText(...fields(data, 'publisher', 'site', 'site_name'))
    metadata.url = firstUrl(...fields(data, 'url', 'link', 'canonical', 'canonical_url'))
    metadata.publishedDate = firstDate(...fields(data, 'date', 'published', 'publishedDate', 'published_date'))
  }
  metadata.title ??= firstHeading(body.replace(/\r\n?/g, '\n'))
  return { body, metadata }
}
