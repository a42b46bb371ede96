import type { KeyboardEvent } from 'react'
import { usePlotArea } from 'recharts'
import { labelRun, LABEL_GAP, type LabelSlot } from '../lib/label-slots'
import type { TimelinePoint } from '../lib/to-timeline'

/** Props of {@link TimelineMark}. */
export interface TimelineMarkProps {
  point: TimelinePoint
  cx: number
  cy: number
  /** The occasion's generated title in the interface language, drawn beside the mark. */
  label: string
  /** What a screen reader hears: the title, the date, planned or not, and the action. */
  ariaLabel: string
  colorVar: string
  selected: boolean
  onSelect: (eventId: string) => void
  /**
   * Where the labels of the plot go (`labelSlots`), worked out once for its size; without it (no plot area, no time
   * domain) a lane's labels alternate above and below.
   */
  slotsFor?: (plot: { x: number; width: number }) => ReadonlyMap<string, LabelSlot>
}

/** Half the side of the square a finger or pointer can hit: 24 px across (WCAG 2.2 target size). */
export const HIT_RADIUS = 12

/**
 * Draws one occasion: a dot (hollow when planned) on a 24 px hit area, and its title above or below it where its lane
 * has room (`slotsFor`; none where both would overlap a neighbour's), running right from the dot in the left half of
 * the plot and left from it in the right half, cut to what fits.
 */
export function TimelineMark(props: TimelineMarkProps) {
  const { point, cx, cy, label, ariaLabel, colorVar, selected, onSelect, slotsFor } = props
  const plot = usePlotArea()
  const planned = point.event.status === 'planned'
  // outside a chart (no plot area) nothing bounds the label
  const left = plot ? plot.x : -Infinity
  const right = plot ? plot.x + plot.width : Infinity
  const { runsRight, text } = labelRun(label, cx, left, right)
  const laid = plot && slotsFor ? slotsFor(plot) : null
  const slot: LabelSlot = laid?.has(point.event.id)
    ? (laid.get(point.event.id) ?? null)
    : point.labelBelow
      ? 'below'
      : 'above'
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onSelect(point.event.id)
  }
  const classes = [
    'timeline-point',
    selected ? 'timeline-point--selected' : '',
    planned ? 'timeline-point--planned' : '',
  ]
  // the label sits beside the button, not in it, so the button's box (and its centre, where a click lands) is the mark
  return (
    <g className={classes.filter(Boolean).join(' ')} data-status={point.event.status}>
      <g
        className="timeline-point__button"
        role="button"
        tabIndex={0}
        aria-pressed={selected}
        aria-label={ariaLabel}
        onClick={() => onSelect(point.event.id)}
        onKeyDown={onKeyDown}
      >
        <circle className="timeline-point__hit" cx={cx} cy={cy} r={HIT_RADIUS} />
        <circle
          className="timeline-point__dot"
          cx={cx}
          cy={cy}
          r={selected ? 10 : 7}
          style={planned ? { stroke: `var(${colorVar})` } : { fill: `var(${colorVar})` }}
        />
        <title>{label}</title>
      </g>
      {slot ? (
        <text
          className="timeline-point__label"
          x={runsRight ? cx - LABEL_GAP : cx + LABEL_GAP}
          y={slot === 'below' ? cy + HIT_RADIUS + 14 : cy - HIT_RADIUS - 4}
          textAnchor={runsRight ? 'start' : 'end'}
          aria-hidden="true"
          onClick={() => onSelect(point.event.id)}
        >
          {text}
        </text>
      ) : null}
    </g>
  )
}
