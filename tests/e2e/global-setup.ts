import { execFileSync } from 'node:child_process'
import { serveStatic } from '../../scripts/static-host'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

// E2E_PORT lets two checkouts (git worktrees) run their browser tests side by side on one machine
const PORT = Number(process.env.E2E_PORT ?? 4173)

/**
 * Builds the data and the app once for every browser test, then serves `dist/` the way a static host would
 * (a folder's index.html, else 404.html) until the run ends.
 */
export default async function setup(project: TestProject) {
  const run = (args: string[]) =>
    execFileSync('npx', args, { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } })
  run(['tsx', 'src/pipeline/run.ts'])
  run(['vite', 'build', '--logLevel', 'warn'])
  const server = await serveStatic({ root: 'dist', port: PORT, gzip: true })
  project.provide('baseUrl', server.url)
  return async () => {
    await server.close()
  }
}
