import type { HtmlTagDescriptor, Plugin } from 'vite'

/** The module the entry (src/boot.ts) imports after the first paint. */
const APP_MODULE = /\/src\/main\.tsx$/

interface ChunkLike {
  type: 'chunk' | 'asset'
  fileName: string
  facadeModuleId?: string | null
  imports?: string[]
}

/** Lists a chunk and every chunk it imports statically, each once, the chunk itself first. */
export function chunkClosure(bundle: Readonly<Record<string, ChunkLike>>, start: string): string[] {
  const seen = new Set<string>()
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return
    seen.add(fileName)
    for (const imported of bundle[fileName]?.imports ?? []) visit(imported)
  }
  visit(start)
  return [...seen]
}

/**
 * Preloads the app's chunks from index.html (and so from every baked page): the entry imports the app only after
 * the first paint, and `modulepreload` downloads (and may parse) without running, so the page still paints first.
 */
export function preloadApp(): Plugin {
  let base = '/'
  return {
    name: 'preload-app',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context): HtmlTagDescriptor[] => {
        const bundle = (context.bundle ?? {}) as Record<string, ChunkLike>
        const app = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && APP_MODULE.test(chunk.facadeModuleId ?? ''),
        )
        if (!app) throw new Error('the build has no chunk for src/main.tsx to preload')
        return chunkClosure(bundle, app.fileName).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head',
        }))
      },
    },
  }
}
