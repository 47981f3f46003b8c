/**
 * Backups: the list (when, why, size), "Back up now", and restoring one after a confirm that
 * says the current database is backed up first. Opened from the menu or the sidebar.
 */
import { useEffect, useState } from 'react'
import type { Backup, BackupReason, RestoreResult } from '../../shared/domain/backup'
import { errorMessage } from '../api/client'
import { Dialog } from '../ui/Dialog'
import { formatWhen } from '../ui/format'
import { useToasts } from '../ui/Toasts'
import { useBackups, useCreateBackup, useRestoreBackup } from './queries'
import './backups.css'

const reasons: Record<BackupReason, string> = {
  start: 'When Arbiter started',
  interval: 'Automatic, after changes',
  'before-restore': 'Before a restore',
  manual: 'Backed up by hand',
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
export const formatBackupDate = (iso: string) => dateTime.format(new Date(iso))

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

type Props = { open: boolean; onClose: () => void; onRestored: (backup: Backup, result: RestoreResult) => void }

export function BackupsDialog({ open, onClose, onRestored }: Props) {
  const [confirming, setConfirming] = useState<Backup | null>(null)
  const create = useCreateBackup()
  const restore = useRestoreBackup()
  const close = () => {
    setConfirming(null)
    create.reset()
    restore.reset()
    onClose()
  }

  if (confirming) {
    const confirm = () => restore.mutate(confirming.fileName, { onSuccess: (result) => onRestored(confirming, result) })
    return (
      <Dialog
        title={`Restore the backup from ${formatBackupDate(confirming.createdAt)}?`}
        open={open}
        onClose={close}
        onSubmit={confirm}
        testId="restore-backup-dialog"
        tone="danger"
        footer={
          <>
            <button type="button" className="button" onClick={() => (restore.reset(), setConfirming(null))} autoFocus>
              Cancel
            </button>
            <button type="submit" className="button button--danger" disabled={restore.isPending}>
              {restore.isPending ? 'Restoring…' : 'Restore backup'}
            </button>
          </>
        }
      >
        <div className="backups__confirm">
          <p>Arbiter will replace its database with this backup, so changes made since then are set aside.</p>
          <p>
            Your current database is backed up first, as a “Before a restore” backup in this list, so you can go back to
            it the same way.
          </p>
        </div>
        {restore.isError && <p className="form-error" role="alert">{errorMessage(restore.error)}</p>}
      </Dialog>
    )
  }

  return (
    <Dialog
      title="Backups"
      open={open}
      onClose={close}
      testId="backups-dialog"
      footer={
        <>
          <button type="button" className="button backups__footer-left" onClick={() => create.mutate()} disabled={create.isPending}>
            {create.isPending ? 'Backing up…' : 'Back up now'}
          </button>
          <button type="button" className="button button--primary" onClick={close}>
            Close
          </button>
        </>
      }
    >
      {open && <BackupList onRestore={setConfirming} />}
      {create.isError && <p className="form-error" role="alert">{errorMessage(create.error)}</p>}
    </Dialog>
  )
}

/** Mounted only while the dialog is open, so each opening fetches the current list. */
function BackupList({ onRestore }: { onRestore: (backup: Backup) => void }) {
  const backups = useBackups()
  const list = backups.data ?? []
  return (
    <>
      <p className="backups__intro">
        Arbiter backs up its database when it starts and every 30 minutes while it is open, if anything changed. It keeps
        the newest 10 and one from each of the last 7 days.
      </p>
      {backups.isError && <p className="form-error" role="alert">{errorMessage(backups.error)}</p>}
      <div className="backups__scroll">
        <table className="backups__table" data-testid="backup-list">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col" className="backups__size">Size</th>
              <th scope="col" aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.fileName} data-testid="backup-row">
                <td>
                  {formatBackupDate(backup.createdAt)}
                  <span className="backups__when">{formatWhen(backup.createdAt)}</span>
                </td>
                <td>{reasons[backup.reason]}</td>
                <td className="backups__size">{formatBytes(backup.bytes)}</td>
                <td className="backups__action">
                  <button type="button" className="button" onClick={() => onRestore(backup)} title={backup.fileName}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {backups.isSuccess && list.length === 0 && <p className="backups__empty">No backups yet.</p>}
      </div>
      {list[0] && <p className="backups__folder">Kept in {list[0].path.slice(0, -list[0].fileName.length)}</p>}
    </>
  )
}

// "Open backups" can come from the sidebar button as well as the menu; both reach the one host.
const openers = new Set<() => void>()
export const openBackupsDialog = () => openers.forEach((open) => open())

const RESTORED_KEY = 'arbiter.restoredBackup'

/** The dialog, opened by File → Backups… (`menu.backups`) or `openBackupsDialog()`. Mount once. */
export function BackupsDialogHost() {
  const [open, setOpen] = useState(false)
  const toasts = useToasts()
  useEffect(() => {
    const show = () => setOpen(true)
    openers.add(show)
    const off = window.arbiter.onEvent('menu.backups', show)
    return () => {
      openers.delete(show)
      off()
    }
  }, [])

  // After a restore the page reloads, so no view keeps state from the old database; this says what happened.
  useEffect(() => {
    const note = sessionStorage.getItem(RESTORED_KEY)
    if (!note) return
    sessionStorage.removeItem(RESTORED_KEY)
    toasts.show({ message: note })
  }, [toasts])

  const restored = (backup: Backup, result: RestoreResult) => {
    const kept = result.safetyCopy ? ' The database as it was is kept as a “Before a restore” backup.' : ''
    sessionStorage.setItem(RESTORED_KEY, `Restored the backup from ${formatBackupDate(backup.createdAt)}.${kept}`)
    // Back to the project list: the open project may not exist in the restored database.
    window.history.replaceState(null, '', '#/')
    window.location.reload()
  }

  return <BackupsDialog open={open} onClose={() => setOpen(false)} onRestored={restored} />
}

/** The sidebar entry that opens the dialog (the menu is the other way in). */
export function OpenBackupsButton() {
  return (
    <div className="sidebar__backups">
      <button type="button" className="link-button" data-testid="open-backups" onClick={openBackupsDialog}>
        Backups…
      </button>
    </div>
  )
}
