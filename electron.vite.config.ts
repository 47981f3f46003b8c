import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/** The dev server's hot reload needs an inline preamble and a websocket; the built app keeps the strict policy. */
const devCsp: Plugin = {
  name: 'arbiter-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:"),
}

export default defineConfig({
  main: {
    // better-sqlite3 and kysely stay in node_modules (native addon, loaded at run time).
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve('main/index.ts'), cli: resolve('main/cli.ts') } },
    },
  },
  preload: {
    // A sandboxed preload can only require 'electron': bundle everything else into one CJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), devCsp],
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
})
