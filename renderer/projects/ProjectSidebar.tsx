/** The left column: every project, the one that is open highlighted, and recently deleted ones. */
import type { ProjectSummary } from '../../shared/domain/project'
import { errorMessage } from '../api/client'
import { OpenBackupsButton } from '../backups/BackupsDialog'
import { Icon } from '../ui/Icon'
import { useToasts } from '../ui/Toasts'
import { useDeletedProjects, useRestoreProject } from './queries'

type Props = {
  projects: ProjectSummary[]
  selectedId: number | null
  onSelect: (id: number | null) => void
  onNew: () => void
}

export function ProjectSidebar({ projects, selectedId, onSelect, onNew }: Props) {
  return (
    <nav className="sidebar" aria-label="Projects">
      <button type="button" className="sidebar__brand" onClick={() => onSelect(null)}>
        <span className="brand-mark" aria-hidden="true">A</span>
        Arbiter
      </button>
      <div className="sidebar__heading">
        <span>Projects</span>
        <button type="button" className="icon-button" aria-label="New project" title="New project (Ctrl+N)" onClick={onNew}>
          <Icon name="plus" />
        </button>
      </div>
      <ul className="sidebar__list" data-testid="project-list">
        {projects.map((project) => (
          <li key={project.id}>
            <button
              type="button"
              className={`sidebar__item${project.id === selectedId ? ' is-selected' : ''}`}
              aria-current={project.id === selectedId ? 'page' : undefined}
              onClick={() => onSelect(project.id)}
            >
              <Icon name="folder" />
              <span className="sidebar__name">{project.name}</span>
            </button>
          </li>
        ))}
        {projects.length === 0 && <li className="sidebar__empty">No projects yet</li>}
      </ul>
      <RecentlyDeleted />
      <OpenBackupsButton />
    </nav>
  )
}

function RecentlyDeleted() {
  const deleted = useDeletedProjects()
  const restore = useRestoreProject()
  const toasts = useToasts()
  if (!deleted.data?.length) return null
  return (
    <details className="sidebar__trash" data-testid="recently-deleted">
      <summary>Recently deleted ({deleted.data.length})</summary>
      <ul>
        {deleted.data.map((project) => (
          <li key={project.id}>
            <span className="sidebar__name">{project.name}</span>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                restore.mutate({ id: project.id }, { onError: (e) => toasts.show({ message: errorMessage(e), tone: 'error' }) })
              }
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  )
}
