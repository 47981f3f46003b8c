/**
 * Errors that cross the IPC boundary. They travel as plain JSON ({code, message}) because
 * Electron flattens thrown errors into an opaque string.
 */
export const errorCodes = [
  'VALIDATION', // input has the wrong shape or breaks a rule; nothing changed
  'NOT_FOUND', // the record does not exist (or was deleted)
  'CONFLICT', // the change clashes with existing data (e.g. duplicate name)
  'UNKNOWN_METHOD', // no such contract method
  'FORBIDDEN', // the call did not come from the app's own page
  'INTERNAL', // a bug or an I/O failure; the message says what failed
] as const

export type ErrorCode = (typeof errorCodes)[number]

export type ArbiterErrorData = { code: ErrorCode; message: string }

export type Result<T> = { ok: true; value: T } | { ok: false; error: ArbiterErrorData }

/** Thrown by services for expected failures; the dispatcher turns it into a Result. */
export class ArbiterError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ArbiterError'
    this.code = code
  }
  toJSON(): ArbiterErrorData {
    return { code: this.code, message: this.message }
  }
}

export const isArbiterErrorData = (value: unknown): value is ArbiterErrorData =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ArbiterErrorData).message === 'string' &&
  errorCodes.includes((value as ArbiterErrorData).code)
