import { defineConfig } from '@playwright/test'
import base from './playwright.config'

/** `npm run screenshots`: writes a PNG of every view to screenshots/. */
export default defineConfig({
  ...base,
  testMatch: '*.shot.ts',
  reporter: [['list']],
})
