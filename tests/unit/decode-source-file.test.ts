/** Imported files to clean plain text and prefilled metadata, and the refusals for bad input. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArbiterError } from '../../shared/errors'
import { SOURCE_TEXT_MAX_CHARS } from '../../shared/domain/evidence'
import { contentHash } from '../../main/services/import/content-hash'
import { decodeSourceFile, normaliseSourceText } from '../../main/services/import/decode-source-file'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/import', name))
const utf8 = (text: string) => new TextEncoder().encode(text)

/** The VALIDATION message a decode fails with. */
function refusal(fileName: string, bytes: Uint8Array): string {
  try {
    decodeSourceFile(fileName, bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(ArbiterError)
    expect((error as ArbiterError).code).toBe('VALIDATION')
    return (error as ArbiterError).message
  }
  throw new Error(`${fileName} was accepted`)
}

describe('decodeSourceFile: HTML', () => {
  const { format, text, metadata } = decodeSourceFile('article.html', fixture('article.html'))

  it('keeps the article paragraphs, list items and table figures as plain text', () => {
    expect(format).toBe('html')
    expect(text).toContain('For three months our payments team ran RabbitMQ and Kafka next to each other')
    expect(text).toContain('Kafka sustained about 410,000 messages per second with a median end-to-end latency of 18 ms.')
    expect(text).toContain('The broker you can debug at three in the morning is worth more than the one that wins the benchmark.')
    expect(text).toContain('\n- Kafka kept seven days of events, which let us replay a broken consumer without asking upstream teams to resend.\n')
    expect(text).toContain('- RabbitMQ routing with topic exchanges covered our fan-out needs without extra code.')
    expect(text).toContain('Peak throughput (msg/s) | 52,000 | 410,000')
    expect(text).toContain('Monthly infrastructure cost (EUR) | 1,150 | 2,300')
    expect(text).toContain('\n\nWhat operating them felt like\n\n')
  })

  it('drops scripts, styles, frames, navigation, banners, sidebars and footers', () => {
    for (const marker of [
      'pwned', 'TRACKING-SCRIPT-TEXT', 'INLINE-WRITE-TEXT', 'BODY-SCRIPT-TEXT', 'STYLE-SECRET-TEXT', 'font-family', 'IMG-ONERROR-TEXT',
      'onload-handler', 'acceptCookies', 'IFRAME-FALLBACK-TEXT', 'NOSCRIPT-TEXT', 'TEMPLATE-TEXT', 'OBJECT-TEXT', 'COOKIE-NOTICE',
      'NAV-HOME', 'NAV-ABOUT-US', 'SITE-HEADER-LOGO', 'SIDEBAR-POPULAR-POSTS', 'SIDEBAR-LINK', 'FOOTER-COPYRIGHT', 'FOOTER-TIME',
    ]) {
      expect(text, marker).not.toContain(marker)
    }
    expect(text).not.toMatch(/<[a-z/!]/i)
    expect(text).not.toMatch(/\n{3,}|[ \t]\n/)
  })

  it('reads the page metadata', () => {
    expect(metadata).toEqual({
      title: 'Choosing a message queue: RabbitMQ and Kafka under a steady load',
      author: 'Priya Raman',
      publisher: 'Northwind Engineering Blog',
      url: 'https://blog.northwind.example/posts/choosing-a-message-queue',
      publishedDate: '2024-11-18',
    })
  })

  it('falls back to the <title>, a <time> and og:url, and ignores non-web URLs', () => {
    const page = `<html><head><title>  Broker   notes </title><link rel="canonical" href="ftp://files.example/x">
      <meta property="og:url" content="https://example.com/broker-notes"><meta property="article:author" content="https://social.example/sam">
      </head><body><p>Posted <time datetime="2023-07-09T23:30:00-05:00">yesterday</time></p><p>Short body.</p></body></html>`
    const { metadata: fallback } = decodeSourceFile('page.htm', utf8(page))
    expect(fallback).toEqual({ title: 'Broker notes', author: null, publisher: null, url: 'https://example.com/broker-notes', publishedDate: '2023-07-09' })
  })

  it('keeps body text when Readability finds no article, still without scripts or styles', () => {
    const page = '<p>Only a line about queues.</p><script>var leaked = "SCRIPT-LEAK"</script><style>p{color:red}</style><div>Second <b>bold</b> line</div>'
    const { text: fallback } = decodeSourceFile('fragment.HTML', utf8(page))
    expect(fallback).toBe('Only a line about queues.\n\nSecond bold line')
  })

  it('caps metadata at 200 characters with whitespace collapsed', () => {
    const long = 'Queue '.repeat(60)
    const { metadata: capped } = decodeSourceFile('long.xhtml', utf8(`<html><head><meta property="og:title" content="${long}"></head><body><p>Body text.</p></body></html>`))
    expect(capped.title).toHaveLength(200)
    expect(capped.title?.startsWith('Queue Queue')).toBe(true)
  })

  it('refuses a page with no readable text', () => {
    expect(refusal('blank.html', utf8('<html><head><script>var a = 1</script></head><body><img src="x.png"></body></html>'))).toBe(
      '"blank.html" has no readable text, only markup.',
    )
  })
})

describe('decodeSourceFile: Markdown and text', () => {
  it('removes the front matter, keeps the Markdown body and reads the metadata', () => {
    const { format, text, metadata } = decodeSourceFile('notes.md', fixture('notes.md'))
    expect(format).toBe('markdown')
    expect(text.startsWith('# Review notes: RabbitMQ or Kafka\n\nWe met on Monday')).toBe(true)
    expect(text).toContain('\n- Replay of old events is a must-have for the analytics team.\n')
    expect(text).not.toContain('authors:')
    expect(text).not.toContain('---')
    expect(metadata).toEqual({
      title: 'Message queue shortlist: notes from the architecture review',
      author: 'Tomás Ferreira, Jun Watanabe',
      publisher: null,
      url: 'https://wiki.northwind.example/adr/queues',
      publishedDate: '2025-02-03',
    })
  })

  it('reads single values, other key names and the first heading as title', () => {
    const source = '---\r\nauthor: Ana Silva\r\nsite_name: Queue Weekly\r\nlink: http://queues.example/a\r\npublished: March 5, 2024\r\n---\r\n\r\n## Sub\r\n\r\n# The `real` **cost** of [Kafka](https://kafka.example)\r\nText.\r\n'
    const { text, metadata } = decodeSourceFile('a.markdown', utf8(source))
    expect(text).toBe('## Sub\n\n# The `real` **cost** of [Kafka](https://kafka.example)\nText.')
    expect(metadata).toEqual({ title: 'The real cost of Kafka', author: 'Ana Silva', publisher: 'Queue Weekly', url: 'http://queues.example/a', publishedDate: '2024-03-05' })
  })

  it('tolerates broken YAML: the body is kept, the front matter dropped', () => {
    const { text, metadata } = decodeSourceFile('broken-front-matter.md', fixture('broken-front-matter.md'))
    expect(text).toBe('# Queue latency notes\n\nQuorum queues added about 2 ms of median latency in our staging cluster.')
    expect(metadata).toEqual({ title: 'Queue latency notes', author: null, publisher: null, url: null, publishedDate: null })
  })

  it('refuses Markdown that is only front matter', () => {
    expect(refusal('meta.md', utf8('---\ntitle: Nothing else\n---\n\n'))).toBe('"meta.md" has no text besides its front matter.')
  })

  it('normalises plain text and takes a short first line as its title', () => {
    const { format, text, metadata } = decodeSourceFile('plain.txt', fixture('plain.txt'))
    expect(format).toBe('text')
    expect(text).toBe(
      'Message queue comparison, first impressions\n\nRabbitMQ felt familiar to the team after a single afternoon.\nKafka needed a week before anyone was comfortable resetting consumer offsets.\n\nWe will revisit this after the load test.',
    )
    expect(metadata).toEqual({ title: 'Message queue comparison, first impressions', author: null, publisher: null, url: null, publishedDate: null })
    expect(decodeSourceFile('long.TEXT', utf8(`${'x'.repeat(151)}\nmore`)).metadata.title).toBeNull()
  })

  it('decodes UTF-8 with a BOM and UTF-16 with either byte order', () => {
    const words = 'Café queues — ünïcode'
    expect(decodeSourceFile('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(words)])).text).toBe(words)
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(words, 'utf16le')])
    expect(decodeSourceFile('le.txt', le).text).toBe(words)
    const be = Buffer.from(le)
    be.swap16()
    expect(decodeSourceFile('be.md', be).text).toBe(words)
  })
})

describe('decodeSourceFile: refusals', () => {
  it('refuses unknown extensions', () => {
    expect(refusal('report.pdf', utf8('text'))).toBe('"report.pdf" is not a text file Arbiter can import (use .txt, .md or .html).')
    expect(refusal('C:\\docs\\README', utf8('text'))).toBe('"README" is not a text file Arbiter can import (use .txt, .md or .html).')
  })

  it('refuses empty files', () => {
    expect(refusal('x.txt', new Uint8Array())).toBe('"x.txt" is empty.')
    expect(refusal('blank.md', utf8(' \n\t\r\n '))).toBe('"blank.md" is empty.')
  })

  it('checks the size before anything else', () => {
    const huge = Buffer.alloc(20 * 1024 * 1024, 'a')
    // A NUL at the start would fail the binary check if the size were not checked first.
    huge[0] = 0
    expect(refusal('huge.txt', huge)).toBe('"huge.txt" is 20.0 MB; Arbiter imports files up to 10 MB.')
  })

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    expect(refusal('image.txt', png)).toMatch(/^"image\.txt" looks like a binary file, not text\./)
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expect(refusal('controls.md', controls)).toMatch(/^"controls\.md" looks like a binary file, not text\./)
    expect(refusal('nul16.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00]))).toMatch(/looks like a binary file, not text/)
  })

  it('refuses text that is not UTF-8', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x71, 0x75, 0x65, 0x75, 0x65, 0x73])
    const message = refusal('latin1.txt', latin1)
    expect(message).toMatch(/^"latin1\.txt" is not UTF-8 text/)
    expect(message).toContain('save it as UTF-8 and import again')
    expect(refusal('odd.txt', new Uint8Array([0xff, 0xfe, 0x41]))).toMatch(/^"odd\.txt" is damaged UTF-16 text/)
  })

  it('refuses text longer than the limit', () => {
    const message = refusal('long.txt', utf8(`${'a'.repeat(SOURCE_TEXT_MAX_CHARS + 29)}\n\n`))
    expect(message).toBe('"long.txt" has 5,000,029 characters of text; Arbiter imports at most 5,000,000. Split it into smaller files.')
  })
})

describe('normaliseSourceText and contentHash', () => {
  it('unifies line ends, composes Unicode, trims lines and collapses blank lines', () => {
    expect(normaliseSourceText('\n\n  Title  \r\nCafe\u0301 \t\r\rone\r\n\r\n\r\n\r\ntwo\n\n\n')).toBe('Title\nCafé\n\none\n\ntwo')
    expect(normaliseSourceText('keep  inner   spacing\n\tand indents')).toBe('keep  inner   spacing\n\tand indents')
  })

  it('refuses text that is too long', () => {
    expect(() => normaliseSourceText('a'.repeat(SOURCE_TEXT_MAX_CHARS + 1))).toThrow('The text has 5,000,001 characters of text; Arbiter imports at most 5,000,000.')
  })

  it('hashes the normalised text', () => {
    const windows = contentHash(normaliseSourceText('Kafka keeps events.\r\nRabbitMQ routes them.\r\n'))
    const unix = contentHash(normaliseSourceText('Kafka keeps events.\nRabbitMQ routes them.'))
    expect(windows).toMatch(/^[0-9a-f]{64}$/)
    expect(windows).toBe(unix)
    expect(contentHash('Kafka keeps events.')).not.toBe(unix)
  })
})
