import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartFrame } from '../../../components/ui/chart-frame'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import type { DataColumn } from '../../../components/ui/data-table'
import { formatMonthYear } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import type { BinnedTimeline, ShownBin } from '../lib/binned-timeline'
import { binLaneColorVar, binLaneName, binsHeight, MonthlyBins } from './monthly-bins'
import { laneLegend } from './timeline-chart'

/** Props of {@link BinnedChart}. */
export interface BinnedChartProps {
  model: BinnedTimeline
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  linkTo: string
  embedTo?: string
}

const monthTime = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)

/** Draws a dense timeline's monthly counts per pair of countries, with the same counts as a table. */
export function BinnedChart({ model, tab, onTabChange, linkTo, embedTo }: BinnedChartProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const title = t('timeline.chartTitle')
  const laneNames = useMemo(
    () => new Map(model.lanes.map((lane) => [lane.index, binLaneName(lane, lang, t)])),
    [model.lanes, lang, t],
  )
  const columns: DataColumn<ShownBin>[] = useMemo(
    () => [
      {
        key: 'month',
        header: t('timeline.monthColumn'),
        cell: (bin) => formatMonthYear(monthTime(bin.month), lang),
        csv: (bin) => bin.month,
      },
      {
        key: 'lane',
        header: t('timeline.laneColumn'),
        cell: (bin) => laneNames.get(bin.lane) ?? '',
        csv: (bin) => model.lanes.find((lane) => lane.index === bin.lane)?.countries.join(' ') ?? '',
      },
      {
        key: 'events',
        header: t('timeline.eventsColumn'),
        numeric: true,
        cell: (bin) => bin.count,
        csv: (bin) => bin.count,
      },
    ],
    [lang, laneNames, model.lanes, t],
  )
  const rows = useMemo(() => [...model.bins].sort((a, b) => a.month.localeCompare(b.month) || a.lane - b.lane), [model])
  return (
    <ChartFrame
      title={title}
      description={<p>{t('timeline.binnedNote')}</p>}
      tab={tab}
      onTabChange={onTabChange}
      legend={laneLegend(model.lanes, (lane) => laneNames.get(lane.index) ?? '', binLaneColorVar)}
      sourceLine={t('chart.sourceLine', { sources: t('timeline.binnedSources') })}
      linkTo={linkTo}
      embedTo={embedTo}
      columns={columns}
      rows={rows}
      rowKey={(bin) => `${bin.lane}-${bin.month}`}
      height={binsHeight(model.lanes.length)}
    >
      <MonthlyBins model={model} title={title} />
    </ChartFrame>
  )
}
