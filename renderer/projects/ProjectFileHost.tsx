/**
 * Project files (.arbiter), one per client: export the open project, import one from the menu,
 * Open Recent, a picker or a file dropped on the window. A name clash asks: replace, keep both
 * or cancel.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ProjectFileSummary } from '../../shared/domain/project-file'
import { api, errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { useToasts } from '../ui/Toasts'
import { projectKeys } from './queries'

export type ProjectFileActions = ReturnType<typeof useProjectFileActions>
type Props = { currentProject: { id: number; name: string } | null; actions: ProjectFileActions }
type Clash = { filePath: string; summary: ProjectFileSummary }

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
const fileNameFor = (name: string) => `${name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'project'}.arbiter`

export function useProjectFileActions(onOpened: (projectId: number) => void) {
  const queryClient = useQueryClient()
  const toasts = useToasts()
  const [clash, setClash] = useState<Clash | null>(null)
  const fail = useCallback((error: unknown) => toasts.show({ message: errorMessage(error), tone: 'error' }), [toasts])

  const finish = useCallback(
    async (filePath: string, onNameClash: 'replace' | 'keep-both' | 'cancel') => {
      const project = await api.projectFiles.import({ filePath, onNameClash })
      await queryClient.invalidateQueries({ queryKey: projectKeys.all })
      toasts.show({ message: `Imported “${project.name}”.` })
      onOpened(project.id)
    },
    [queryClient, toasts, onOpened],
  )

  const importPath = useCallback(
    async (given: string | null) => {
      try {
        const filePath = given ?? (await api.dialogs.chooseProjectFileToOpen())
        if (!filePath) return
        const summary = await api.projectFiles.inspect({ filePath })
        if (summary.nameClash) setClash({ filePath, summary })
        else await finish(filePath, 'cancel')
      } catch (error) {
        fail(error)
      }
    },
    [finish, fail],
  )

  const importDropped = useCallback(
    async (file: File) => {
      try {
        const { filePath } = await api.projectFiles.stage({ fileName: file.name, dataBase64: await toBase64(file) })
        await importPath(filePath)
      } catch (error) {
        fail(error)
      }
    },
    [importPath, fail],
  )

  const exportProject = useCallback(
    async (project: { id: number; name: string }) => {
      try {
        const filePath = await api.dialogs.chooseProjectFileToSave({ defaultName: fileNameFor(project.name) })
        if (!filePath) return
        // The system save dialog has already asked before replacing an existing file.
        const result = await api.projectFiles.export({ projectId: project.id, filePath, overwrite: true })
        toasts.show({ message: `Exported “${project.name}” to ${result.filePath}.` })
      } catch (error) {
        fail(error)
      }
    },
    [toasts, fail],
  )

  const resolveClash = (choice: 'replace' | 'keep-both' | null) => {
    const pending = clash
    setClash(null)
    if (pending && choice) finish(pending.filePath, choice).catch(fail)
  }
  return { importPath, importDropped, exportProject, clash, resolveClash }
}

export function ProjectFileHost({ currentProject, actions }: Props) {
  const current = useRef(currentProject)
  current.current = currentProject
  const { importPath, importDropped, exportProject } = actions

  useEffect(() => {
    const offExport = window.arbiter.onEvent('menu.exportProject', () => current.current && exportProject(current.current))
    const offImport = window.arbiter.onEvent('menu.importProject', (path) => importPath(typeof path === 'string' ? path : null))
    // A .arbiter file dropped anywhere outside the Sources tab's own drop zone.
    const onDragOver = (event: DragEvent) => event.preventDefault()
    const onDrop = (event: DragEvent) => {
      const file = [...(event.dataTransfer?.files ?? [])].find((f) => f.name.toLowerCase().endsWith('.arbiter'))
      if (!file) return
      event.preventDefault()
      void importDropped(file)
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      offExport()
      offImport()
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [exportProject, importPath, importDropped])

  const clash = actions.clash
  return (
    <Dialog
      title={`A project named “${clash?.summary.projectName ?? ''}” already exists`}
      open={clash !== null}
      onClose={() => actions.resolveClash(null)}
      testId="name-clash-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={() => actions.resolveClash(null)}>Cancel</button>
          <button type="button" className="button" onClick={() => actions.resolveClash('keep-both')}>Keep both</button>
          <button type="button" className="button button--danger" onClick={() => actions.resolveClash('replace')}>Replace</button>
        </>
      }
    >
      <p>
        <strong>Keep both</strong> imports the file under a new name. <strong>Replace</strong> moves the current project to
        Recently deleted (you can restore it until you quit) and imports the file in its place.
      </p>
    </Dialog>
  )
}
