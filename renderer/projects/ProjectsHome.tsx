/** The start page: every project as a card with what it holds and when it last changed. */
import type { ProjectSummary } from '../../shared/domain/project'
import { formatWhen, plural } from '../ui/format'
import { Icon } from '../ui/Icon'

type Props = { projects: ProjectSummary[]; onOpen: (id: number) => void; onNew: () => void; onNewSample: () => void; onImportFile: () => void }

export function ProjectsHome({ projects, onOpen, onNew, onNewSample, onImportFile }: Props) {
  return (
    <main className="page" data-testid="projects-home">
      <header className="page__header">
        <div>
          <h1 className="page__title">Projects</h1>
          <p className="page__subtitle">Each project compares candidate technologies for one decision, with the evidence behind every score.</p>
        </div>
        <div className="page__actions">
          <button type="button" className="button" onClick={onImportFile}>
            Import project file…
          </button>
          <button type="button" className="button" onClick={onNewSample}>
            New project from sample
          </button>
          <button type="button" className="button button--primary" onClick={onNew}>
            <Icon name="plus" /> New project
          </button>
        </div>
      </header>
      {projects.length === 0 ? (
        <div className="empty-state">
          <h2>Start your first comparison</h2>
          <p>Create a project for a decision you are facing, such as choosing a backend framework or a message broker, or explore the worked example first.</p>
          <div className="page__actions">
            <button type="button" className="button" onClick={onNewSample}>
              Open the sample project
            </button>
            <button type="button" className="button button--primary" onClick={onNew}>
              New project
            </button>
          </div>
        </div>
      ) : (
        <ul className="project-grid">
          {projects.map((project) => (
            <li key={project.id}>
              <button type="button" className="project-card" onClick={() => onOpen(project.id)} data-testid="project-card">
                <span className="project-card__name">
                  {project.name}
                  {project.isSample && <span className="badge">Sample</span>}
                </span>
                <span className="project-card__description">{project.description || 'No description'}</span>
                <span className="project-card__meta">
                  {plural(project.sourceCount, 'source')} · {plural(project.optionCount, 'option')} ·{' '}
                  {plural(project.decisionCount, 'decision')}
                </span>
                <span className="project-card__when">Updated {formatWhen(project.updatedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
