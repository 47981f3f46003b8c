import type { Project } from '../../shared/domain/project'
import { Icon } from '../ui/Icon'

/** The project's architecture decision records. */
export function DecisionsTab({ project }: { project: Project }) {
  return (
    <div className="empty-state" data-testid="decisions-tab">
      <Icon name="decision" size={32} />
      <h2>No decisions recorded in {project.name}</h2>
      <p>Decision records capture what was chosen and why, citing the claims behind the comparison.</p>
    </div>
  )
}
