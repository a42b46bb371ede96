import type { QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { AppProvider } from './provider'
import { createAppRouter } from './router'

/** Props of {@link App}. */
export interface AppProps {
  queryClient: QueryClient
  i18n: i18n
}

/** The dashboard: providers around the browser router. */
export function App({ queryClient, i18n }: AppProps) {
  const [router] = useState(() => createAppRouter(queryClient))
  return (
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
