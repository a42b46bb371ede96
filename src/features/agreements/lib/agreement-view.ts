import type { SharedSearch } from '../../../lib/shared-search'
import type { Agreement } from '../../../schema/dataset'
import { LIST_PAGE_SIZE, type ListSummary } from '../../../schema/list-pages'
import type { ViewSlice } from '../../../schema/view-files'
import { filterAgreements, sectorCoverage, toAgreementEntries, type SectorCoverage } from './agreement-list'

/** What the agreements view shows from the file it read: one page of a series, or the whole list. */
export interface AgreementListView {
  /** The entries at hand in list order: one page's, or (from the whole list) every entry the filter keeps. */
  entries: Agreement[]
  /** The index, in the filtered list, of `entries[0]`. */
  offset: number
  /** How many entries the filter keeps in all. */
  total: number
  /** The chart's bars over every entry the filter keeps; each lists the entries at hand that it counts. */
  coverage: SectorCoverage[]
  /** Whether every entry the filter keeps is at hand, so the chart can name them all and cite every source. */
  complete: boolean
  /** For a list not wholly at hand: how many articles its sources are, and the outlets with most of them. */
  sources: Required<Pick<ListSummary, 'sourceArticles' | 'outlets'>> | null
}

/**
 * Reads the file the agreements view loaded. A page of a series carries its series' counts (`list`); the whole list
 * is filtered here. The entries are filtered either way: while another filter's page loads, the previous one shows
 * only what also passes the new filter.
 */
export function agreementListView(
  slice: ViewSlice,
  filter: Pick<SharedSearch, 'sectors' | 'countries'>,
): AgreementListView {
  const entries = toAgreementEntries(filterAgreements(slice.agreements, filter))
  const list = slice.list
  if (list === undefined) {
    const coverage = sectorCoverage(entries, filter.sectors)
    return { entries, offset: 0, total: entries.length, coverage, complete: true, sources: null }
  }
  const complete = list.pageCount <= 1
  const coverage = (list.coverage ?? []).map(({ sector, documents }) => ({
    sector,
    documents,
    agreements: entries.filter((agreement) => agreement.sectors.includes(sector)),
  }))
  const { sourceArticles = 0, outlets = [] } = list
  const sources = complete ? null : { sourceArticles, outlets }
  return { entries, offset: (list.page - 1) * LIST_PAGE_SIZE, total: list.total, coverage, complete, sources }
}
