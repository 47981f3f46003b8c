/** Asks for a name (and an optional description) and creates the project. */
import { useState } from 'react'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { useCreateProject } from './queries'

type Props = { open: boolean; onClose: () => void; onCreated: (projectId: number) => void }

export function NewProjectDialog({ open, onClose, onCreated }: Props) {
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const create = useCreateProject()

  const close = () => {
    setName('')
    setDescription('')
    create.reset()
    onClose()
  }
  const submit = () =>
    create.mutate(
      { name, description },
      {
        onSuccess: (project) => {
          close()
          onCreated(project.id)
        },
      },
    )

  return (
    <Dialog
      title="New project"
      open={open}
      onClose={close}
      onSubmit={submit}
      testId="new-project-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            Create project
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field__label">Name</span>
        <input
          className="input"
          name="name"
          autoFocus
          value={name}
          placeholder="e.g. Backend framework for the billing API"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">
          Description <span className="field__hint">optional</span>
        </span>
        <textarea
          className="input"
          name="description"
          rows={3}
          value={description}
          placeholder="What is being decided, and for whom?"
          onChange={(event) => setDescription(event.target.value)}
        />
      </label>
      {create.isError && (
        <p className="form-error" role="alert" data-testid="form-error">
          {errorMessage(create.error)}
        </p>
      )}
    </Dialog>
  )
}
