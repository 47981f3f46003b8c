/**
 * Electron entry: lifecycle, security defaults, the database, IPC and the window. Everything
 * with logic lives in plain-Node modules below (db/, services/, ipc.ts).
 */
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { createBackupManager, restoreBackup, startBackupSchedule } from './db/backups'
import { openStore, StoreOpenError, type Store } from './db/connection'
import { resolveDatabasePath } from './db/location'
import { moveAside } from './db/recovery'
import { checkDatabaseAtStart, describeDamage } from './db/startup-check'
import { describeStoreProblem } from './db/store-problems'
import { createDialogPort } from './dialogs'
import { createDispatcher, registerIpc, type Dispatch } from './ipc'
import { installAppMenu } from './menu'
import { createServices } from './services'
import { isAllowedRequest } from './url-policy'
import { appPageUrl, createMainWindow, isTrustedSender } from './window'

const sessionStartedAt = new Date().toISOString()
let mainWindow: BrowserWindow | null = null

async function openStoreOrOfferFresh(path: string): Promise<Store | null> {
  try {
    return await openStore(path)
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error
    const { message, detail } = describeStoreProblem(error.problem)
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Arbiter',
      message,
      detail: `${detail}\n\n${error.message}\n\nYou can start with a fresh database; the old file will be kept beside it under a new name.`,
      buttons: ['Start with a Fresh Database', 'Quit'],
      defaultId: 0,
      cancelId: 1,
    })
    if (choice !== 0) return null
    const keptAt = moveAside(path, error.problem)
    const store = await openStore(path)
    dialog.showMessageBoxSync({ type: 'info', title: 'Arbiter', message: 'Started with a fresh database.', detail: `The old file was kept as:\n${keptAt}` })
    return store
  }
}

/** A damaged database is moved aside before anything opens it; offers its newest good backup. False: quit. */
async function recoverDamagedDatabase(path: string): Promise<boolean> {
  const check = checkDatabaseAtStart(path)
  if (check.status === 'ok') return true
  const { message, detail } = describeDamage(check)
  const buttons = check.newestGoodBackup ? ['Restore the Backup', 'Start with an Empty Database', 'Quit'] : ['Start with an Empty Database', 'Quit']
  const choice = dialog.showMessageBoxSync({ type: 'warning', title: 'Arbiter', message, detail, buttons, defaultId: 0, cancelId: buttons.length - 1 })
  if (choice === buttons.length - 1) return false
  if (check.newestGoodBackup && choice === 0) await restoreBackup(path, check.newestGoodBackup)
  return true
}

function lockDownSession(): void {
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, appPageUrl) }))
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}

async function start(): Promise<void> {
  await app.whenReady()
  lockDownSession()
  const databasePath = resolveDatabasePath(process.argv, process.env, app.getPath('userData'))
  if (!(await recoverDamagedDatabase(databasePath))) return app.quit()
  const opened = await openStoreOrOfferFresh(databasePath)
  if (!opened) return app.quit()
  let store: Store = opened
  let backups = createBackupManager(store)
  // Before the purge below, so the start backup still holds last session's deleted projects.
  if (!store.isNew) await backups.backupNow('start').catch((error: unknown) => console.error(error))
  let stopBackups = startBackupSchedule(backups, (error) => console.error(error))

  const dialogs = createDialogPort(() => mainWindow)
  // Restoring swaps the database file: stop backups, close the store, restore, reopen, and
  // answer every later call from services on the reopened store.
  const restorer = async (backupPath: string) => {
    stopBackups()
    await backups.idle()
    await store.close()
    try {
      return { safetyCopy: await restoreBackup(databasePath, backupPath) }
    } finally {
      store = await openStore(databasePath)
      backups = createBackupManager(store)
      stopBackups = startBackupSchedule(backups, (error) => console.error(error))
      dispatch = createDispatcher(makeServices())
    }
  }
  const makeServices = () =>
    createServices(store, {
      version: app.getVersion(),
      platform: process.platform,
      sessionStartedAt,
      dialogs,
      onRecentFilesChanged: (files) => installAppMenu(() => mainWindow, databasePath, files),
      backups,
      restorer,
    })
  const services = makeServices()
  let dispatch: Dispatch = createDispatcher(services)
  await services.projects.purgeDeletedBefore(sessionStartedAt)
  // A new database opens on the worked example, so the first screen shows what Arbiter does.
  if (store.isNew) await services.projects.createSample()
  registerIpc(ipcMain, (path, input) => dispatch(path, input), isTrustedSender)
  installAppMenu(() => mainWindow, databasePath, await services.projectFiles.recent(undefined))
  mainWindow = createMainWindow()
  mainWindow.on('closed', () => (mainWindow = null))

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    stopBackups()
    store.sqlite.close()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.setAboutPanelOptions({ applicationName: 'Arbiter', copyright: 'Architecture decisions backed by cited evidence.' })
  start().catch((error: unknown) => {
    dialog.showErrorBox('Arbiter could not start', (error as Error)?.stack ?? String(error))
    app.exit(1)
  })
}
