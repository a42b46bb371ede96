// Bakes every route of a finished build to static HTML (npm run build calls it through vite.config.ts):
//   tsx scripts/bake.ts <outDir> <base>
// Each page carries its content and its charts as SVG, then the app hydrates it. The views run in Node inside a jsdom
// document, loaded through Vite so that their TypeScript, CSS imports and import.meta.env work as in the browser.
import { JSDOM, VirtualConsole } from 'jsdom'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { createServer } from 'vite'
import type * as RenderPage from '../src/app/bake/render-page.tsx'
import { parseBakePages, selectBakedPaths } from './bake-pages.ts'
import { injectBakedPage, bakedPathOf, chartsInto } from './baked-page.ts'
import { toBakedSvg } from './baked-svg.ts'

/**
 * The widths charts are drawn at, by columns of charts, measured in Chromium: at a 1280-pixel window (shown above
 * 40rem) and at a 360-pixel phone (shown below). The page carries both; CSS shows the one that fits.
 */
const WIDE = { widthByColumns: [1086, 514], columns: 1 }
const NARROW = { widthByColumns: [315], columns: 1 }
/** A path no route claims: baked as the not-found page that static hosts send for unknown paths (404.html). */
const NOT_FOUND_PATH = '/404'

function installDocument(): JSDOM {
  const dom = new JSDOM('<!doctype html><html lang="en"><body></body></html>', {
    url: 'http://bake.invalid/',
    pretendToBeVisual: true,
    // jsdom reports what it cannot do (scrolling, layout); the page's own errors still reach the build's log
    virtualConsole: new VirtualConsole().forwardTo(console, { jsdomErrors: 'none' }),
  })
  const globals = globalThis as Record<string, unknown>
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globals)) globals[key] = (dom.window as unknown as Record<string, unknown>)[key]
  }
  // jsdom has no layout: charts get a fixed size (ChartCaptureContext), observers have nothing to report
  globals.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  return dom
}

/** The build-time renderer, loaded through Vite (its views import CSS and read import.meta.env). */
type BakeModule = typeof RenderPage

/** Reads a data file by its path in the data folder; null when it does not exist (the browser's 404). */
async function readDataFile(dataDir: string, path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(dataDir, path), 'utf8')) as unknown
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function main(): Promise<void> {
  const [outArg, base = '/'] = process.argv.slice(2)
  if (!outArg) throw new Error('usage: tsx scripts/bake.ts <outDir> <base>')
  const outDir = resolve(outArg)
  const basename = base.replace(/\/$/, '')
  const dom = installDocument()
  const vite = await createServer({
    base,
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    logLevel: 'warn',
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const bake = (await vite.ssrLoadModule('/src/app/bake/render-page.tsx')) as BakeModule
    const template = await readFile(join(outDir, 'index.html'), 'utf8')
    const data = { readDataFile: (path: string) => readDataFile(join(outDir, 'data'), path) }
    const all = await bake.bakedPaths(data)
    const paths = [...selectBakedPaths(all, parseBakePages(process.env.BAKE_PAGES)), NOT_FOUND_PATH]
    let slowest = { path: '', ms: 0 }
    const start = performance.now()
    for (const [index, path] of paths.entries()) {
      const pageStart = performance.now()
      const wide = await bake.captureCharts(path, data, WIDE)
      const narrow = await bake.captureCharts(path, data, NARROW)
      const doc = dom.window.document
      const svgs = wide.charts.map(
        (svg, chart) =>
          toBakedSvg(svg, { prefix: `b${index}c${chart}w-`, className: 'baked-wide' }, doc) +
          toBakedSvg(narrow.charts[chart] ?? '', { prefix: `b${index}c${chart}n-`, className: 'baked-narrow' }, doc),
      )
      const html = chartsInto(await bake.renderPage(path, data, basename), svgs)
      const notFound = path === NOT_FOUND_PATH
      const page = injectBakedPage(template, {
        html,
        title: wide.title,
        // the not-found page answers every unknown path, so it never claims one: the app renders those itself
        bakedPath: notFound ? null : bakedPathOf(basename, path),
      })
      const file = notFound ? join(outDir, '404.html') : join(outDir, decodeURIComponent(path), 'index.html')
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, page)
      const ms = performance.now() - pageStart
      if (ms > slowest.ms) slowest = { path, ms }
    }
    const seconds = (ms: number) => (ms / 1000).toFixed(1)
    const left = all.length + 1 - paths.length
    const unbaked = left > 0 ? `, ${left} left to 404.html by BAKE_PAGES` : ''
    console.log(
      `baked ${paths.length} pages into ${outDir}${unbaked}, in ${seconds(performance.now() - start)} s, slowest ${slowest.path} ${seconds(slowest.ms)} s`,
    )
  } finally {
    await vite.close()
    dom.window.close()
  }
}

await main()
