/** Captures the Backups dialog and its restore confirm with a realistic history of backups. */
import { join } from 'node:path'
import { createBackupManager } from '../../main/db/backups'
import type { BackupReason } from '../../shared/domain/backup'
import { expect, test, type Harness } from './bridge'

const folder = join(import.meta.dirname, '../../screenshots')
const shoot = (app: Harness, name: string) => app.page.screenshot({ path: join(folder, `${name}.png`) })
const HOUR = 60 * 60 * 1000

test('backups dialog', async ({ app }) => {
  const { page } = app
  const { store, services } = app.store()
  await services.projects.createSample()
  const history: [number, BackupReason][] = [[74, 'start'], [50, 'start'], [49.5, 'interval'], [26, 'start'], [2.5, 'manual'], [0.5, 'interval']]
  for (const [hoursAgo, reason] of history) {
    await createBackupManager(store, { now: () => new Date(Date.now() - hoursAgo * HOUR) }).backupNow(reason)
  }
  await page.reload()
  await page.getByTestId('open-backups').click()
  await expect(page.getByTestId('backup-row')).toHaveCount(history.length)
  await shoot(app, 'backups-01-list')
  await page.getByRole('button', { name: 'Restore…' }).nth(2).click()
  await expect(page.getByTestId('restore-backup-dialog')).toBeVisible()
  await shoot(app, 'backups-02-restore-confirm')
})
