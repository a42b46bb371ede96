import { useCallback, useMemo } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { PAGE_KEY } from './paging'
import { mergeSearchParams, toSearchString } from './search-notice'
import { parseSharedSearch, SHARED_KEYS, toSharedSearchParams, type SharedSearch } from './shared-search'
import { useUpdateSearch } from './use-update-search'

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item))

function sameFilter(a: SharedSearch, b: SharedSearch): boolean {
  return sameList(a.sectors, b.sectors) && sameList(a.countries, b.countries)
}

/** The parameters after a change to the shared state: the view's own kept, the page dropped when the filter changes. */
export function nextSharedParams(current: URLSearchParams, patch: Partial<SharedSearch>): URLSearchParams {
  const previous = parseSharedSearch(current)
  const next = { ...previous, ...patch }
  const merged = mergeSearchParams(current, SHARED_KEYS, toSharedSearchParams(next))
  // another filter means another list: its first page, not the old page number
  if (!sameFilter(previous, next)) merged.delete(PAGE_KEY)
  return merged
}

/** Returns a function that loads ahead what a change to the shared filter would show (a box hovered or focused). */
export function useFilterPreview(prefetch: (params: URLSearchParams) => void) {
  const { search } = useLocation()
  return useCallback(
    (patch: Partial<SharedSearch>) => prefetch(nextSharedParams(new URLSearchParams(search), patch)),
    [search, prefetch],
  )
}

/** Reads the shared URL state and returns an updater that changes it while keeping per-view parameters. */
export function useSharedSearch() {
  const [params] = useSearchParams()
  const updateSearch = useUpdateSearch()
  const search = useMemo(() => parseSharedSearch(params), [params])
  const update = useCallback(
    (patch: Partial<SharedSearch>, options?: { replace?: boolean }) => {
      updateSearch((current) => nextSharedParams(current, patch), options)
    },
    [updateSearch],
  )
  return [search, update] as const
}

/** The last link builder made, by the query string it reads: every link of a page shares it. */
let lastLinker: { search: string; link: (to: string) => string } | null = null

/**
 * Builds in-app links carrying the shared parameters of `search`: the link's own query without them, then them, as
 * `toSearchString(mergeSearchParams(…))` would write it, with one parse per link instead of two copies. Read once
 * per address, not once per component: a page of cards builds a hundred links a render.
 */
export function sharedLinker(search: string): (to: string) => string {
  if (lastLinker?.search === search) return lastLinker.link
  const shared = toSharedSearchParams(parseSharedSearch(new URLSearchParams(search))).toString()
  const link = (to: string) => {
    const [path = '', query = ''] = to.split('?')
    const own = new URLSearchParams(query)
    for (const key of SHARED_KEYS) own.delete(key)
    const joined = [own.toString(), shared].filter((part) => part !== '').join('&')
    return joined === '' ? path : `${path}?${joined.replaceAll('%7E', '~')}`
  }
  lastLinker = { search, link }
  return link
}

/** Returns a function that appends the current shared parameters (filters, language) to an in-app link. */
export function useLinkWithSharedSearch(): (to: string) => string {
  return sharedLinker(useLocation().search)
}

/**
 * Returns a function that adds only the interface language to an in-app link: links to one fact or sentence leave the
 * filters behind, since a sector filter could hide the very thing they point at.
 */
export function useLinkWithLang(): (to: string) => string {
  const [params] = useSearchParams()
  const { lang } = useMemo(() => parseSharedSearch(params), [params])
  return useCallback(
    (to: string) => {
      if (lang === null) return to
      const hashAt = to.indexOf('#')
      const hash = hashAt === -1 ? '' : to.slice(hashAt)
      const [pathname = '', rest = ''] = (hashAt === -1 ? to : to.slice(0, hashAt)).split('?')
      const query = new URLSearchParams(rest)
      query.set('lang', lang)
      return `${pathname}${toSearchString(query)}${hash}`
    },
    [lang],
  )
}
