import type { Translate } from '../../../lib/doc-type-label'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ChartFrame } from '../../../components/ui/chart-frame'
import { lazyChart } from '../../../components/ui/lazy-chart'
import type { ChartLegendItem } from '../../../components/ui/chart-legend'
import type { ChartTab } from '../../../components/ui/chart-tabs'
import type { DataColumn } from '../../../components/ui/data-table'
import { formatCountryList, formatMonthYear, formatPartialDate } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import type { Lang } from '../../../lib/langs'
import { toTimeAxis } from '../lib/time-axis'
import type { TimelineModel, TimelinePoint } from '../lib/to-timeline'

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  model: TimelineModel
  selected: string | null
  onSelect: (eventId: string) => void
  eventHref: (eventId: string) => string
  tab: ChartTab
  onTabChange: (tab: ChartTab) => void
  sourceLine: string
  linkTo: string
  /** The sources' outlets and dates for the chart's citation line. */
  citeSources?: string
  /** The in-app path of the chart's embed view. */
  embedTo?: string
}

/** How many colours the lane palette has before it repeats. */
const LANE_COLOURS = 6

/** Gives the CSS custom property holding a lane's colour; the palette is colour-blind safe and cycles. */
export function laneColorVar(lane: number): string {
  return `--timeline-lane-${lane % LANE_COLOURS}`
}

/**
 * The legend's entries for the lanes, while each has a colour of its own. Past the palette's six colours repeat, and a
 * swatch would stand for several lanes ("pink" for four pairs that share nothing): the lanes are named on the chart's
 * axis, so the legend leaves them out.
 */
export function laneLegend<Lane extends { key: string; index: number }>(
  lanes: readonly Lane[],
  name: (lane: Lane) => string,
  colorVarOf: (lane: number) => string = laneColorVar,
): ChartLegendItem[] {
  const colours = new Set(lanes.map((lane) => colorVarOf(lane.index)))
  if (colours.size < lanes.length) return []
  return lanes.map((lane) => ({ key: lane.key || 'none', label: name(lane), colorVar: colorVarOf(lane.index) }))
}

/** Names a set of countries in the interface language ("Azerbaijan – Kazakhstan"). */
export function laneName(countries: readonly string[], lang: Lang, t: Translate): string {
  if (countries.length === 0) return t('timeline.noCountries')
  return formatCountryList(countries, lang)
}

// the marks, with Recharts, load when the chart goes live (a baked page shows the build's drawing first)
const TimelineMarks = lazyChart(() => import('./timeline-marks'))

/**
 * Draws each dated occasion as one labelled mark on the lane of its country set (hollow when planned); marks are
 * focusable and select on Enter or Space.
 */
export function TimelineChart(props: TimelineChartProps) {
  const { model, selected, onSelect, eventHref, tab, onTabChange, sourceLine, linkTo } = props
  const { t } = useTranslation()
  const lang = useLang()
  const title = t('timeline.chartTitle')
  const hasPlanned = model.points.some((point) => point.event.status === 'planned')
  const legend: ChartLegendItem[] = [
    ...laneLegend(model.lanes, (lane) => laneName(lane.countries, lang, t)),
    { key: 'status-happened', label: t('occasions.legendHappened'), colorVar: '--fg-muted' },
    ...(hasPlanned
      ? [{ key: 'status-planned', label: t('occasions.legendPlanned'), colorVar: '--fg-muted', hollow: true }]
      : []),
  ]
  const axis = toTimeAxis(model.points.map((point) => point.time))
  // month names through formatMonthYear: Chromium has no Azerbaijani data and would write "2024 M10"
  const tickFormat = (time: number) =>
    axis?.unit === 'year' ? String(new Date(time).getUTCFullYear()) : formatMonthYear(time, lang)
  const columns: DataColumn<TimelinePoint>[] = useMemo(
    () => [
      {
        key: 'date',
        header: t('timeline.date'),
        cell: (row) => formatPartialDate(row.event.date ?? '', lang),
        csv: (row) => row.event.date,
      },
      {
        key: 'event',
        header: t('timeline.event'),
        cell: (row) => (
          <Link to={eventHref(row.event.id)}>
            <bdi>{row.event.title[lang]}</bdi>
          </Link>
        ),
        csv: (row) => row.event.title[lang],
      },
      {
        key: 'kind',
        header: t('timeline.kind'),
        cell: (row) => t(`timeline.kinds.${row.event.kind}`),
        csv: (row) => row.event.kind,
      },
      {
        key: 'status',
        header: t('timeline.status'),
        cell: (row) => (row.event.status === 'planned' ? t('timeline.planned') : t('timeline.happened')),
        csv: (row) => row.event.status,
      },
      {
        key: 'countries',
        header: t('timeline.countries'),
        cell: (row) => laneName(row.event.countries, lang, t),
        csv: (row) => row.event.countries.join(' '),
      },
      {
        key: 'place',
        header: t('timeline.place'),
        cell: (row) => (row.event.place ? <bdi>{row.event.place}</bdi> : ''),
        csv: (row) => row.event.place,
      },
      {
        key: 'basis',
        header: t('timeline.dateBasis'),
        cell: (row) => (row.event.dateBasis === 'published' ? t('timeline.basisPublished') : t('timeline.basisStated')),
        csv: (row) => row.event.dateBasis,
      },
    ],
    [t, lang, eventHref],
  )

  return (
    <ChartFrame
      title={title}
      tab={tab}
      onTabChange={onTabChange}
      legend={legend}
      sourceLine={sourceLine}
      linkTo={linkTo}
      citeSources={props.citeSources}
      embedTo={props.embedTo}
      columns={columns}
      rows={model.points}
      rowKey={(row) => row.event.id}
      height={Math.max(200, model.lanes.length * 88 + 80)}
    >
      <TimelineMarks
        model={model}
        axis={axis}
        tickFormat={tickFormat}
        title={title}
        selected={selected}
        onSelect={onSelect}
      />
    </ChartFrame>
  )
}
