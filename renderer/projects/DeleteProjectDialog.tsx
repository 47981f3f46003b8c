/** Confirms a delete, then offers Undo in a toast (the project stays restorable all session). */
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { useToasts } from '../ui/Toasts'
import { useRemoveProject, useRestoreProject } from './queries'

type Props = { project: { id: number; name: string } | null; onClose: () => void; onDeleted: () => void }

export function DeleteProjectDialog({ project, onClose, onDeleted }: Props) {
  const remove = useRemoveProject()
  const restore = useRestoreProject()
  const toasts = useToasts()

  const confirm = () => {
    if (!project) return
    remove.mutate(
      { id: project.id },
      {
        onSuccess: (deleted) => {
          onClose()
          onDeleted()
          toasts.show({
            message: `Deleted “${deleted.name}”.`,
            actionLabel: 'Undo',
            onAction: () =>
              restore.mutate(
                { id: deleted.id },
                { onError: (error) => toasts.show({ message: errorMessage(error), tone: 'error' }) },
              ),
          })
        },
      },
    )
  }

  return (
    <Dialog
      title={`Delete “${project?.name ?? ''}”?`}
      open={project !== null}
      onClose={onClose}
      onSubmit={confirm}
      testId="delete-project-dialog"
      tone="danger"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={remove.isPending}>
            Delete project
          </button>
        </>
      }
    >
      <p>
        Its sources, claims, scores and decisions go with it. You can undo this until you quit Arbiter, from the
        notice or from <em>Recently deleted</em> in the sidebar.
      </p>
      {remove.isError && <p className="form-error" role="alert">{errorMessage(remove.error)}</p>}
    </Dialog>
  )
}
