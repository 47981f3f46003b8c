/** Recognising SQLite constraint failures so services can turn them into clear messages. */
export const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE'

export const nowIso = (): string => new Date().toISOString()
