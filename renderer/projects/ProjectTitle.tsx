/** The project's name as a heading that turns into a field to rename it (Enter saves, Escape cancels). */
import { useState } from 'react'
import type { Project } from '../../shared/domain/project'
import { errorMessage } from '../api/client'
import { Icon } from '../ui/Icon'
import { useRenameProject } from './queries'

export function ProjectTitle({ project }: { project: Project }) {
  const [draft, setDraft] = useState<string | null>(null)
  const rename = useRenameProject()

  const stop = () => {
    setDraft(null)
    rename.reset()
  }
  const save = () => {
    if (draft === null || draft === project.name) return stop()
    rename.mutate({ id: project.id, name: draft }, { onSuccess: stop })
  }

  if (draft === null) {
    return (
      <div className="project-title">
        <h1 className="page__title" onDoubleClick={() => setDraft(project.name)} data-testid="project-title">
          {project.name}
        </h1>
        <button type="button" className="icon-button" aria-label="Rename project" title="Rename" onClick={() => setDraft(project.name)}>
          <Icon name="pencil" />
        </button>
      </div>
    )
  }
  return (
    <form
      className="project-title project-title--editing"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <input
        className="input input--title"
        aria-label="Project name"
        autoFocus
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && stop()}
      />
      <button type="submit" className="button button--primary" disabled={rename.isPending}>
        Save
      </button>
      <button type="button" className="button" onClick={stop}>
        Cancel
      </button>
      {rename.isError && (
        <p className="form-error" role="alert" data-testid="form-error">
          {errorMessage(rename.error)}
        </p>
      )}
    </form>
  )
}
