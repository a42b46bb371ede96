import { useMemo, type ReactNode } from 'react'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import { useFigureFormat } from '../../../lib/use-figure-format'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { agreementListView, type AgreementListView } from '../lib/agreement-view'
import { toAgreementsSearchParams } from '../search-params'
import { SectorCoverageChart } from './sector-coverage-chart'

/** The id of the agreements view's one chart in embed paths (`/embed/agreements/sector-coverage`). */
export const COVERAGE_CHART_ID = 'sector-coverage'

/** Props of {@link AgreementsCoverage}. */
export interface AgreementsCoverageProps {
  facts: FactsFile
  /** What the facts hold for the current filter, when the caller has read it already. */
  view?: AgreementListView
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  /** Shown instead when there is nothing to draw (an embed says so; the page has its own empty state). */
  empty?: ReactNode
}

/**
 * Draws the sector coverage of the documents the shared filters keep, with its source line, permalink, citation and
 * embed path (both keep the filters, the language and the tab); nothing when no document covers a sector.
 */
export function AgreementsCoverage({ facts, view, tab, onTabChange, empty }: AgreementsCoverageProps) {
  const [shared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const format = useFigureFormat()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const own = useMemo(() => view ?? agreementListView(facts, shared), [view, facts, shared])
  if (own.coverage.length === 0) return empty ?? null
  const tabQuery = toAgreementsSearchParams({ tab, agreement: null }).toString()
  const query = tabQuery ? `?${tabQuery}` : ''
  const sources = own.entries.flatMap((agreement) => agreement.sources)
  // a list only partly at hand names its busiest outlets and counts its articles as the build counted them; a list
  // wholly at hand is cited like any chart (each source while they are few)
  const cited = own.sources ? format.manySources(own.sources) : format.chartSources(sources, articlesById)
  return (
    <SectorCoverageChart
      groups={own.coverage}
      complete={own.complete}
      tab={tab}
      onTabChange={onTabChange}
      sourceLine={format.sourceLineOf(cited)}
      citeSources={cited}
      linkTo={withShared(`/agreements${query}`)}
      embedTo={withShared(`/embed/agreements/${COVERAGE_CHART_ID}${query}`)}
    />
  )
}
