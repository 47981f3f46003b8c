/**
 * Turns an imported file's bytes into the plain text Arbiter stores and quotes from, plus
 * metadata to prefill the source form. Everything runs offline in plain Node. Every refusal is a
 * VALIDATION error that names the file, says what is wrong and what would work, because the
 * person importing usually picked several files and needs to know which one failed and why.
 */
import { ArbiterError } from '../../../shared/errors'
import { SOURCE_FILE_MAX_BYTES, SOURCE_TEXT_MAX_CHARS } from '../../../shared/domain/evidence'
import { readHtml } from './html-source'
import { readMarkdown } from './markdown-source'
import { cleanText, emptyMetadata, type ExtractedMetadata } from './metadata-values'

export type { ExtractedMetadata } from './metadata-values'

export type SourceFormat = 'text' | 'markdown' | 'html'

export type DecodedSource = { format: SourceFormat; text: string; metadata: ExtractedMetadata }

const formatByExtension: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
}

/** A text file's first line is its title only when it reads like one. */
const TITLE_LINE_MAX = 150
/** Above this share of control characters a file is data, not prose. */
const CONTROL_SHARE_MAX = 0.1
const MIB = 1024 * 1024

const refuse = (name: string, problem: string) => new ArbiterError('VALIDATION', `"${name}" ${problem}`)

const groupDigits = (n: number) => n.toLocaleString('en-US')

const tooLong = (length: number) =>
  `has ${groupDigits(length)} characters of text; Arbiter imports at most ${groupDigits(SOURCE_TEXT_MAX_CHARS)}. Split it into smaller files.`

function formatOf(name: string): SourceFormat {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  const format = Object.hasOwn(formatByExtension, extension) ? formatByExtension[extension] : undefined
  if (!format) throw refuse(name, 'is not a text file Arbiter can import (use .txt, .md or .html).')
  return format
}

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL and C1 controls.
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)

function looksBinary(text: string): boolean {
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0) return true
    if (isControl(code)) controls++
  }
  return controls > text.length * CONTROL_SHARE_MAX
}

function bytesLookBinary(bytes: Uint8Array): boolean {
  let controls = 0
  for (const byte of bytes) {
    if (byte === 0) return true
    // Only ASCII controls here: bytes 0x80–0x9f are normal parts of UTF-8 sequences.
    if (byte < 0x20 ? byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d : byte === 0x7f) controls++
  }
  return controls > bytes.length * CONTROL_SHARE_MAX
}

const binary = (name: string) => refuse(name, 'looks like a binary file, not text. Arbiter imports plain text, Markdown or HTML files.')

function decodeUtf16(name: string, bytes: Uint8Array, bigEndian: boolean): string {
  let body = bytes.subarray(2)
  if (body.length % 2 !== 0) throw refuse(name, 'is damaged UTF-16 text (it ends in the middle of a character). Save it as UTF-8 and import again.')
  // Swapped by hand: not every ICU build behind TextDecoder knows "utf-16be".
  if (bigEndian) {
    const swapped = new Uint8Array(body.length)
    for (let i = 0; i < body.length; i += 2) {
      swapped[i] = body[i + 1]
      swapped[i + 1] = body[i]
    }
    body = swapped
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    throw refuse(name, 'is damaged UTF-16 text. Save it as UTF-8 and import again.')
  }
}

/** Bytes to a string: UTF-8 (BOM dropped), or UTF-16 when a BOM says so. */
function decodeText(name: string, bytes: Uint8Array): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(name, bytes, false)
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(name, bytes, true)
  else {
    if (bytesLookBinary(bytes)) throw binary(name)
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes)
    } catch {
      throw refuse(
        name,
        'is not UTF-8 text (it may use an older encoding such as Windows-1252 or Latin-1). Open it in a text editor, save it as UTF-8 and import again.',
      )
    }
  }
  if (looksBinary(text)) throw binary(name)
  return text
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * The canonical form of source text: \n line ends, Unicode NFC, no trailing spaces, at most one
 * blank line in a row, trimmed. Quotes and content hashes are taken from this form, so the same
 * article saved on Windows or macOS is recognised as the same text.
 */
export function normaliseSourceText(text: string): string {
  const result = normalise(text)
  if (result.length > SOURCE_TEXT_MAX_CHARS) throw new ArbiterError('VALIDATION', `The text ${tooLong(result.length)}`)
  return result
}

function textTitle(text: string): string | null {
  const firstLine = text.split('\n', 1)[0]
  return firstLine.length <= TITLE_LINE_MAX ? cleanText(firstLine) : null
}

export function decodeSourceFile(fileName: string, bytes: Uint8Array): DecodedSource {
  // Only the last path segment: the message is about the file, not where it lives.
  const name = fileName.split(/[\\/]/).pop() || fileName
  const format = formatOf(name)
  // Size first, before a single byte is read: a huge file must fail at once.
  if (bytes.length > SOURCE_FILE_MAX_BYTES) {
    const megabytes = (Math.ceil((bytes.length / MIB) * 10) / 10).toFixed(1)
    throw refuse(name, `is ${megabytes} MB; Arbiter imports files up to ${SOURCE_FILE_MAX_BYTES / MIB} MB.`)
  }
  if (bytes.length === 0) throw refuse(name, 'is empty.')

  const decoded = decodeText(name, bytes)
  if (!decoded.trim()) throw refuse(name, 'is empty.')

  let body: string
  let metadata: ExtractedMetadata
  if (format === 'html') ({ text: body, metadata } = readHtml(decoded))
  else if (format === 'markdown') ({ body, metadata } = readMarkdown(decoded))
  else {
    body = decoded
    metadata = emptyMetadata()
  }

  const text = normalise(body)
  if (!text) throw refuse(name, format === 'html' ? 'has no readable text, only markup.' : 'has no text besides its front matter.')
  if (text.length > SOURCE_TEXT_MAX_CHARS) throw refuse(name, tooLong(text.length))
  if (format === 'text') metadata.title = textTitle(text)
  return { format, text, metadata }
}
