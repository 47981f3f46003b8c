/** The creation, import and export actions: above the list, or in the empty state. */
import type { ReactNode } from 'react'
import { Icon } from '../ui/Icon'

type Actions = {
  onCreate: (fromComparison: boolean) => void
  creating: boolean
  onImport: () => void
  importing: boolean
  onExport: () => void
}

/** The drafted record first: it is what most people want. */
function CreateButtons({ onCreate, creating }: Pick<Actions, 'onCreate' | 'creating'>) {
  const blank = (
    <button type="button" className="button" onClick={() => onCreate(false)} disabled={creating} data-testid="new-blank-decision">
      <Icon name="plus" size={14} /> Blank decision
    </button>
  )
  const drafted = (
    <button type="button" className="button button--primary" onClick={() => onCreate(true)} disabled={creating}
      data-testid="new-decision-from-comparison" title="Drafts the title, drivers, options, outcome and pros and cons from the comparison, citing its claims">
      <Icon name="decision" size={14} /> New decision from the comparison
    </button>
  )
  return <>{drafted}{blank}</>
}

/** Creation first (the usual next step), files on the right, the filters on their own row below. */
export function DecisionsToolbar({ children, ...actions }: Actions & { children: ReactNode }) {
  return (
    <>
      <div className="decisions-toolbar">
        <CreateButtons onCreate={actions.onCreate} creating={actions.creating} />
        <span className="spacer" />
        <button type="button" className="button" onClick={actions.onImport} disabled={actions.importing} data-testid="import-folder">
          <Icon name="folder" size={14} /> Import folder…
        </button>
        <button type="button" className="button" onClick={actions.onExport} data-testid="export-decisions">
          Export…
        </button>
      </div>
      {children}
    </>
  )
}

export function DecisionsEmpty({ projectName, ...actions }: Actions & { projectName: string }) {
  return (
    <div className="empty-state" data-testid="decisions-empty">
      <Icon name="decision" size={32} />
      <h2>No decisions recorded in {projectName}</h2>
      <p>
        A decision record says what was chosen and why, citing the claims behind the comparison. Draft one from the comparison, start
        from a blank MADR template, or import a folder of existing ADRs.
      </p>
      <div className="empty-state__actions">
        <CreateButtons onCreate={actions.onCreate} creating={actions.creating} />
      </div>
      <button type="button" className="link-button" onClick={actions.onImport} disabled={actions.importing} data-testid="import-folder">
        Import a folder of ADRs…
      </button>
    </div>
  )
}
