import type { QueryClient } from '@tanstack/react-query'
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router'
import { summaryQueryOptions, viewQueryOptions } from '../data/queries'
import { viewFileList } from '../data/view-slices'
import { APP_BASENAME, prefetchListedArticle, viewOfRoute } from './router'

/**
 * Readies the app to take over a baked page without a mismatch: the first client render must draw what the build
 * drew. So the matched routes' lazy code is loaded and their data is in the cache before hydration starts, and the
 * router is told its loaders have run (they only start fetches, which this has done and awaited).
 * Throws when the data cannot be loaded; the caller then renders on the client, which shows the error with a retry.
 */
export async function prepareHydration(
  routes: RouteObject[],
  queryClient: QueryClient,
  location: Pick<Location, 'pathname'>,
): Promise<HydrationState> {
  const matches = matchRoutes(routes, location, APP_BASENAME) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      Object.assign(route, { ...(await route.lazy()), lazy: undefined })
    }),
  )
  // baked pages are only shown at addresses without a query, so the view reads its unfiltered files
  const views = matches.flatMap(({ route, params }) => viewOfRoute(route.id, params) ?? [])
  await Promise.all([
    queryClient.fetchQuery(summaryQueryOptions()),
    ...views.map((view) => queryClient.fetchQuery(viewQueryOptions(viewFileList(view, new URLSearchParams())))),
  ])
  const reader = matches.find(({ route }) => route.id === 'sources')
  if (reader) await prefetchListedArticle(queryClient, reader.params.articleId)
  const loaderData = Object.fromEntries(
    matches.flatMap(({ route }) => (route.loader && route.id ? [[route.id, null] as const] : [])),
  )
  return { loaderData }
}
