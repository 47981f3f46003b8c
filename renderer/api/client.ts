/**
 * The renderer's only way to reach data: the typed client generated from the contract. Each
 * call resolves to its value or throws ArbiterClientError with the service's code and message.
 */
import { methodPaths, type ArbiterBridge, type ArbiterClient } from '../../shared/contract'
import type { ArbiterErrorData, ErrorCode, Result } from '../../shared/errors'

declare global {
  interface Window {
    arbiter: ArbiterBridge
  }
}

export class ArbiterClientError extends Error {
  readonly code: ErrorCode
  constructor({ code, message }: ArbiterErrorData) {
    super(message)
    this.name = 'ArbiterClientError'
    this.code = code
  }
}

function createClient(): ArbiterClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const path of methodPaths) {
    const [group, name] = path.split('.')
    client[group] ??= {}
    client[group][name] = async (input?: unknown) => {
      const bridgeGroup = (window.arbiter as unknown as Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>>)[group]
      const result = await bridgeGroup[name](input)
      if (!result.ok) throw new ArbiterClientError(result.error)
      return result.value
    }
  }
  return client as unknown as ArbiterClient
}

export const api = createClient()

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong.'
