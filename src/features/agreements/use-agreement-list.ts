import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { agreementWhereQueryOptions, usePagedViewFacts, viewQueryOptions } from '../../data/queries'
import { viewFileList } from '../../data/view-slices'
import { PAGE_SIZE, parsePage } from '../../lib/paging'
import { parseSharedSearch } from '../../lib/shared-search'
import { useFilterPreview } from '../../lib/use-shared-search'
import { listSeriesKey } from '../../schema/list-pages'

/** Where a linked agreement sits: its index in the filtered list (null: not in it), and whether it exists at all. */
export interface LocatedAgreement {
  index: number | null
  known: boolean
}

/**
 * Loads the page of the agreements list the URL asks for. A link to one agreement without a page
 * (`?agreement=<id>`) first reads the locator bucket saying on which page of the filter's series it sits; a page
 * past the end of its series falls back to the first page (the view reports the page asked for). A filter no series
 * answers reads the whole list (`located` is then null: the view finds the agreement in it).
 */
export function useAgreementList(agreementId: string | null) {
  const [params] = useSearchParams()
  const series = listSeriesKey(parseSharedSearch(params))
  const locating = series !== null && agreementId !== null
  const where = useQuery({ ...agreementWhereQueryOptions(agreementId ?? ''), enabled: locating })
  let located: LocatedAgreement | null = null
  if (locating && where.isSuccess) {
    const entry = where.data[agreementId]
    located = { index: entry?.[series] ?? null, known: entry !== undefined }
  }
  const asked = parsePage(params, [])
  const page = asked ?? (located?.index != null ? Math.floor(located.index / PAGE_SIZE) + 1 : 1)
  // a failed lookup only loses the jump to the agreement's page, never the list
  const waiting = locating && asked === null && where.isPending
  return { query: usePagedViewFacts('agreements', page, !waiting), located }
}

/** Returns the filter bar's preview: the page a hovered or focused box would have the list read, loaded ahead. */
export function useAgreementsPreview() {
  const client = useQueryClient()
  return useFilterPreview(
    useCallback((params) => void client.prefetchQuery(viewQueryOptions(viewFileList('agreements', params))), [client]),
  )
}
