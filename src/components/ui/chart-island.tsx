import {
  cloneElement,
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react'
import { chartLoaderOf } from './lazy-chart'

/** For values that never change once the page is live: the only change is hydration itself. */
export const noSubscription = () => () => {}

/**
 * Tells whether the page runs live: false while the server renders and while the client hydrates a baked page, true
 * from the render after hydration on (and from the first render when the page was rendered on the client alone).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, isLive, isBaked)
}

const isLive = () => true
const isBaked = () => false

/** How wide the build draws a chart, by the number of columns the layout puts charts in at one window width. */
export interface ChartCapture {
  /** The chart box's width in pixels for one column, two columns, ... (measured in Chromium at that window width). */
  widthByColumns: readonly number[]
  columns: number
}

/**
 * Set only while the build draws the charts in a headless document (scripts/bake): charts are drawn at a fixed width
 * instead of measuring their container, which a document without layout cannot do.
 */
export const ChartCaptureContext = createContext<ChartCapture | null>(null)

/** Tells the build's drawing that the charts inside sit in a grid of `count` columns. No effect in the browser. */
export function ChartColumns({ count, children }: { count: number; children: ReactNode }) {
  const capture = useContext(ChartCaptureContext)
  if (!capture) return children
  return <ChartCaptureContext value={{ ...capture, columns: count }}>{children}</ChartCaptureContext>
}

function captureWidth(capture: ChartCapture): number {
  const widths = capture.widthByColumns
  return widths[Math.min(capture.columns, widths.length) - 1] ?? widths[0] ?? 0
}

/**
 * A chart's drawing once it is drawn: Recharts' surface, or the plain-SVG grid of a dense timeline (which draws
 * without a chart library). The build waits for one in every chart box before it keeps the page.
 */
export const DRAWN_CHART_SVG = 'svg.recharts-surface, svg.monthly-bins'

/** Props of {@link ChartIsland}. */
export interface ChartIslandProps {
  height: number
  /**
   * A chart drawing (see lazy-chart.tsx), drawn at a fixed size while the build draws it, else as wide as the box and
   * given its height.
   */
  children: ReactElement<{ width?: number; height?: number }>
}

/**
 * Holds one chart. On the server it renders an empty box that the build fills with the chart's SVG, drawn in advance
 * (Recharts lays out in effects, so it renders nothing on the server); during hydration it renders the same box and
 * leaves the baked SVG in place; after hydration it swaps in the live chart at the same height, so nothing moves.
 */
export function ChartIsland({ height, children }: ChartIslandProps) {
  const hydrated = useHydrated()
  const capture = useContext(ChartCaptureContext)
  // rendered first while hydrating: a baked drawing sits in the box and stays until the live chart can replace it
  const [wasBaked] = useState(!hydrated)
  const drawing = children.type
  const [ready, setReady] = useState(() => chartLoaderOf(drawing)?.loaded() !== null)
  useEffect(() => {
    const loader = chartLoaderOf(drawing)
    if (ready || !loader || !hydrated) return
    let live = true
    void loader.load().then(() => {
      if (live) setReady(true)
    })
    return () => {
      live = false
    }
  }, [ready, drawing, hydrated])
  if (!hydrated || (wasBaked && !ready)) {
    // the build writes the SVG into this box; React must neither compare nor replace it while hydrating
    return (
      <div
        className="chart-frame__chart chart-frame__chart--baked"
        data-chart-island={height}
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
    )
  }
  return (
    <div className="chart-frame__chart" data-chart-island={height} style={{ height }}>
      {ready ? cloneElement(children, capture ? { width: captureWidth(capture), height } : { height }) : null}
    </div>
  )
}
