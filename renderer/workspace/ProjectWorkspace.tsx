/** An open project: its title, actions, and the Sources / Compare / Decisions tabs. */
import type { Project } from '../../shared/domain/project'
import { CompareTab } from '../compare/CompareTab'
import { DecisionsTab } from '../decisions/DecisionsTab'
import { ProjectTitle } from '../projects/ProjectTitle'
import { SourcesTab } from '../sources/SourcesTab'
import { formatWhen } from '../ui/format'
import { Icon, type IconName } from '../ui/Icon'
import type { Focus, WorkspaceTab } from '../ui/useHashRoute'

const tabs: { id: WorkspaceTab; label: string; icon: IconName }[] = [
  { id: 'sources', label: 'Sources', icon: 'source' },
  { id: 'compare', label: 'Compare', icon: 'compare' },
  { id: 'decisions', label: 'Decisions', icon: 'decision' },
]

type Props = { project: Project; tab: WorkspaceTab; focus: Focus | null; onTab: (tab: WorkspaceTab) => void; onDelete: () => void; onExport: () => void }

export function ProjectWorkspace({ project, tab, focus, onTab, onDelete, onExport }: Props) {
  return (
    <main className="page page--workspace" data-testid="project-workspace">
      <header className="page__header">
        <div className="page__heading">
          <ProjectTitle key={project.id} project={project} />
          <p className="page__subtitle">
            {project.description || 'No description'} · updated {formatWhen(project.updatedAt)}
          </p>
        </div>
        <div className="page__actions">
          <button type="button" className="button" onClick={onExport} title="Save this project as one .arbiter file (File → Export Project…)">
            Export project…
          </button>
          <button type="button" className="button button--quiet" onClick={onDelete}>
            <Icon name="trash" /> Delete project
          </button>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Project views">
        {tabs.map(({ id, label, icon }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            className={`tabs__tab${tab === id ? ' is-selected' : ''}`}
            onClick={() => onTab(id)}
          >
            <Icon name={icon} /> {label}
          </button>
        ))}
      </div>
      <section className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'sources' && <SourcesTab project={project} focus={focus} />}
        {tab === 'compare' && <CompareTab project={project} />}
        {tab === 'decisions' && <DecisionsTab project={project} focus={focus} />}
      </section>
    </main>
  )
}
