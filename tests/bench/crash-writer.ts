/**
 * The child of crash-test.ts: opens a store and writes claims until it is killed, printing each
 * claim's id on its own line right after its transaction committed. Prints "ready" first.
 *
 *   node --import tsx tests/bench/crash-writer.ts <db file>
 */
import { writeSync } from 'node:fs'
import { openStore } from '../../main/db/connection'

const path = process.argv[2]
if (!path) throw new Error('usage: crash-writer.ts <db file>')

// fd 1 written synchronously: when writeSync returns, the id is in the pipe even if we die next.
const say = (line: string) => writeSync(1, `${line}\n`)

const store = await openStore(path)
const { db } = store
let project = await db.selectFrom('projects').select('id').where('name', '=', 'Crash test').executeTakeFirst()
project ??= await db.insertInto('projects').values({ name: 'Crash test' }).returning('id').executeTakeFirstOrThrow()
const text = 'Express serves 15,000 requests per second on a small VM, while Django manages about 4,000. '.repeat(20)
let source = await db.selectFrom('sources').select('id').where('project_id', '=', project.id).executeTakeFirst()
source ??= await db
  .insertInto('sources')
  .values({ project_id: project.id, title: 'Throughput notes', full_text: text, content_hash: 'crash-test', author: null, publisher: null, url: null, published_date: null, accessed_date: null, original_file_name: null, deleted_at: null })
  .returning('id')
  .executeTakeFirstOrThrow()
say('ready')

for (let n = 0; ; n++) {
  // Each insert is its own autocommit transaction (and fires the search-index trigger).
  const start = (n * 7) % (text.length - 40)
  const claim = await db
    .insertInto('claims')
    .values({
      project_id: project.id,
      source_id: source.id,
      quote: text.slice(start, start + 40),
      start_offset: start,
      end_offset: start + 40,
      note: `write ${n}`,
      criterion_id: null,
      value_min: 15000,
      value_max: 15000,
      unit: 'req/s',
      metric: null,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  say(String(claim.id))
}
