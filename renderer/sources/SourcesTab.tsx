import type { Project } from '../../shared/domain/project'
import { Icon } from '../ui/Icon'

/** Articles, benchmarks and notes that the project's scores cite. */
export function SourcesTab({ project }: { project: Project }) {
  return (
    <div className="empty-state" data-testid="sources-tab">
      <Icon name="source" size={32} />
      <h2>No sources in {project.name}</h2>
      <p>Sources are the articles, benchmarks and notes behind your scores. Each claim you quote from them can back a score and be cited in a decision record.</p>
    </div>
  )
}
