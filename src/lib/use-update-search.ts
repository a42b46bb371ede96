import { useCallback } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { toSearchString } from './search-notice'

/** How a query rewrite is made. */
export interface UpdateSearchOptions {
  /** Replace the current history entry instead of pushing one. */
  replace?: boolean
  /**
   * Render the new state at once, with its effects, in one task (`flushSync`; the default): a click on a filter, tab
   * or page. Left to React's transitions, a filter click committed the list dimmed with the previous page's cards
   * first (TanStack Query's update comes from an effect), then the new page in a later task. Pass false for updates
   * nobody waits on, such as a query written while typing.
   */
  urgent?: boolean
}

/** Returns a function that rewrites the current URL's query (path and hash kept), pushing a history entry by default. */
export function useUpdateSearch() {
  const location = useLocation()
  const navigate = useNavigate()
  return useCallback(
    (compute: (current: URLSearchParams) => URLSearchParams, options?: UpdateSearchOptions) => {
      const next = compute(new URLSearchParams(location.search))
      void navigate(
        { pathname: location.pathname, search: toSearchString(next), hash: location.hash },
        { replace: options?.replace ?? false, preventScrollReset: true, flushSync: options?.urgent ?? true },
      )
    },
    [location.pathname, location.search, location.hash, navigate],
  )
}
