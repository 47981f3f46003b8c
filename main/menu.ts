/** The application menu: the usual roles, plus project commands sent to the renderer. */
import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { eventChannelOf, type EventName } from '../shared/contract'

export function installAppMenu(getWindow: () => BrowserWindow | null, databasePath: string, recentProjectFiles: readonly string[] = []): void {
  const isMac = process.platform === 'darwin'
  const isDev = !app.isPackaged && Boolean(process.env['ELECTRON_RENDERER_URL'])
  const send = (name: EventName, payload: unknown = null) => () => getWindow()?.webContents.send(eventChannelOf(name), payload)

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: send('menu.newProject') },
        { label: 'New Project from Sample', click: send('menu.newSampleProject') },
        { type: 'separator' },
        { label: 'Import Project…', accelerator: 'CmdOrCtrl+O', click: send('menu.importProject') },
        {
          label: 'Open Recent',
          submenu: recentProjectFiles.length
            ? recentProjectFiles.map((path) => ({ label: path, click: send('menu.importProject', path) }))
            : [{ label: 'No recent project files', enabled: false }],
        },
        { label: 'Export Project…', accelerator: 'CmdOrCtrl+E', click: send('menu.exportProject') },
        { type: 'separator' },
        { label: 'Close Project', accelerator: 'CmdOrCtrl+Shift+W', click: send('menu.closeProject') },
        { type: 'separator' },
        { label: 'Show Database File', click: () => shell.showItemInFolder(databasePath) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...(isDev
          ? [{ role: 'reload' as const }, { role: 'forceReload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Backups…', click: send('menu.backups') },
        { type: 'separator' },
        { label: `About Arbiter ${app.getVersion()}`, click: () => app.showAboutPanel() },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
