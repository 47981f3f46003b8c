/** The shape every service group must implement: one function per contract method. */
import type { z } from 'zod'
import type { contract, OutputOf } from '../../shared/contract'

type Contract = typeof contract

export type Handlers = {
  [G in keyof Contract]: {
    [N in keyof Contract[G]]: Contract[G][N] extends { input: infer I extends z.ZodType }
      ? (input: z.output<I>) => Promise<OutputOf<Contract[G][N]>>
      : never
  }
}
