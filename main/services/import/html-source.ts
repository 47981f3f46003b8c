/**
 * HTML sources: Mozilla Readability picks the article out of the page (dropping navigation,
 * sidebars, banners), then only its text is kept. Parsing uses linkedom, which builds a DOM
 * without running scripts, loading frames or fetching anything, so imports stay offline.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { htmlToText } from './html-text'
import { authorText, firstDate, firstText, firstUrl, type ExtractedMetadata } from './metadata-values'

/** Below this, Readability probably kept a fragment (or a caption) rather than the article. */
const MIN_ARTICLE_CHARS = 200

// Everything up to the end of the head, or, with no head/body tags, the leading run of
// head-only elements, so <title> and <meta> land in <head> where the DOM looks for them.
const headEnd = /<\/head\s*>|<body[\s>]/i
const leadingHead = /^(?:\s+|<!--[\s\S]*?-->|<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>|<head(?:\s[^>]*)?>|<(?:meta|link|base)(?:\s[^>]*)?>|<title(?:\s[^>]*)?>[\s\S]*?<\/title\s*>)*/i
const structureTags = /<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi

/**
 * linkedom only builds a usable document from a complete `<html><head><body>` skeleton; real
 * files often omit parts of it (a fragment, no <body> tag), so the skeleton is rebuilt here.
 */
function parseDocument(html: string): Document {
  const marker = headEnd.exec(html)
  const split = marker ? marker.index : (leadingHead.exec(html)?.[0].length ?? 0)
  const head = html.slice(0, split).replace(structureTags, '')
  const body = html.slice(split).replace(structureTags, '')
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document
}

type PageMetadata = { meta: Map<string, string>; canonical: string[]; times: string[]; title: string | null }

/** Reads the page's own metadata before Readability rewrites the document. */
function readPageMetadata(document: Document): PageMetadata {
  const meta = new Map<string, string>()
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const content = element.getAttribute('content')
    if (key && content?.trim() && !meta.has(key)) meta.set(key, content)
  }
  const canonical = Array.from(document.querySelectorAll('link'))
    .filter((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
    .map((link) => link.getAttribute('href') ?? '')
  // A <time> inside the article beats one in a sidebar or footer.
  const timed = Array.from(document.querySelectorAll('time')).filter((time) => time.getAttribute('datetime'))
  const times = [...timed.filter((time) => time.closest('article')), ...timed].map((time) => time.getAttribute('datetime') ?? '')
  const title = document.querySelector('title')?.textContent ?? null
  return { meta, canonical, times, title }
}

type Article = { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; content?: Node | null }

function readArticle(document: Document): Article | null {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse()
  } catch {
    // Readability gives up on some odd pages; the body text is still worth having.
    return null
  }
}

export function readHtml(decoded: string): { text: string; metadata: ExtractedMetadata } {
  const document = parseDocument(decoded)
  const page = readPageMetadata(document)
  const article = readArticle(document)

  let text = article?.content ? htmlToText(article.content) : ''
  if (text.length < MIN_ARTICLE_CHARS) {
    // Readability has rewritten `document`, so read the body from a fresh parse.
    const whole = htmlToText(parseDocument(decoded).body)
    if (whole.length > text.length) text = whole
  }

  const meta = (key: string) => page.meta.get(key)
  const metadata: ExtractedMetadata = {
    title: firstText(meta('og:title'), article?.title, page.title),
    author: [meta('author'), meta('article:author'), article?.byline].map(authorText).find(Boolean) ?? null,
    publisher: firstText(meta('og:site_name'), article?.siteName),
    url: firstUrl(...page.canonical, meta('og:url')),
    publishedDate: firstDate(meta('article:published_time'), meta('date'), ...page.times, article?.publishedTime),
  }
  return { text, metadata }
}
