import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { mergeSearchParams } from '../../lib/search-notice'
import { useUpdateSearch } from '../../lib/use-update-search'
import {
  AGREEMENTS_KEYS,
  parseAgreementsSearch,
  toAgreementsSearchParams,
  type AgreementsSearch,
} from './search-params'

/** Reads the agreements view's URL state and returns an updater that keeps the shared parameters. */
export function useAgreementsSearch() {
  const [params] = useSearchParams()
  const updateSearch = useUpdateSearch()
  const search = useMemo(() => parseAgreementsSearch(params), [params])
  const update = useCallback(
    (patch: Partial<AgreementsSearch>) => {
      updateSearch((current) => {
        const next = { ...parseAgreementsSearch(current), ...patch }
        return mergeSearchParams(current, AGREEMENTS_KEYS, toAgreementsSearchParams(next))
      })
    },
    [updateSearch],
  )
  return [search, update] as const
}
