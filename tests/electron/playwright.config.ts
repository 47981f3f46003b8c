import { defineConfig } from '@playwright/test'

/** The real app in the real Electron runtime; tests/run-all.mjs runs it only where the binary exists. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../.test-output/electron-artifacts',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../.test-output/electron.json' }]],
})
