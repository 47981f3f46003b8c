/** The Compare tab: loads the project's options, criteria, scores and evidence, or says what is missing. */
import type { Project } from '../../shared/domain/project'
import { errorMessage } from '../api/client'
import { useClaimsWithStatus, useConflictSummary, useCriteria, useOptions, useSources } from '../sources/queries'
import { Icon } from '../ui/Icon'
import { CompareWorkspace } from './CompareWorkspace'
import { useCompareSnapshot } from './queries'
import './compare.css'

export function CompareTab({ project }: { project: Project }) {
  const projectId = project.id
  const options = useOptions(projectId)
  const criteria = useCriteria(projectId)
  const snapshot = useCompareSnapshot(projectId)
  const claims = useClaimsWithStatus(projectId, 'accepted')
  const conflicts = useConflictSummary(projectId)
  const sources = useSources(projectId)
  const queries = [options, criteria, snapshot, claims, conflicts, sources]

  const failed = queries.find((q) => q.isError)
  if (failed) {
    return (
      <div className="compare" data-testid="compare-tab">
        <p className="form-error" role="alert">Could not load the comparison: {errorMessage(failed.error)}</p>
      </div>
    )
  }
  if (!options.data || !criteria.data || !snapshot.data || !claims.data || !conflicts.data || !sources.data) {
    return <div className="compare compare--loading" data-testid="compare-tab" aria-busy="true">Loading the comparison…</div>
  }
  if (options.data.length === 0 || criteria.data.length === 0) {
    const missing = options.data.length === 0 && criteria.data.length === 0 ? 'options and criteria' : options.data.length === 0 ? 'options' : 'criteria'
    return (
      <div className="empty-state" data-testid="compare-tab">
        <Icon name="compare" size={32} />
        <h2 data-testid="compare-empty">Nothing to compare in {project.name} yet</h2>
        <p>
          The comparison lists the options as columns and your weighted criteria as rows. This project has no {missing} yet: add them
          in the Sources tab under <strong>Options &amp; criteria</strong> (a starter set of criteria is one click there).
        </p>
        <a className="button button--primary" href={`#/projects/${projectId}/sources`}>Go to Sources</a>
      </div>
    )
  }
  return (
    <CompareWorkspace
      projectId={projectId}
      options={options.data}
      criteria={criteria.data}
      snapshot={snapshot.data}
      claims={claims.data}
      conflicts={conflicts.data}
      sources={sources.data}
    />
  )
}
