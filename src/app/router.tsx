import type { QueryClient } from '@tanstack/react-query'
import {
  createBrowserRouter,
  type HydrationState,
  type RouteObject,
  type ShouldRevalidateFunctionArgs,
} from 'react-router'
import { articleQueryOptions, viewQueryOptions } from '../data/queries'
import { viewFileList, type ViewName } from '../data/view-slices'
import { prefetchTimeline } from '../features/timeline/timeline-read'
import { PageFallback } from './layout/page-fallback'
import { RootLayout } from './layout/root-layout'
import { RouteError } from './layout/route-error'
import { NotFoundRoute } from './routes/not-found'

/** Builds the route tree; views load lazily, and loaders start their data fetch without waiting for it. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // not awaited: the view's code and its data load in parallel and the view shows a skeleton meanwhile
  const prefetchView =
    (view: ViewName) =>
    ({ request }: { request: Request }) => {
      const params = new URL(request.url).searchParams
      // the timeline's files depend on its index: once it is at hand (at once after the first visit), its files
      if (view === 'timeline') void prefetchTimeline(queryClient, params)
      else void queryClient.prefetchQuery(viewQueryOptions(viewFileList(view, params)))
      return null
    }
  return [
    {
      // one chart, framed by another site: no header or footer, the chart with its source line and a link back
      id: 'embed',
      path: '/embed/:kind/:chartId',
      loader: ({ request, params }) => prefetchView(embedView(params.kind))({ request }),
      HydrateFallback: PageFallback,
      errorElement: <RouteError />,
      lazy: async () => ({ Component: (await import('./routes/embed')).EmbedRoute }),
    },
    {
      id: 'root',
      path: '/',
      Component: RootLayout,
      HydrateFallback: PageFallback,
      errorElement: <RouteError />,
      children: [
        {
          id: 'views',
          errorElement: <RouteError />,
          children: [
            {
              id: 'overview',
              index: true,
              loader: prefetchView('figures'),
              shouldRevalidate: onlyOnNewPath,
              lazy: async () => ({ Component: (await import('./routes/overview')).OverviewRoute }),
            },
            {
              id: 'targets',
              path: 'targets/:metric?',
              loader: prefetchView('figures'),
              shouldRevalidate: onlyOnNewPath,
              lazy: async () => ({ Component: (await import('./routes/targets')).TargetsRoute }),
            },
            {
              id: 'agreements',
              path: 'agreements',
              loader: prefetchView('agreements'),
              shouldRevalidate: onlyOnNewPath,
              lazy: async () => ({ Component: (await import('./routes/agreements')).AgreementsRoute }),
            },
            {
              id: 'timeline',
              path: 'timeline',
              loader: prefetchView('timeline'),
              shouldRevalidate: onlyOnNewPath,
              lazy: async () => ({ Component: (await import('./routes/timeline')).TimelineRoute }),
            },
            {
              id: 'sources',
              path: 'sources/:articleId?',
              loader: ({ params }) => {
                void prefetchListedArticle(queryClient, params.articleId)
                return null
              },
              shouldRevalidate: onlyOnNewPath,
              lazy: async () => ({ Component: (await import('./routes/sources')).SourcesRoute }),
            },
            {
              id: 'search',
              path: 'search',
              lazy: async () => ({ Component: (await import('./routes/search')).SearchRoute }),
            },
            { id: 'not-found', path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ]
}

/**
 * Prefetches the list of articles, or an article's reader file and then, only when that file lists it, the article's
 * text: an unknown id has no reader file (an empty slice), and shows the not-found state without asking for more.
 */
export async function prefetchListedArticle(queryClient: QueryClient, articleId: string | undefined): Promise<void> {
  const view = viewQueryOptions(viewFileList(articleId === undefined ? 'sources' : { reader: articleId }, NO_PARAMS))
  await queryClient.prefetchQuery(view)
  const facts = queryClient.getQueryData(view.queryKey)
  if (articleId === undefined || !facts?.articles.some((article) => article.id === articleId)) return
  await queryClient.prefetchQuery(articleQueryOptions(articleId))
}

const NO_PARAMS = new URLSearchParams()

/**
 * Runs a view's loader again only when the path changes. A filter, tab or page changes only the query: the view's
 * own queries load its new files, and a loader run there would make the router commit twice (a loading state with
 * the old address, then the new one in a transition), rendering the whole page twice per click.
 */
export function onlyOnNewPath({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate
}

/** The data an embedded chart draws, by the kind its path names (an unknown kind reads the figures, then says so). */
function embedView(kind: string | undefined): ViewName {
  return kind === 'agreements' || kind === 'timeline' ? kind : 'figures'
}

/** The data the route with this id shows, for the code that loads it ahead of the view (hydration, the bake). */
export function viewOfRoute(routeId: string | undefined, params: Record<string, string | undefined>): ViewName | null {
  switch (routeId) {
    case 'embed':
      return embedView(params.kind)
    case 'overview':
    case 'targets':
      return 'figures'
    case 'agreements':
    case 'timeline':
      return routeId
    case 'sources':
      return params.articleId === undefined ? 'sources' : { reader: params.articleId }
    default:
      return null
  }
}

/** The build's base path as the router's basename, so deep links work from a sub-path too. */
export const APP_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'

/** Creates the browser router; `hydrationData` when it takes over a baked page (see ./hydrate). */
export function createAppRouter(routes: RouteObject[], hydrationData?: HydrationState) {
  return createBrowserRouter(routes, { basename: APP_BASENAME, hydrationData })
}
