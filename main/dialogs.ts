/** The system pickers the services may ask for (folders for ADRs, .arbiter files), attached to the window. */
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { DialogPort } from './services'

const projectFileFilters = [{ name: 'Arbiter project', extensions: ['arbiter'] }]

export function createDialogPort(getWindow: () => BrowserWindow | null): DialogPort {
  const open = async (options: OpenDialogOptions) => {
    const window = getWindow()
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  const save = async (options: SaveDialogOptions) => {
    const window = getWindow()
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  }
  return {
    chooseFolder: ({ title, defaultPath }) => open({ title, defaultPath: defaultPath ?? undefined, properties: ['openDirectory', 'createDirectory'] }),
    chooseProjectFileToSave: ({ defaultName }) => save({ title: 'Export Project', defaultPath: defaultName, filters: projectFileFilters }),
    chooseProjectFileToOpen: () => open({ title: 'Import Project', filters: projectFileFilters, properties: ['openFile'] }),
  }
}
