import { useCallback } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { toSearchString } from './search-notice'

/** Returns a function that rewrites the current URL's query (path and hash kept), pushing a history entry by default. */
export function useUpdateSearch() {
  const location = useLocation()
  const navigate = useNavigate()
  return useCallback(
    (compute: (current: URLSearchParams) => URLSearchParams, options?: { replace?: boolean }) => {
      const next = compute(new URLSearchParams(location.search))
      void navigate(
        { pathname: location.pathname, search: toSearchString(next), hash: location.hash },
        { replace: options?.replace ?? false, preventScrollReset: true },
      )
    },
    [location.pathname, location.search, location.hash, navigate],
  )
}
