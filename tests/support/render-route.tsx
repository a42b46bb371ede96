import { QueryClient } from '@tanstack/react-query'
import { render, within } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { routerFlushSync } from '../../src/app/app'
import { AppProvider } from '../../src/app/provider'
import { createRoutes } from '../../src/app/router'
import { seedViewData } from './seed-view-data'
import { createI18n } from '../../src/lib/i18n/create-i18n'
import type { Lang } from '../../src/lib/langs'
import type { FactsFile } from '../../src/schema/dataset'

/** Options of {@link renderRoute}. */
export interface RenderRouteOptions {
  /** Seeds the cache with the view files the build would write from these facts; without it the app fetches. */
  facts?: FactsFile
  lang?: Lang
  /** The i18next instance to render with (e.g. the app's lazily loading one); else every language bundled, in `lang`. */
  i18n?: I18n
}

/** Renders the real route tree at `url` in a memory router, with a fresh query client that never retries. */
export function renderRoute(url: string, { facts, lang = 'en', i18n = createI18n(lang) }: RenderRouteOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  if (facts) seedViewData(queryClient, facts, url)
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] })
  const view = render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProvider>,
  )
  return { ...view, router, queryClient, i18n }
}

/** The text of the first `count` cells of each given table row, as a reader of the table tab sees them. */
export const rowCells = (rows: readonly HTMLElement[], count: number) =>
  rows.map((row) =>
    within(row)
      .getAllByRole('cell')
      .slice(0, count)
      .map((cell) => cell.textContent),
  )

/** The text of the first `count` cells of every body row of a table. */
export const tableCells = (table: HTMLElement, count: number) =>
  rowCells(within(table).getAllByRole('row').slice(1), count)
