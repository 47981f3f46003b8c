/** Layout and navigation: sidebar of projects, and either the start page or an open project. */
import { useCallback, useEffect, useRef, useState } from 'react'
import { NewProjectDialog } from './projects/NewProjectDialog'
import { DeleteProjectDialog } from './projects/DeleteProjectDialog'
import { ProjectSidebar } from './projects/ProjectSidebar'
import { ProjectFileHost, useProjectFileActions } from './projects/ProjectFileHost'
import { ProjectsHome } from './projects/ProjectsHome'
import { useCreateSampleProject, useProject, useProjects } from './projects/queries'
import { errorMessage } from './api/client'
import { useToasts } from './ui/Toasts'
import { useHashRoute } from './ui/useHashRoute'
import { BackupsDialogHost } from './backups/BackupsDialog'
import { SearchPalette } from './search/SearchPalette'
import { ProjectWorkspace } from './workspace/ProjectWorkspace'

export function App() {
  const [route, navigate] = useHashRoute()
  const [creating, setCreating] = useState(false)
  const [deleting, setDeleting] = useState<{ id: number; name: string } | null>(null)
  const projects = useProjects()
  const project = useProject(route.projectId)
  const createSample = useCreateSampleProject()
  const toasts = useToasts()

  const openSampleRef = useRef(() => {})
  useEffect(() => {
    const offNew = window.arbiter.onEvent('menu.newProject', () => setCreating(true))
    const offSample = window.arbiter.onEvent('menu.newSampleProject', () => openSampleRef.current())
    const offClose = window.arbiter.onEvent('menu.closeProject', () => navigate({ projectId: null, tab: 'sources' }))
    return () => {
      offNew()
      offSample()
      offClose()
    }
  }, [navigate])

  // Tests and the screenshot script wait for this instead of guessing at timeouts.
  useEffect(() => {
    if (projects.isSuccess) document.body.dataset.appReady = 'true'
  }, [projects.isSuccess])

  const open = useCallback((projectId: number | null) => navigate({ projectId, tab: 'sources' }), [navigate])
  const openSample = () =>
    createSample.mutate(undefined, {
      onSuccess: (sample) => open(sample.id),
      onError: (error) => toasts.show({ message: errorMessage(error), tone: 'error' }),
    })
  // The menu listener is registered once; the ref always calls the latest handler.
  openSampleRef.current = openSample
  const projectFiles = useProjectFileActions(open)

  let content
  if (projects.isError) content = <main className="page"><p className="form-error" role="alert">{errorMessage(projects.error)}</p></main>
  else if (route.projectId === null) content = <ProjectsHome projects={projects.data ?? []} onOpen={open} onNew={() => setCreating(true)} onNewSample={openSample} onImportFile={() => projectFiles.importPath(null)} />
  else if (project.isError)
    content = (
      <main className="page empty-state" data-testid="project-missing">
        <h2>This project is not available</h2>
        <p>{errorMessage(project.error)}</p>
        <button type="button" className="button" onClick={() => open(null)}>Back to projects</button>
      </main>
    )
  else if (project.data)
    content = (
      <ProjectWorkspace
        project={project.data}
        tab={route.tab}
        focus={route.focus ?? null}
        onTab={(tab) => navigate({ projectId: project.data.id, tab })}
        onDelete={() => setDeleting({ id: project.data.id, name: project.data.name })}
        onExport={() => projectFiles.exportProject(project.data)}
      />
    )

  return (
    <div className="app">
      <ProjectSidebar projects={projects.data ?? []} selectedId={route.projectId} onSelect={open} onNew={() => setCreating(true)} />
      {content ?? <main className="page" aria-busy="true" />}
      <NewProjectDialog open={creating} onClose={() => setCreating(false)} onCreated={open} />
      <SearchPalette />
      <BackupsDialogHost />
      <ProjectFileHost currentProject={route.projectId !== null && project.data ? project.data : null} actions={projectFiles} />
      <DeleteProjectDialog project={deleting} onClose={() => setDeleting(null)} onDeleted={() => open(null)} />
    </div>
  )
}
