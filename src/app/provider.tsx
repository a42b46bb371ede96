import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { i18n } from 'i18next'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { TranslationProvider } from '../lib/i18n/translation-context'

/** Props of {@link AppProvider}. */
export interface AppProviderProps {
  queryClient: QueryClient
  i18n: i18n
  children: ReactNode
}

/** Provides the query cache and the interface language to everything below it. */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <TranslationProvider>{children}</TranslationProvider>
      </I18nextProvider>
    </QueryClientProvider>
  )
}
