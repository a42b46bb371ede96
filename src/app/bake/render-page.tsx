import { QueryClient } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import {
  createMemoryRouter,
  createStaticHandler,
  createStaticRouter,
  RouterProvider,
  StaticRouterProvider,
} from 'react-router'
import { ChartCaptureContext, type ChartCapture } from '../../components/ui/chart-island'
import { articleQueryOptions, factsQueryOptions } from '../../data/queries'
import { toMetricSeries } from '../../features/targets/lib/to-metric-series'
import { createI18n } from '../../lib/i18n/create-i18n'
import '../../schema/english-messages'
import { articleSchema, factsFileSchema, type Article, type FactsFile } from '../../schema/dataset'
import { AppProvider } from '../provider'
import { createRoutes } from '../router'

// This module runs at build time only (scripts/bake.ts loads it through Vite, in Node with a jsdom document).

/** The data a page is baked from: the same files the browser downloads, validated by the same schema. */
export interface BakeData {
  facts: FactsFile
  /** Reads one article's file; only the reader pages need one. */
  readArticle: (articleId: string) => Promise<unknown>
}

/** One baked page: the markup inside #root and the document title the page sets. */
export interface BakedPage {
  html: string
  title: string
}

/** Lists every path the build bakes: each view, each metric's targets page and each article's reader page. */
export function bakedPaths(facts: FactsFile): string[] {
  const metrics = [...new Set(toMetricSeries(facts.figures).map((series) => series.metric))]
  return [
    '/',
    '/targets',
    ...metrics.map((metric) => `/targets/${encodeURIComponent(metric)}`),
    '/agreements',
    '/timeline',
    '/sources',
    '/search',
    ...facts.articles.map((article) => `/sources/${encodeURIComponent(article.id)}`),
  ]
}

/** Validates the facts file the way the browser does, so the baked page and the hydrating app see the same data. */
export function parseFacts(raw: unknown): FactsFile {
  return factsFileSchema.parse(raw)
}

async function seededQueryClient(path: string, data: BakeData): Promise<QueryClient> {
  // gcTime Infinity: no garbage-collection timers, which would keep the build's process alive for five minutes
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  })
  client.setQueryData(factsQueryOptions().queryKey, data.facts)
  const articleId = /^\/sources\/([^/]+)$/.exec(path)?.[1]
  if (articleId !== undefined) {
    const id = decodeURIComponent(articleId)
    const article: Article = articleSchema.parse(await data.readArticle(id))
    client.setQueryData(articleQueryOptions(id).queryKey, article)
  }
  return client
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Waits until `read` gives the same non-null answer twice in a row: the page has settled. The first page's charts
 * wait for Vite to transform Recharts, which took over 10 s on the shared 2-core machine under load.
 */
async function settle<T>(read: () => T | null, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let previous: string | null = null
  for (;;) {
    await tick()
    const value = read()
    const key = value === null ? null : JSON.stringify(value)
    if (key !== null && key === previous) return value as T
    previous = key
    if (Date.now() > deadline) throw new Error('the page did not settle in time')
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
    const charts = await settle(() => {
      if (router.state.navigation.state !== 'idle' || container.querySelector('main .skeleton')) return null
      // each chart's drawing module loads on demand: wait until every box holds its drawing
      const drawn = [...container.querySelectorAll('[data-chart-island]')].map(
        (island) => island.querySelector('svg.recharts-surface')?.outerHTML ?? null,
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
