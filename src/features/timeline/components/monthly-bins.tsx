import { useTranslation } from 'react-i18next'
import { formatMonthYear } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import type { TFunction } from 'i18next'
import type { Lang } from '../../../lib/langs'
import { OTHER_LANE, type BinnedTimeline } from '../lib/binned-timeline'
import { laneColorVar, laneName } from './timeline-chart'

/** Names a lane of the grid: its countries, or "other countries" for the lane that adds up the quiet ones. */
export function binLaneName(lane: { index: number; countries: readonly string[] }, lang: Lang, t: TFunction) {
  return lane.index === OTHER_LANE ? t('timeline.otherLanes') : laneName(lane.countries, lang, t)
}

/** The CSS custom property holding a grid lane's colour (the "other" lane is drawn muted). */
export const binLaneColorVar = (lane: number) => (lane === OTHER_LANE ? '--fg-muted' : laneColorVar(lane))

/** Props of {@link MonthlyBins}. */
export interface MonthlyBinsProps {
  model: BinnedTimeline
  title: string
  width?: number
  height?: number
}

const GUTTER = { left: 200, right: 16, top: 12, bottom: 28 }

/** The height a grid of this many lanes needs: a row each, readable at any count. */
export const binsHeight = (lanes: number) => Math.max(200, lanes * 28 + 60)
const monthTime = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)

/**
 * Draws a dense timeline as one row per lane and one column per month, a circle's area standing for the events of
 * that lane and month. Plain SVG: no axis library is needed for a grid, and it draws the same on the server.
 */
export function MonthlyBins({ model, title, width = 960, height = binsHeight(model.lanes.length) }: MonthlyBinsProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const { lanes, bins, months } = model
  const plotWidth = width - GUTTER.left - GUTTER.right
  const column = plotWidth / Math.max(1, months.length)
  const row = (height - GUTTER.top - GUTTER.bottom) / Math.max(1, lanes.length)
  const radius = Math.max(1.5, Math.min(column, row) / 2 - 1)
  const most = Math.max(1, ...bins.map((bin) => bin.count))
  const monthIndex = new Map(months.map((month, index) => [month, index]))
  const laneRow = new Map(lanes.map((lane, index) => [lane.index, index]))
  // each lane's name and each month's label once, not once per circle (a dense grid has hundreds)
  const laneNames = new Map(lanes.map((lane) => [lane.index, binLaneName(lane, lang, t)]))
  const monthLabels = new Map(months.map((month) => [month, formatMonthYear(monthTime(month), lang)]))
  const x = (month: string) => GUTTER.left + ((monthIndex.get(month) ?? 0) + 0.5) * column
  const y = (lane: number) => GUTTER.top + ((laneRow.get(lane) ?? 0) + 0.5) * row
  const januaries = months.filter((month) => month.endsWith('-01'))
  const ticks = januaries.length > 0 ? januaries : months.slice(0, 1)
  return (
    <svg
      className="monthly-bins"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      role="img"
      aria-label={title}
    >
      {lanes.map((lane) => (
        <g key={lane.key || 'none'}>
          <text x={GUTTER.left - 8} y={y(lane.index) + 4} textAnchor="end" fontSize={12} fill="var(--fg-muted)">
            {/* three countries or more by their codes, so the label fits the gutter (the legend names them) */}
            {lane.countries.length > 2 ? lane.key : laneNames.get(lane.index)}
          </text>
          <line
            x1={GUTTER.left}
            x2={width - GUTTER.right}
            y1={y(lane.index)}
            y2={y(lane.index)}
            stroke="var(--border)"
          />
        </g>
      ))}
      {bins.map((bin) => (
        <circle
          key={`${bin.lane}-${bin.month}`}
          cx={x(bin.month)}
          cy={y(bin.lane)}
          r={radius * Math.sqrt(bin.count / most)}
          fill={`var(${binLaneColorVar(bin.lane)})`}
        >
          <title>
            {t('timeline.binTitle', {
              count: bin.count,
              lane: laneNames.get(bin.lane) ?? binLaneName({ index: bin.lane, countries: [] }, lang, t),
              month: monthLabels.get(bin.month) ?? formatMonthYear(monthTime(bin.month), lang),
            })}
          </title>
        </circle>
      ))}
      {ticks.map((month) => (
        <text key={month} x={x(month)} y={height - 8} textAnchor="middle" fontSize={12} fill="var(--fg-muted)">
          {month.endsWith('-01') ? month.slice(0, 4) : monthLabels.get(month)}
        </text>
      ))}
    </svg>
  )
}
