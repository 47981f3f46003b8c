/** Builds every service on one store; the result is what the IPC dispatcher calls. */
import type { Store } from '../db/connection'
import type { Handlers } from './handlers'
import { createProjectService } from './projects'

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
  }
}
