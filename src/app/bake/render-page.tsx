import { QueryClient } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import {
  createMemoryRouter,
  createStaticHandler,
  matchRoutes,
  createStaticRouter,
  RouterProvider,
  StaticRouterProvider,
} from 'react-router'
import { ChartCaptureContext, DRAWN_CHART_SVG, type ChartCapture } from '../../components/ui/chart-island'
import {
  articleFile,
  articleQueryOptions,
  summaryQueryOptions,
  timelineIndexQueryOptions,
  viewFileQueryOptions,
  viewQueryOptions,
} from '../../data/queries'
import { unfilteredTimelineFiles } from '../../data/timeline-plan'
import { mergeSlices, viewFileList, type ViewFileSpec } from '../../data/view-slices'
import { createI18n } from '../../lib/i18n/create-i18n'
import '../../schema/english-messages'
import { articleSchema, type Article } from '../../schema/dataset'
import { timelineFiles as timelineFileNames, timelineIndexSchema } from '../../schema/timeline-pages'
import { emptySlice, viewFiles, viewSliceSchema, viewSummarySchema, type ViewSlice } from '../../schema/view-files'
import { AppProvider } from '../provider'
import { createRoutes, viewOfRoute } from '../router'

// This module runs at build time only (scripts/bake.ts loads it through Vite, in Node with a jsdom document).

/** The data a page is baked from: the same files the browser downloads, validated by the same schema. */
export interface BakeData {
  /** Reads a file of the data folder by its URL path (`views/figures.json`); null when there is no such file. */
  readDataFile: (path: string) => Promise<unknown>
}

/** One baked page: the markup inside #root and the document title the page sets. */
export interface BakedPage {
  html: string
  title: string
}

/** Reads and validates a view file the way the browser does; a missing optional file is an empty slice. */
async function readSlice(data: BakeData, path: string, optional: boolean): Promise<ViewSlice> {
  const raw = await data.readDataFile(path)
  if (raw === null && optional) return emptySlice()
  if (raw === null) throw new Error(`data/${path} is missing`)
  return viewSliceSchema.parse(raw)
}

/** Lists every path the build bakes: each view, each metric's targets page and each article's reader page. */
export async function bakedPaths(data: BakeData): Promise<string[]> {
  const summary = viewSummarySchema.parse(await data.readDataFile(viewFiles.summary))
  const sources = await readSlice(data, viewFiles.sources, false)
  const metrics = summary.metrics
  return [
    '/',
    '/targets',
    ...metrics.map((metric) => `/targets/${encodeURIComponent(metric)}`),
    '/agreements',
    '/timeline',
    '/sources',
    '/search',
    ...sources.articles.map((article) => `/sources/${encodeURIComponent(article.id)}`),
  ]
}

/** Seeds the timeline's index and names the files its unfiltered page reads (they depend on how dense it is). */
async function timelineFiles(client: QueryClient, data: BakeData): Promise<ViewFileSpec[]> {
  const index = timelineIndexSchema.parse(await data.readDataFile(timelineFileNames.index))
  client.setQueryData(timelineIndexQueryOptions().queryKey, index)
  return unfilteredTimelineFiles(index)
}

async function seededQueryClient(path: string, data: BakeData): Promise<QueryClient> {
  // gcTime Infinity: no garbage-collection timers, which would keep the build's process alive for five minutes
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  })
  client.setQueryData(
    summaryQueryOptions().queryKey,
    viewSummarySchema.parse(await data.readDataFile(viewFiles.summary)),
  )
  // the files of the view at this path, each cached as the browser caches it, and joined as the view reads them
  const routes = createRoutes(client)
  for (const { route, params } of matchRoutes(routes, path) ?? []) {
    const view = viewOfRoute(route.id, params)
    if (view === null) continue
    const files = view === 'timeline' ? await timelineFiles(client, data) : viewFileList(view, new URLSearchParams())
    const slices = await Promise.all(files.map((file) => readSlice(data, decodeURIComponent(file.path), file.optional)))
    files.forEach((file, index) => client.setQueryData(viewFileQueryOptions(file).queryKey, slices[index]))
    client.setQueryData(viewQueryOptions(files).queryKey, mergeSlices(slices))
    if (typeof view === 'object' && slices[0]?.articles.some((article) => article.id === view.reader)) {
      const article: Article = articleSchema.parse(
        await data.readDataFile(decodeURIComponent(articleFile(view.reader))),
      )
      client.setQueryData(articleQueryOptions(view.reader).queryKey, article)
    }
  }
  return client
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Waits until `read` gives the same non-null answer twice in a row: the page has settled. The first page's charts
 * wait for Vite to transform Recharts, which took over 10 s on the shared 2-core machine under load.
 */
async function settle<T>(path: string, read: () => T | null, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let previous: string | null = null
  for (;;) {
    await tick()
    const value = read()
    const key = value === null ? null : JSON.stringify(value)
    if (key !== null && key === previous) return value as T
    previous = key
    if (Date.now() > deadline) throw new Error(`${path}: the page did not settle within ${timeoutMs / 1000} s`)
  }
}

/**
 * Draws a page on the client inside the headless document at fixed chart widths and returns each chart's SVG in
 * document order, with the title the page gave itself.
 */
export async function captureCharts(
  path: string,
  data: BakeData,
  capture: ChartCapture,
): Promise<BakedPage & { charts: string[] }> {
  const client = await seededQueryClient(path, data)
  const router = createMemoryRouter(createRoutes(client), { initialEntries: [path] })
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  root.render(
    <ChartCaptureContext value={capture}>
      <AppProvider queryClient={client} i18n={createI18n('en')}>
        <RouterProvider router={router} />
      </AppProvider>
    </ChartCaptureContext>,
  )
  try {
    const charts = await settle(path, () => {
      if (router.state.navigation.state !== 'idle' || container.querySelector('main .skeleton')) return null
      // each chart's drawing module loads on demand: wait until every box holds its drawing
      const drawn = [...container.querySelectorAll('[data-chart-island]')].map(
        (island) => island.querySelector(DRAWN_CHART_SVG)?.outerHTML ?? null,
      )
      return drawn.every((svg) => svg !== null) ? drawn : null
    })
    return { html: '', title: document.title, charts }
  } finally {
    root.unmount()
    container.remove()
  }
}

/** Renders a page to HTML the way the client's first render will draw it, so that it hydrates without a mismatch. */
export async function renderPage(path: string, data: BakeData, basename: string): Promise<string> {
  const client = await seededQueryClient(path, data)
  const handler = createStaticHandler(createRoutes(client), { basename })
  const context = await handler.query(new Request(`http://bake.invalid${basename}${path}`))
  if (context instanceof Response) throw new Error(`${path}: the router answered with a redirect`)
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToString(
    <AppProvider queryClient={client} i18n={createI18n('en')}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProvider>,
  )
}
