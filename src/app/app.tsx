import type { QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import { RouterProvider, type createBrowserRouter } from 'react-router'
import { AppProvider } from './provider'

/** Props of {@link App}. */
export interface AppProps {
  queryClient: QueryClient
  i18n: i18n
  router: ReturnType<typeof createBrowserRouter>
}

/** The dashboard: providers around the browser router. */
export function App({ queryClient, i18n, router }: AppProps) {
  return (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
