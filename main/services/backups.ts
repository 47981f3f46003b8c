/**
 * The `backups` contract group. Restoring swaps the database file under the open store, which
 * only the shell can do (close, restore, reopen), so it arrives as a port.
 */
import type { Backup, RestoreResult } from '../../shared/domain/backup'
import { ArbiterError } from '../../shared/errors'
import { passesQuickCheck } from '../db/backup-files'
import { BackupError, type BackupManager } from '../db/backups'

/** Closes the store, restores `backupPath` over the database file and reopens it. */
export type RestorePort = (backupPath: string) => Promise<{ safetyCopy: string | null }>

export const noRestorer: RestorePort = async () => {
  throw new ArbiterError('INTERNAL', 'Restoring a backup is only possible in the Arbiter app.')
}

export function createBackupService(manager: BackupManager, restorer: RestorePort) {
  return {
    async list(): Promise<Backup[]> {
      return manager.list()
    },

    async create(): Promise<Backup> {
      try {
        return await manager.backupNow('manual')
      } catch (error) {
        if (error instanceof BackupError) throw new ArbiterError('INTERNAL', error.message)
        throw error
      }
    },

    async restore({ fileName }: { fileName: string }): Promise<RestoreResult> {
      // Only names from the folder's own listing: the renderer never supplies a path.
      const backup = manager.list().find((b) => b.fileName === fileName)
      if (!backup) throw new ArbiterError('NOT_FOUND', `There is no backup called ${fileName}.`)
      if (!passesQuickCheck(backup.path)) {
        throw new ArbiterError('CONFLICT', `The backup ${fileName} failed its integrity check, so it was not restored; nothing was changed.`)
      }
      await manager.idle()
      try {
        const { safetyCopy } = await restorer(backup.path)
        return { restoredFrom: backup.fileName, safetyCopy }
      } catch (error) {
        if (error instanceof BackupError) throw new ArbiterError('INTERNAL', error.message)
        throw error
      }
    },
  }
}
