/** Builds every service on one store; the result is what the IPC dispatcher calls. */
import { createBackupManager, type BackupManager } from '../db/backups'
import type { Store } from '../db/connection'
import type { Handlers } from './handlers'
import { createBackupService, noRestorer, type RestorePort } from './backups'
import { createClaimService } from './claims'
import { createCompareService } from './compare'
import { createConflictService } from './conflicts'
import { createCriterionService } from './criteria'
import { createDecisionFileService } from './decision-files'
import { createDecisionService } from './decisions'
import { createOptionService } from './options'
import { createPresetService } from './presets'
import { createProjectService } from './projects'
import { createProjectFileService } from './project-files'
import { createSearchService } from './search'
import { createSourceService } from './sources'

export type Services = Handlers & { projects: ReturnType<typeof createProjectService> }

/** What only the Electron shell can do (system dialogs); tests pass their own. */
export type DialogPort = {
  chooseFolder: (input: { title: string; defaultPath?: string | null }) => Promise<string | null>
  chooseProjectFileToSave: (input: { defaultName: string }) => Promise<string | null>
  chooseProjectFileToOpen: () => Promise<string | null>
}

export type ServiceOptions = {
  version: string
  platform: string
  sessionStartedAt?: string
  dialogs?: Partial<DialogPort>
  /** The shell's backup manager (it also runs the schedule); by default one beside the database. */
  backups?: BackupManager
  /** Restoring needs the shell (close, restore, reopen); by default it is refused. */
  restorer?: RestorePort
  /** Called when the recent project files change, so the shell can rebuild File → Open Recent. */
  onRecentFilesChanged?: (files: string[]) => void
}

const noDialogs: DialogPort = { chooseFolder: async () => null, chooseProjectFileToSave: async () => null, chooseProjectFileToOpen: async () => null }

export function createServices(store: Store, options: ServiceOptions): Services {
  const sessionStartedAt = options.sessionStartedAt ?? new Date().toISOString()
  const decisions = createDecisionService(store.db)
  return {
    app: {
      async info() {
        return {
          version: options.version,
          databasePath: store.path,
          schemaVersion: store.schemaVersion,
          platform: options.platform,
        }
      },
    },
    projects: createProjectService(store.db, sessionStartedAt),
    options: createOptionService(store.db),
    criteria: createCriterionService(store.db),
    sources: createSourceService(store.db),
    claims: createClaimService(store.db),
    conflicts: createConflictService(store.db),
    compare: createCompareService(store.db),
    presets: createPresetService(store.db),
    decisions: { ...decisions, ...createDecisionFileService(store.db, decisions) },
    dialogs: { ...noDialogs, ...options.dialogs },
    backups: createBackupService(options.backups ?? createBackupManager(store), options.restorer ?? noRestorer),
    projectFiles: createProjectFileService(store, options.onRecentFilesChanged),
    search: createSearchService(store.db),
  }
}
