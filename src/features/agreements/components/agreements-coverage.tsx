import { useMemo, type ReactNode } from 'react'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import { useFigureFormat } from '../../../lib/use-figure-format'
import { useLinkWithSharedSearch, useSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { filterAgreements, sectorCoverage, toAgreementEntries } from '../lib/agreement-list'
import { toAgreementsSearchParams } from '../search-params'
import { SectorCoverageChart } from './sector-coverage-chart'

/** The id of the agreements view's one chart in embed paths (`/embed/agreements/sector-coverage`). */
export const COVERAGE_CHART_ID = 'sector-coverage'

/** Props of {@link AgreementsCoverage}. */
export interface AgreementsCoverageProps {
  facts: FactsFile
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  /** Shown instead when there is nothing to draw (an embed says so; the page has its own empty state). */
  empty?: ReactNode
}

/**
 * Draws the sector coverage of the documents the shared filters keep, with its source line, permalink, citation and
 * embed path (both keep the filters, the language and the tab); nothing when no document covers a sector.
 */
export function AgreementsCoverage({ facts, tab, onTabChange, empty }: AgreementsCoverageProps) {
  const [shared] = useSharedSearch()
  const withShared = useLinkWithSharedSearch()
  const format = useFigureFormat()
  const articlesById = useMemo(() => new Map(facts.articles.map((article) => [article.id, article])), [facts])
  const entries = useMemo(() => toAgreementEntries(filterAgreements(facts.agreements, shared)), [facts, shared])
  const coverage = useMemo(() => sectorCoverage(entries, shared.sectors), [entries, shared.sectors])
  if (coverage.length === 0) return empty ?? null
  const tabQuery = toAgreementsSearchParams({ tab, agreement: null }).toString()
  const query = tabQuery ? `?${tabQuery}` : ''
  const sources = entries.flatMap((agreement) => agreement.sources)
  return (
    <SectorCoverageChart
      groups={coverage}
      tab={tab}
      onTabChange={onTabChange}
      sourceLine={format.sourceLine(sources, articlesById)}
      citeSources={format.sourceList(sources, articlesById)}
      linkTo={withShared(`/agreements${query}`)}
      embedTo={withShared(`/embed/agreements/${COVERAGE_CHART_ID}${query}`)}
    />
  )
}
