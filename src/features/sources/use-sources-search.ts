import { useCallback, useMemo } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { mergeSearchParams, toSearchString } from '../../lib/search-notice'
import { parseSourcesSearch, SOURCES_KEYS, toSourcesSearchParams } from './search-params'

/** Reads the reader's URL state and returns a function giving the link that points it at a fact. */
export function useSourcesSearch() {
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  const search = useMemo(() => parseSourcesSearch(params), [params])
  const factHref = useCallback(
    (fact: string) =>
      `${pathname}${toSearchString(mergeSearchParams(params, SOURCES_KEYS, toSourcesSearchParams({ fact, sentence: null })))}`,
    [params, pathname],
  )
  return [search, factHref] as const
}
