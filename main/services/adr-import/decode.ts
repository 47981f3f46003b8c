/**
 * From file content to Markdown text and front matter, with a sentence for each way a file in a
 * decisions folder can fail to be an ADR at all.
 */
import { parseDocument } from 'yaml'

export type Failure = { error: string }

/** Text with `\n` line endings and no byte-order mark, or why the file is not text. */
export function decodeAdrText(fileName: string, content: string | Uint8Array): string | Failure {
  let text: string
  if (typeof content === 'string') {
    text = content
  } else {
    if (content.includes(0)) return { error: `${fileName} is a binary file (it contains NUL bytes), not a Markdown ADR.` }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content)
    } catch {
      return { error: `${fileName} is not UTF-8 text; save it as UTF-8 and import it again.` }
    }
  }
  if (text.includes('\u0000')) return { error: `${fileName} is a binary file (it contains NUL bytes), not a Markdown ADR.` }
  // U+FFFD is what a lenient decoder leaves where bytes were not UTF-8.
  if (text.includes('\uFFFD')) return { error: `${fileName} is not UTF-8 text; save it as UTF-8 and import it again.` }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') return { error: `${fileName} is empty.` }
  return text
}

export type FrontMatter = { data: Record<string, unknown> | null; body: string }

/**
 * YAML between a first line `---` and the next line `---` (or `...`). A YAML error names the
 * file's line number, counting the opening `---` as line 1.
 */
export function splitFrontMatter(fileName: string, text: string): FrontMatter | Failure {
  const lines = text.split('\n')
  if (lines[0].trimEnd() !== '---') return { data: null, body: text }
  const close = lines.findIndex((line, index) => index > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'))
  if (close < 0) return { error: `The front matter of ${fileName} starts on line 1 but is never closed by a line "---".` }
  const document = parseDocument(lines.slice(1, close).join('\n'))
  const problem = document.errors[0]
  if (problem) {
    const line = (problem.linePos?.[0].line ?? 1) + 1
    const reason = problem.message.split(/ at line \d+/)[0].trim()
    return { error: `The front matter of ${fileName} is not valid YAML (line ${line}): ${reason}.` }
  }
  const value: unknown = document.toJS()
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    return { error: `The front matter of ${fileName} must be YAML keys and values (like "status: accepted").` }
  }
  return { data: (value as Record<string, unknown> | null) ?? {}, body: lines.slice(close + 1).join('\n') }
}
