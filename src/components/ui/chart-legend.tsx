/** One legend entry: a label and a colour (a CSS custom property), drawn hatched for derived values. */
export interface ChartLegendItem {
  key: string
  label: string
  /** A CSS custom property holding the colour, e.g. '--series-target'. */
  colorVar: string
  hatched?: boolean
  /** Drawn as an outline only, for planned or expected marks. */
  hollow?: boolean
}

/** Props of {@link ChartLegend}. */
export interface ChartLegendProps {
  items: readonly ChartLegendItem[]
  label: string
}

/** Draws the legend in HTML, the same entries the exported image draws in SVG. */
export function ChartLegend({ items, label }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <span
            className={
              item.hatched
                ? 'chart-legend__swatch chart-legend__swatch--hatched'
                : item.hollow
                  ? 'chart-legend__swatch chart-legend__swatch--hollow'
                  : 'chart-legend__swatch'
            }
            style={{ ['--swatch' as string]: `var(${item.colorVar})` }}
            aria-hidden="true"
          />
          <bdi>{item.label}</bdi>
        </li>
      ))}
    </ul>
  )
}
