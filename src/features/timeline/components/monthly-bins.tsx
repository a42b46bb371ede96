import { memo, useMemo, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMonthYear } from '../../../lib/format'
import { useLabelTranslate } from '../../../lib/i18n/cached-translate'
import { useLang } from '../../../lib/i18n/use-lang'
import { useBoxWidth } from '../../../lib/use-box-width'
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

const WIDE_GUTTER = { left: 200, right: 16, top: 12, bottom: 28 }
/** Below this width the lanes are named by their countries' codes, in a gutter a phone can spare. */
const NARROW_BELOW = 560
const NARROW_GUTTER = { left: 64, right: 8, top: 12, bottom: 28 }

/** The height a grid of this many lanes needs: a row each, readable at any count. */
export const binsHeight = (lanes: number) => Math.max(200, lanes * 28 + 60)
const monthTime = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)

/** Two decimals: a hundredth of a pixel is below what any screen shows, and the drawing's markup stays short. */
const short = (value: number) => Math.round(value * 100) / 100

/** A circle as path commands (two half-circle arcs), so that many circles can be drawn as one path. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${short(cx - r)} ${short(cy)}a${short(r)} ${short(r)} 0 1 0 ${short(2 * r)} 0a${short(r)} ${short(r)} 0 1 0 ${short(-2 * r)} 0`
}

/** Where a grid's cells sit, in its drawing's units: the plot's top-left corner and one cell's size. */
export interface BinGrid {
  left: number
  top: number
  column: number
  row: number
  months: readonly string[]
  lanes: readonly { index: number }[]
}

/** The lane and month of the grid cell under a point of the drawing, or null outside the plot. */
export function cellAt(grid: BinGrid, x: number, y: number): { lane: number; month: string } | null {
  const month = grid.months[Math.floor((x - grid.left) / grid.column)]
  const lane = grid.lanes[Math.floor((y - grid.top) / grid.row)]
  return x < grid.left || y < grid.top || month === undefined || lane === undefined ? null : { lane: lane.index, month }
}

/**
 * Draws a dense timeline as one row per lane and one column per month, a circle's area standing for the events of
 * that lane and month. Plain SVG: no axis library is needed for a grid, and it draws the same on the server.
 * Memoised: a filter click re-renders the view more than once, and a grid of the same model draws the same.
 *
 * The count of the cell under the pointer shows in one title that follows it, not in a title per circle: a grid at
 * 100,000 articles has a thousand circles, and their titles doubled the elements a filter click made and removed.
 * The cell, not the circle, answers, so a one-month blip a few pixels wide is as easy to point at as the busiest month.
 * The grid is a picture to assistive technology (`role="img"`); its table tab gives every count to read.
 */
export const MonthlyBins = memo(function MonthlyBins({
  model,
  title,
  width: drawnAt,
  height = binsHeight(model.lanes.length),
}: MonthlyBinsProps) {
  const { t } = useTranslation()
  // the pointer asks for the same cell's title many times as it moves across it
  const translateOnce = useLabelTranslate()
  const lang = useLang()
  // laid out at the width it is shown at (the build passes its own): scaled down from 960 pixels, a phone got 4-pixel text
  const [measure, shownWidth] = useBoxWidth<SVGSVGElement>()
  const width = drawnAt ?? shownWidth ?? 960
  const narrow = width < NARROW_BELOW
  const GUTTER = narrow ? NARROW_GUTTER : WIDE_GUTTER
  const { lanes, bins, months } = model
  const binsByCell = useMemo(() => new Map(bins.map((bin) => [`${bin.lane} ${bin.month}`, bin])), [bins])
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
  // a year needs about 36 pixels for its label: on a narrow grid of many years, every other one
  const yearStep = column * 12 < 36 ? 2 : 1
  const januaries = months.filter((month) => month.endsWith('-01') && Number(month.slice(0, 4)) % yearStep === 0)
  const ticks = januaries.length > 0 ? januaries : months.slice(0, 1)
  // a lane's circles are one path: a thousand circles were a thousand elements to make, style and remove a click
  const laneCircles = new Map<number, string[]>()
  for (const bin of bins) {
    const circle = circlePath(x(bin.month), y(bin.lane), radius * Math.sqrt(bin.count / most))
    const drawn = laneCircles.get(bin.lane)
    if (drawn) drawn.push(circle)
    else laneCircles.set(bin.lane, [circle])
  }
  const grid: BinGrid = { left: GUTTER.left, top: GUTTER.top, column, row, months, lanes }
  const binTitle = (bin: { lane: number; month: string; count: number }) =>
    translateOnce('timeline.binTitle', {
      count: bin.count,
      lane: laneNames.get(bin.lane) ?? binLaneName({ index: bin.lane, countries: [] }, lang, t),
      month: monthLabels.get(bin.month) ?? formatMonthYear(monthTime(bin.month), lang),
    })
  // the drawing scales with its box: the pointer is read in the drawing's own units
  const showCount = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const scale = box.width > 0 ? width / box.width : 1
    const cell = cellAt(grid, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale)
    const bin = cell && binsByCell.get(`${cell.lane} ${cell.month}`)
    const shown = event.currentTarget.querySelector('.monthly-bins__cells > title')
    if (shown) shown.textContent = bin ? binTitle(bin) : title
  }
  return (
    <svg
      ref={measure}
      className="monthly-bins"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      height={height}
      role="img"
      aria-label={title}
      onMouseMove={showCount}
    >
      {lanes.map((lane) => (
        <g key={lane.key || 'none'}>
          <text
            x={GUTTER.left - 6}
            y={y(lane.index) + 4}
            textAnchor="end"
            fontSize={narrow ? 11 : 12}
            fill="var(--fg-muted)"
          >
            {/* by codes where the names would not fit the gutter (the legend below names them) */}
            {lane.index === OTHER_LANE && narrow
              ? t('timeline.otherLanesShort')
              : narrow || lane.countries.length > 2
                ? lane.countries.join('–')
                : laneNames.get(lane.index)}
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
      {/* a tooltip is the title of the element pointed at or of its nearest parent with one: the cells' group, whose
          backdrop answers between the circles too */}
      <g className="monthly-bins__cells">
        <title>{title}</title>
        <rect x={GUTTER.left} y={GUTTER.top} width={plotWidth} height={row * lanes.length} fill="transparent" />
        {lanes.map((lane) => (
          <path
            key={lane.key || 'none'}
            className="monthly-bins__marks"
            d={laneCircles.get(lane.index)?.join('') ?? ''}
            fill={`var(${binLaneColorVar(lane.index)})`}
          />
        ))}
      </g>
      {ticks.map((month) => (
        <text
          key={month}
          x={x(month)}
          y={height - 8}
          textAnchor="middle"
          fontSize={narrow ? 11 : 12}
          fill="var(--fg-muted)"
        >
          {month.endsWith('-01') ? month.slice(0, 4) : monthLabels.get(month)}
        </text>
      ))}
    </svg>
  )
})
