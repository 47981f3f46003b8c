import type { Project } from '../../shared/domain/project'
import { Icon } from '../ui/Icon'

/** The side-by-side matrix of options and weighted criteria. */
export function CompareTab({ project }: { project: Project }) {
  return (
    <div className="empty-state" data-testid="compare-tab">
      <Icon name="compare" size={32} />
      <h2>Nothing to compare in {project.name} yet</h2>
      <p>The comparison lists the options as columns and your weighted criteria as rows, with the evidence behind every score.</p>
    </div>
  )
}
