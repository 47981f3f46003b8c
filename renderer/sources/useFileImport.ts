/**
 * Imports dropped or chosen files one after another and keeps a per-file progress list. Files
 * go one at a time so a large batch does not hold every file in memory at once, and a file that
 * fails never stops the others.
 */
import { useCallback, useRef, useState } from 'react'
import { SOURCE_FILE_MAX_BYTES } from '../../shared/domain/evidence'
import { errorMessage } from '../api/client'
import { formatBytes } from './evidence-format'
import { useImportFile } from './queries'

export type ImportStatus = 'waiting' | 'importing' | 'imported' | 'failed'
export type ImportItem = { key: number; name: string; size: number; status: ImportStatus; message: string; sourceId?: number }

let nextKey = 1

/** Base64 in chunks: String.fromCharCode with millions of arguments overflows the stack. */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

const tooLarge = (file: File) =>
  `"${file.name}" is ${formatBytes(file.size)}; Arbiter imports files up to ${formatBytes(SOURCE_FILE_MAX_BYTES)}. Split it into smaller files.`

export function useFileImport(projectId: number, onImported: (sourceId: number) => void) {
  const [items, setItems] = useState<ImportItem[]>([])
  const [running, setRunning] = useState(false)
  const { mutateAsync: importFile } = useImportFile(projectId)
  const queue = useRef(Promise.resolve())

  const patch = (key: number, change: Partial<ImportItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)))

  const run = useCallback(
    (files: readonly File[]) => {
      const batch = files.map((file) => ({ file, item: { key: nextKey++, name: file.name, size: file.size, status: 'waiting' as const, message: '' } }))
      if (batch.length === 0) return
      setItems((all) => [...all, ...batch.map((b) => b.item)])
      setRunning(true)
      // Chained so a second drop while the first batch runs waits its turn instead of interleaving.
      queue.current = queue.current.then(async () => {
        let lastId: number | null = null
        for (const { file, item } of batch) {
          if (file.size > SOURCE_FILE_MAX_BYTES) {
            patch(item.key, { status: 'failed', message: tooLarge(file) })
            continue
          }
          patch(item.key, { status: 'importing' })
          try {
            const dataBase64 = toBase64(await file.arrayBuffer())
            const result = await importFile({ projectId, fileName: file.name, dataBase64 })
            lastId = result.source.id
            const found = result.suggestionCount === 1 ? '1 suggestion' : `${result.suggestionCount} suggestions`
            patch(item.key, { status: 'imported', message: `Imported as “${result.source.title}” · ${found}`, sourceId: lastId })
          } catch (error) {
            patch(item.key, { status: 'failed', message: errorMessage(error) })
          }
        }
        setRunning(false)
        if (lastId !== null) onImported(lastId)
      })
    },
    [projectId, onImported, importFile],
  )

  const clear = useCallback(() => setItems([]), [])
  const finished = items.filter((i) => i.status === 'imported' || i.status === 'failed').length
  return { items, running, run, clear, progress: items.length ? finished / items.length : 0 }
}
