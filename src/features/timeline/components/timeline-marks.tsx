import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis, type ScatterShapeProps } from 'recharts'
import { ChartSize, type ChartSizeProps } from '../../../components/ui/chart-size'
import { formatPartialDate } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import type { Lang } from '../../../lib/langs'
import { labelSlots, type LabelSlot } from '../lib/label-slots'
import type { TimeAxis } from '../lib/time-axis'
import type { TimelineModel, TimelinePoint } from '../lib/to-timeline'
import { laneColorVar, laneName } from './timeline-chart'
import { TimelineMark } from './timeline-mark'

/** Props of {@link TimelineMarks}. */
export interface TimelineMarksProps extends ChartSizeProps {
  model: TimelineModel
  axis: TimeAxis | null
  tickFormat: (time: number) => string
  title: string
  selected: string | null
  onSelect: (eventId: string) => void
}

/** Pixels a lane's tick needs per character of its codes (12 px type; capitals and dashes are wide). */
const TICK_CHAR = 8

/**
 * The lane axis's width: room for its longest tick ("AZ–GE–KZ–TR" was cut to "GE–KZ–TR" at a fixed 56 px), within
 * bounds, so a chart of four-country lanes still leaves the plot most of its width.
 */
export const laneAxisWidth = (ticks: readonly string[]) =>
  Math.min(180, Math.max(56, 12 + TICK_CHAR * Math.max(0, ...ticks.map((tick) => tick.length))))

/**
 * Lays the labels out for a plot's size (each dot's place across it follows from its time and the axis's domain),
 * remembering the last size: every mark asks, and all share one layout. None without a domain to place dots by.
 */
function labelLayout(model: TimelineModel, axis: TimeAxis | null, lang: Lang) {
  if (!axis) return undefined
  const [from, to] = axis.domain
  let last: { x: number; width: number; slots: ReadonlyMap<string, LabelSlot> } | null = null
  return (plot: { x: number; width: number }) => {
    if (last?.x === plot.x && last.width === plot.width) return last.slots
    const across = (time: number) => plot.x + ((time - from) / (to - from || 1)) * plot.width
    const marks = model.points.map((point) => ({
      id: point.event.id,
      lane: point.lane,
      cx: across(point.time),
      label: point.event.title[lang],
    }))
    last = { x: plot.x, width: plot.width, slots: labelSlots(marks, plot.x, plot.x + plot.width) }
    return last.slots
  }
}

/** Draws the occasions on their lanes with Recharts (loaded with this module, when the chart goes live). */
export default function TimelineMarks({
  model,
  axis,
  tickFormat,
  title,
  selected,
  onSelect,
  width,
  height,
}: TimelineMarksProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const laneTick = (index: number) => model.lanes[index]?.key || t('timeline.noCountries')
  const slotsFor = useMemo(() => labelLayout(model, axis, lang), [model, axis, lang])
  const renderPoint = (shape: ScatterShapeProps) => {
    const point = shape.payload as TimelinePoint | undefined
    if (!point || shape.cx === undefined || shape.cy === undefined) return <g />
    const label = point.event.title[lang]
    const planned = point.event.status === 'planned'
    return (
      <TimelineMark
        point={point}
        cx={shape.cx}
        cy={shape.cy}
        label={label}
        ariaLabel={t('timeline.pointLabel', {
          label: planned ? `${label} (${t('timeline.planned')})` : label,
          date: formatPartialDate(point.event.date ?? '', lang),
        })}
        colorVar={laneColorVar(point.lane)}
        selected={point.event.id === selected}
        onSelect={onSelect}
        slotsFor={slotsFor}
      />
    )
  }

  return (
    <ChartSize width={width} height={height}>
      <ScatterChart title={title} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid className="chart-grid" />
        <XAxis
          type="number"
          dataKey="time"
          domain={axis?.domain ?? ['auto', 'auto']}
          ticks={axis?.ticks}
          tickFormatter={tickFormat}
          tick={{ fontSize: 12 }}
          scale="time"
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, Math.max(model.lanes.length - 0.5, 0.5)]}
          ticks={model.lanes.map((lane) => lane.index)}
          tickFormatter={(value: number) => laneTick(value)}
          width={laneAxisWidth(model.lanes.map((lane) => laneTick(lane.index)))}
          tick={{ fontSize: 12 }}
          reversed
        />
        {model.lanes.map((lane) => (
          <Scatter
            key={lane.key || 'none'}
            name={laneName(lane.countries, lang, t)}
            data={model.points.filter((point) => point.lane === lane.index)}
            shape={renderPoint}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ChartSize>
  )
}
