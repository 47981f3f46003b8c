/**
 * Fingerprint of a source's normalised text, so importing the same article twice (even from a
 * copy saved with other line endings) can be recognised.
 */
import { createHash } from 'node:crypto'

export function contentHash(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex')
}
