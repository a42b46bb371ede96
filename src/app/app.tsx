import type { QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { RouterProvider, type createBrowserRouter } from 'react-router'
import { AppProvider } from './provider'

/** The performance mark set once the app is interactive. */
export const INTERACTIVE_MARK = 'corridor-watch:interactive'

/**
 * ReactDOM's flushSync as the router takes it: a navigation marked urgent (a filter click, use-update-search.ts) is
 * rendered in one task, its effects included, instead of as a transition.
 */
export const routerFlushSync = (update: () => unknown): undefined => {
  flushSync(update)
}

/** Props of {@link App}. */
export interface AppProps {
  queryClient: QueryClient
  i18n: i18n
  router: ReturnType<typeof createBrowserRouter>
}

/** The dashboard: providers around the browser router. */
export function App({ queryClient, i18n, router }: AppProps) {
  // the moment the page answers input (after hydration, or after the first client render): read by npm run bench:web
  useEffect(() => {
    performance.mark(INTERACTIVE_MARK)
  }, [])
  return (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProvider>
  )
}
