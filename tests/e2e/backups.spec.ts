import { expect, test } from './bridge'

test.describe('backups', () => {
  test('lists backups, backs up now, and confirms before restoring', async ({ app: { page, store } }) => {
    await page.getByTestId('open-backups').click()
    const dialog = page.getByTestId('backups-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog).toContainText('No backups yet.')

    await dialog.getByRole('button', { name: 'Back up now' }).click()
    await expect(dialog.getByTestId('backup-row')).toHaveCount(1)
    await expect(dialog.getByTestId('backup-row')).toContainText('Backed up by hand')
    await expect(dialog.getByTestId('backup-row')).toContainText(/\d+ KB/)
    expect((await store().services.backups.list(undefined)).map((b) => b.reason)).toEqual(['manual'])

    // A backup made by main on its own (at start, on the interval) shows on the next opening.
    await store().services.backups.create(undefined)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await page.getByTestId('open-backups').click()
    await expect(dialog.getByTestId('backup-row')).toHaveCount(2)

    await dialog.getByRole('button', { name: 'Restore…' }).first().click()
    const confirm = page.getByTestId('restore-backup-dialog')
    await expect(confirm).toContainText('Your current database is backed up first')
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByTestId('backups-dialog').getByTestId('backup-row')).toHaveCount(2)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('backups-dialog')).toBeHidden()
  })
})
