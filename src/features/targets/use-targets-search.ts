import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { mergeSearchParams } from '../../lib/search-notice'
import { useUpdateSearch } from '../../lib/use-update-search'
import { parseTargetsSearch, TARGETS_KEYS, toTargetsSearchParams, type TargetsSearch } from './search-params'

/** Reads the targets view's URL state and returns an updater that keeps the shared parameters. */
export function useTargetsSearch() {
  const [params] = useSearchParams()
  const updateSearch = useUpdateSearch()
  const search = useMemo(() => parseTargetsSearch(params), [params])
  const update = useCallback(
    (patch: Partial<TargetsSearch>) => {
      updateSearch((current) => {
        const next = { ...parseTargetsSearch(current), ...patch }
        return mergeSearchParams(current, TARGETS_KEYS, toTargetsSearchParams(next))
      })
    },
    [updateSearch],
  )
  return [search, update] as const
}
