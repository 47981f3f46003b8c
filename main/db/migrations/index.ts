/**
 * Every migration, listed in code (a folder read at runtime would break inside a packaged
 * app). Names sort in the order they run. Append only.
 */
import type { Migration } from 'kysely/migration'
import * as initialSchema from './0001-initial-schema'
import * as searchDecisionText from './0002-search-decision-text'
import * as claimsSourceStatusIndex from './0003-claims-source-status-index'
import * as searchPrefixIndex from './0004-search-prefix-index'

export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-search-decision-text': searchDecisionText,
  '0003-claims-source-status-index': claimsSourceStatusIndex,
  '0004-search-prefix-index': searchPrefixIndex,
}

export const SCHEMA_VERSION = Object.keys(migrations).length
