import react from '@vitejs/plugin-react'
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { contentSecurityPolicy } from './scripts/content-security-policy.ts'
import { inlineStylesheet } from './scripts/inline-stylesheet.ts'
import { prePaintScript } from './scripts/pre-paint.ts'
import { routeChunks } from './scripts/route-chunks.ts'

/** Puts the pre-paint script into index.html's head, ahead of the CSP plugin, which then allows it by its hash. */
function prePaintScriptTag(): Plugin {
  let base = '/'
  return {
    name: 'pre-paint-script',
    configResolved: (config) => {
      base = config.base // the data files it preloads are under the base, as the app's fetches ask for them
    },
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'script', children: prePaintScript(base), injectTo: 'head' }],
    },
  }
}

/**
 * After the build, bakes every route to static HTML in a child process (scripts/bake.ts): each page with its content
 * and charts, then hydrated by the app. It also writes 404.html, which hosts such as GitHub Pages send for unknown
 * paths: the baked not-found page, which boots the app like any other page.
 */
function bakeRoutes(): Plugin {
  let outDir = 'dist'
  let base = '/'
  return {
    name: 'bake-routes',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir) // an absolute --outDir stays absolute
      base = config.base
    },
    closeBundle: {
      sequential: true,
      handler: () => {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bake.ts', outDir, base], { stdio: 'inherit' })
      },
    },
  }
}

/** Vite serves and builds the dashboard; Vitest runs three projects: pipeline units, components, browser e2e. */
export default defineConfig({
  // `--base /sub/path/` at build time serves the app under a sub-path; data URLs follow import.meta.env.BASE_URL.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), prePaintScriptTag(), inlineStylesheet(), routeChunks(), contentSecurityPolicy(), bakeRoutes()],
  // one stylesheet for every view, inlined into each page (scripts/inline-stylesheet.ts): no view links its own later
  build: { cssCodeSplit: false },
  // the data's build date for citations and download notes: SOURCE_DATE_EPOCH (the reproducible-builds convention)
  // when set, else the app falls back to the newest article's date; no clock is read, so builds stay reproducible
  define: { 'import.meta.env.VITE_SOURCE_DATE_EPOCH': JSON.stringify(process.env.SOURCE_DATE_EPOCH ?? '') },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/support/setup.ts'],
          // the first visit to a lazy route transforms Recharts in jsdom, which is slow on a shared machine
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // one browser at a time: the machine has two cores and the app server is shared
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // a poll waits on a real browser doing real work: Vitest's default second was seen to run out at load 20
          // (a Back navigation re-rendering the overview), so a poll fails when the page is wrong, not when it is slow
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
})
