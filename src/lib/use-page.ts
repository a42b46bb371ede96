import { useCallback, useMemo } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { PAGE_KEY, parsePage, toPageWindow, withPage, type PageWindow } from './paging'
import { toSearchString, type SearchNotice } from './search-notice'

/** One page of a list as the URL asks for it, with what was ignored and the link to any other page. */
export interface Paging extends PageWindow {
  /** A malformed `page`, or one past the last page (only once the list's length is known). */
  notices: SearchNotice[]
  /** The link to another page, keeping every other parameter (except `drop`). */
  hrefFor: (page: number) => string
}

/** Options of {@link usePage}. */
export interface UsePageOptions {
  /** The index of the entry a link points at: its page is shown when the URL names no page. */
  fallbackIndex?: number | null
  /** Parameters a move to another page leaves behind (say, the highlighted entry, which stays on its page). */
  drop?: readonly string[]
}

const NO_DROP: readonly string[] = []

/** Reads `?page=` for a list of `total` entries (`null` while the list is not known yet, so nothing is reported as past its end). */
export function usePage(total: number | null, { fallbackIndex = null, drop = NO_DROP }: UsePageOptions = {}): Paging {
  const [params] = useSearchParams()
  const { pathname } = useLocation()
  const parsed = useMemo(() => {
    const notices: SearchNotice[] = []
    const asked = parsePage(params, notices)
    return { asked, notices, raw: params.get(PAGE_KEY) }
  }, [params])
  const window = toPageWindow(total ?? 0, total === null ? null : parsed.asked, fallbackIndex)
  const hrefFor = useCallback(
    (page: number) => `${pathname}${toSearchString(withPage(params, page, drop))}`,
    [params, pathname, drop],
  )
  const notices =
    window.outOfRange && parsed.raw !== null
      ? [...parsed.notices, { param: PAGE_KEY, value: parsed.raw }]
      : parsed.notices
  return { ...window, notices, hrefFor }
}
