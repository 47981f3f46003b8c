/** Project files (`.arbiter`): the contract group, plus the plain functions the CLI calls. */
import type { Store } from '../../db/connection'
import type { Handlers } from '../handlers'
import { exportProjectFile } from './export-project'
import { importProjectFile, inspectProjectFile } from './import-project'
import { createRecentFiles, stageProjectFile } from './recent-files'

export { exportProjectFile } from './export-project'
export { importProjectFile, inspectProjectFile } from './import-project'
export { PROJECT_FILE_APPLICATION_ID, PROJECT_FILE_EXTENSION } from './format'

export function createProjectFileService(store: Store, onRecentChange?: (files: string[]) => void) {
  const recent = createRecentFiles(store.path, onRecentChange)
  return {
    async export({ projectId, filePath, overwrite }) {
      const result = await exportProjectFile(store, projectId, filePath, { overwrite })
      recent.remember(result.filePath)
      return result
    },
    inspect: ({ filePath }) => inspectProjectFile(filePath, store),
    async import({ filePath, onNameClash }) {
      const project = await importProjectFile(store, filePath, { onNameClash })
      // Files dropped on the window are staged in a temp folder: not worth remembering.
      if (!filePath.includes('arbiter-staged-')) recent.remember(filePath)
      return project
    },
    stage: async ({ fileName, dataBase64 }) => ({ filePath: stageProjectFile(fileName, Buffer.from(dataBase64, 'base64')) }),
    recent: async () => recent.list(),
  } satisfies Handlers['projectFiles']
}
