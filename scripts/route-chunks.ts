import type { Plugin } from 'vite'
import { ROUTE_CHUNKS_SLOT } from './pre-paint.ts'

// Which JavaScript files a page the app renders itself needs before it can show its view: the app's own code
// (src/main.tsx) and the view's (src/app/routes/<view>.tsx), each with every chunk it imports statically.

/** The view file of each first path segment the router knows (`''` the home page), as src/app/router.tsx routes them. */
export const ROUTE_FILES: Readonly<Record<string, string>> = {
  '': 'overview',
  targets: 'targets',
  agreements: 'agreements',
  timeline: 'timeline',
  sources: 'sources',
  search: 'search',
  embed: 'embed',
}

/** What this needs of an output chunk (Rollup's and Rolldown's `OutputChunk` have these). */
export interface ChunkFacts {
  type: 'chunk' | 'asset'
  fileName: string
  /** The page's entry (src/boot.ts): its script tag loads it already. */
  isEntry?: boolean
  facadeModuleId?: string | null
  imports?: readonly string[]
}

/**
 * The chunk whose entry module is `source` (a path under the project) and every chunk it imports statically, but the
 * page's entry chunk.
 */
function chunkClosure(chunks: readonly ChunkFacts[], source: string): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const entry = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${source}`))
  if (!entry) return []
  const seen = new Set<string>()
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return
    seen.add(fileName)
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported)
  }
  visit(entry.fileName)
  return [...seen].filter((fileName) => byName.get(fileName)?.isEntry !== true)
}

/** For each first path segment, the files of the app's code and of that view's code, the app's first. */
export function routeChunkFiles(bundle: readonly ChunkFacts[]): Record<string, string[]> {
  const chunks = bundle.filter((output) => output.type === 'chunk')
  const app = chunkClosure(chunks, 'src/main.tsx')
  if (app.length === 0) return {}
  return Object.fromEntries(
    Object.entries(ROUTE_FILES).map(([segment, view]) => {
      const own = chunkClosure(chunks, `src/app/routes/${view}.tsx`).filter((file) => !app.includes(file))
      return [segment, [...app, ...own]]
    }),
  )
}

/**
 * Fills the pre-paint script's list of each view's code files (scripts/pre-paint.ts), from which a page the app
 * renders itself (a deep link the host has no baked copy of, an address with a query) asks for its code while it is
 * parsed, instead of in two rounds (the app's code, which then finds the view's). Runs before the CSP plugin, which
 * hashes the script as it ends up.
 */
export function routeChunks(): Plugin {
  return {
    name: 'route-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!html.includes(ROUTE_CHUNKS_SLOT)) throw new Error('index.html has no pre-paint script to fill')
        const files = routeChunkFiles(Object.values(context.bundle ?? {}) as ChunkFacts[])
        return html.replace(ROUTE_CHUNKS_SLOT, () => JSON.stringify(files))
      },
    },
  }
}
