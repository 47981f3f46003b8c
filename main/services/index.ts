/** Builds every service on one store; the result is what the IPC dispatcher calls. */
import type { Store } from '../db/connection'
import type { Handlers } from './handlers'
import { createClaimService } from './claims'
import { createCompareService } from './compare'
import { createConflictService } from './conflicts'
import { createCriterionService } from './criteria'
import { createOptionService } from './options'
import { createPresetService } from './presets'
import { createProjectService } from './projects'
import { createSourceService } from './sources'

export type Services = Handlers & { projects: ReturnType<typeof createProjectService> }

export type ServiceOptions = { version: string; platform: string; sessionStartedAt?: string }

export function createServices(store: Store, options: ServiceOptions): Services {
  const sessionStartedAt = options.sessionStartedAt ?? new Date().toISOString()
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
  }
}
