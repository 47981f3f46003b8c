/**
 * Finding the Electron runtime for `npm start` and the Electron end-to-end tests, with plain
 * Node. The electron package downloads its binary on first use; where that is impossible
 * (offline, or a machine that forbids downloads) callers get a one-line reason instead of a
 * stack trace.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

function installedBinary(packageDir) {
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

/** @returns {{ path: string } | { reason: string }} */
export function findElectronBinary({ download = true } = {}) {
  let packageDir
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { reason: 'the electron package is not installed (run npm install).' }
  }
  const found = installedBinary(packageDir)
  if (found) return { path: found }
  if (download && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
    spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 })
    const downloaded = installedBinary(packageDir)
    if (downloaded) return { path: downloaded }
    return { reason: 'the Electron runtime is not installed and could not be downloaded; connect to the internet and try again.' }
  }
  return { reason: 'the Electron runtime is not installed (its download was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1).' }
}
