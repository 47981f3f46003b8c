/** Shipped migrations are frozen: editing one would leave existing databases on a different schema. */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../main/db/migrations'

const folder = join(import.meta.dirname, '../../main/db/migrations')

// Append a line when a migration ships; never change an existing one.
const shipped: Record<string, string> = {
  '0001-initial-schema': 'e41f908813f829ea169ac8089e4c6485a0bd72a4598f7132f764642a67316efe',
  '0002-search-decision-text': '9f5223636870ad3aaedd43c2110ab9c3491a46e765ceb3c340b07554c4d1120d',
  '0003-claims-source-status-index': '391f5be73dfa9eb86ffbf8b9bf869ad651f1daec69b430cb9959cc0b2598ea05',
  '0004-search-prefix-index': 'aa6cf57b4d35f9bb26dc7dd22088c17b1ff0354a56b7b492965db9ebae91f46d',
}

describe('migrations', () => {
  it('lists every migration file, in order', () => {
    const files = readdirSync(folder).filter((f) => /^\d{4}-.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''))
    expect(Object.keys(migrations)).toEqual(files.sort())
  })

  it('has not edited a shipped migration', () => {
    for (const [name, hash] of Object.entries(shipped)) {
      const text = readFileSync(join(folder, `${name}.ts`), 'utf8').replace(/\r\n/g, '\n')
      expect(createHash('sha256').update(text).digest('hex'), `${name} was edited; add a new migration instead`).toBe(hash)
    }
  })
})
