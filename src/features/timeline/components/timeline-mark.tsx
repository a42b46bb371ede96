import type { KeyboardEvent } from 'react'
import { usePlotArea } from 'recharts'
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
}

/** Half the side of the square a finger or pointer can hit: 24 px across (WCAG 2.2 target size). */
export const HIT_RADIUS = 12
const CHAR_WIDTH = 6.6
const LABEL_GAP = 12

/** Shortens a label to about `width` pixels at the chart's 12 px font, ending it with "…" when cut. */
export function fitLabel(label: string, width: number): string {
  const chars = Math.floor(width / CHAR_WIDTH)
  if (label.length <= chars) return label
  return chars <= 1 ? '' : `${label.slice(0, chars - 1).trimEnd()}…`
}

/**
 * Draws one occasion: a dot (hollow when planned) on a 24 px hit area, and its title above it (below for every other
 * occasion of a lane, see `labelBelow`), running right from
 * the dot in the left half of the plot and left from it in the right half, cut to what fits.
 */
export function TimelineMark(props: TimelineMarkProps) {
  const { point, cx, cy, label, ariaLabel, colorVar, selected, onSelect } = props
  const plot = usePlotArea()
  const planned = point.event.status === 'planned'
  // outside a chart (no plot area) nothing bounds the label
  const left = plot ? plot.x : -Infinity
  const right = plot ? plot.x + plot.width : Infinity
  const runsRight = cx - left <= right - cx
  const room = runsRight ? right - cx + LABEL_GAP : cx - left + LABEL_GAP
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
      <text
        className="timeline-point__label"
        x={runsRight ? cx - LABEL_GAP : cx + LABEL_GAP}
        y={point.labelBelow ? cy + HIT_RADIUS + 14 : cy - HIT_RADIUS - 4}
        textAnchor={runsRight ? 'start' : 'end'}
        aria-hidden="true"
        onClick={() => onSelect(point.event.id)}
      >
        {fitLabel(label, room)}
      </text>
    </g>
  )
}
