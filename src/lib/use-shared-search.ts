import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { mergeSearchParams, toSearchString } from './search-notice'
import { parseSharedSearch, SHARED_KEYS, toSharedSearchParams, type SharedSearch } from './shared-search'
import { useUpdateSearch } from './use-update-search'

/** Reads the shared URL state and returns an updater that changes it while keeping per-view parameters. */
export function useSharedSearch() {
  const [params] = useSearchParams()
  const updateSearch = useUpdateSearch()
  const search = useMemo(() => parseSharedSearch(params), [params])
  const update = useCallback(
    (patch: Partial<SharedSearch>, options?: { replace?: boolean }) => {
      updateSearch((current) => {
        const next = { ...parseSharedSearch(current), ...patch }
        return mergeSearchParams(current, SHARED_KEYS, toSharedSearchParams(next))
      }, options)
    },
    [updateSearch],
  )
  return [search, update] as const
}

/** Returns a function that appends the current shared parameters (filters, language) to an in-app link. */
export function useLinkWithSharedSearch(): (to: string) => string {
  const [params] = useSearchParams()
  return useCallback(
    (to: string) => {
      const [path = '', query = ''] = to.split('?')
      const shared = toSharedSearchParams(parseSharedSearch(params))
      return `${path}${toSearchString(mergeSearchParams(new URLSearchParams(query), SHARED_KEYS, shared))}`
    },
    [params],
  )
}
