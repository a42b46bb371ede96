import { useId } from 'react'

/** One legend entry: a label and a colour (a CSS custom property), drawn hatched for derived values. */
export interface ChartLegendItem {
  key: string
  label: string
  /** A CSS custom property holding the colour, e.g. '--series-target'. */
  colorVar: string
  hatched?: boolean
  /** Drawn as an outline only, for planned or expected marks. */
  hollow?: boolean
  /** A sign written beside some values (such as "≠"), shown instead of a swatch to say what it means. */
  mark?: string
}

/** Props of {@link ChartLegend}. */
export interface ChartLegendProps {
  items: readonly ChartLegendItem[]
  label: string
}

/** Draws the legend in HTML, the same entries the exported image draws in SVG; nothing when it has none. */
export function ChartLegend({ items, label }: ChartLegendProps) {
  if (items.length === 0) return null
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          {item.mark ? (
            <span className="chart-legend__mark" aria-hidden="true">
              {item.mark}
            </span>
          ) : (
            <LegendSwatch item={item} />
          )}
          <bdi>{item.label}</bdi>
        </li>
      ))}
    </ul>
  )
}

/**
 * Draws one swatch as a tiny SVG with presentation attributes: a server-rendered `style` attribute would be blocked by
 * the content security policy (and left unstyled after hydration), while `fill="var(--…)"` follows the theme.
 */
function LegendSwatch({ item }: { item: ChartLegendItem }) {
  const patternId = useId()
  const color = `var(${item.colorVar})`
  const modifier = item.hatched ? ' chart-legend__swatch--hatched' : item.hollow ? ' chart-legend__swatch--hollow' : ''
  const fill = item.hollow ? 'none' : item.hatched ? `url(#${patternId})` : color
  return (
    <svg className={`chart-legend__swatch${modifier}`} viewBox="0 0 16 14" aria-hidden="true" focusable="false">
      {item.hatched ? (
        <defs>
          <pattern id={patternId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="4" stroke={color} strokeWidth="2" />
          </pattern>
        </defs>
      ) : null}
      <rect
        x="1"
        y="1"
        width="14"
        height="12"
        rx="2"
        fill={fill}
        stroke={color}
        strokeWidth={item.hollow ? 2 : 1.5}
        strokeDasharray={item.hatched ? '3 2' : undefined}
      />
    </svg>
  )
}
