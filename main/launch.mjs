/**
 * `npm start`: runs the built app with the Electron runtime, passing on any arguments (such as
 * `--db <file>`). Without a runtime it says why in one line and exits with status 1.
 */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { findElectronBinary } from './electron-binary.mjs'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const electron = findElectronBinary()
if ('reason' in electron) {
  console.error(`Arbiter cannot start here: ${electron.reason}`)
  process.exit(1)
}
const env = { ...process.env }
delete env.ELECTRON_RUN_AS_NODE
const child = spawn(electron.path, [appDir, ...process.argv.slice(2)], { stdio: 'inherit', env })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
