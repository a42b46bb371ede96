import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router'
import { articleQueryOptions, factsQueryOptions } from '../data/queries'
import { PageFallback } from './layout/page-fallback'
import { RootLayout } from './layout/root-layout'
import { RouteError } from './layout/route-error'
import { NotFoundRoute } from './routes/not-found'

/** Builds the route tree; views load lazily, and loaders start their data fetch without waiting for it. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // not awaited: the view's code and its data load in parallel and the view shows a skeleton meanwhile
  const prefetchFacts = () => {
    void queryClient.prefetchQuery(factsQueryOptions())
    return null
  }
  return [
    {
      // one chart, framed by another site: no header or footer, the chart with its source line and a link back
      id: 'embed',
      path: '/embed/:kind/:chartId',
      loader: prefetchFacts,
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
              loader: prefetchFacts,
              lazy: async () => ({ Component: (await import('./routes/overview')).OverviewRoute }),
            },
            {
              id: 'targets',
              path: 'targets/:metric?',
              loader: prefetchFacts,
              lazy: async () => ({ Component: (await import('./routes/targets')).TargetsRoute }),
            },
            {
              id: 'agreements',
              path: 'agreements',
              loader: prefetchFacts,
              lazy: async () => ({ Component: (await import('./routes/agreements')).AgreementsRoute }),
            },
            {
              id: 'timeline',
              path: 'timeline',
              loader: prefetchFacts,
              lazy: async () => ({ Component: (await import('./routes/timeline')).TimelineRoute }),
            },
            {
              id: 'sources',
              path: 'sources/:articleId?',
              loader: ({ params }) => {
                void prefetchListedArticle(queryClient, params.articleId)
                return null
              },
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
 * Prefetches the facts index and then, only for an id the index lists, that article's file: an unknown id shows the
 * not-found state without asking the server for a file that does not exist (a 404 in the console, retried).
 */
export async function prefetchListedArticle(queryClient: QueryClient, articleId: string | undefined): Promise<void> {
  await queryClient.prefetchQuery(factsQueryOptions())
  const facts = queryClient.getQueryData(factsQueryOptions().queryKey)
  if (articleId === undefined || !facts?.articles.some((article) => article.id === articleId)) return
  await queryClient.prefetchQuery(articleQueryOptions(articleId))
}

/** The build's base path as the router's basename, so deep links work from a sub-path too. */
export const APP_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'

/** Creates the browser router; `hydrationData` when it takes over a baked page (see ./hydrate). */
export function createAppRouter(routes: RouteObject[], hydrationData?: HydrationState) {
  return createBrowserRouter(routes, { basename: APP_BASENAME, hydrationData })
}
