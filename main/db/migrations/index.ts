/**
 * Every migration, listed in code (a folder read at runtime would break inside a packaged
 * app). Names sort in the order they run. Append only.
 */
import type { Migration } from 'kysely/migration'
import * as initialSchema from './0001-initial-schema'

export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
}

export const SCHEMA_VERSION = Object.keys(migrations).length
