/** What {@link afterFirstPaint} reads from the browser; passed in so the decision can be tested without one. */
export interface PaintEnvironment {
  hidden: () => boolean
  /** The pre-paint script let the baked page show (`data-render="baked"`); else a placeholder paints, no content. */
  bakedShown: () => boolean
  /** Calls back once with the first paint timing entry (`first-paint` or `first-contentful-paint`), buffered. */
  observePaint: ((onPainted: () => void) => () => void) | null
  onHidden: (callback: () => void) => () => void
  nextFrame: (callback: () => void) => void
  later: (callback: () => void, ms: number) => void
}

/**
 * How long to wait for the paint entry before starting anyway: a backstop should a browser report no paint for a page
 * with content (it never starts the app later than this after its first frame).
 */
export const PAINT_BACKSTOP_MS = 3_000

/**
 * Runs `start` once the page's first frame is on screen. The end of the first frame's main-thread work (a
 * requestAnimationFrame callback and a task after it) comes before that frame is rastered and presented; the app's
 * code fetched and compiled then competes with that raster for the CPU and held the first paint back (README "First
 * chart"). The paint timing entry arrives after presentation. A hidden tab paints nothing, so it starts at once. A page
 * that shows a placeholder instead of its baked content (a deep link the app renders itself) has no contentful paint
 * to wait for (Firefox and Safari report only that one) and needs the app soon: it starts after one frame, as does a
 * browser without paint timing.
 */
export function afterFirstPaint(start: () => void, env: PaintEnvironment): void {
  if (env.hidden()) {
    start()
    return
  }
  if (env.observePaint === null || !env.bakedShown()) {
    env.nextFrame(() => env.later(start, 0))
    return
  }
  let started = false
  const stops: (() => void)[] = []
  const once = () => {
    if (started) return
    started = true
    for (const stop of stops) stop()
    start()
  }
  stops.push(env.observePaint(once), env.onHidden(once))
  if (started) for (const stop of stops) stop() // the entry was already there
  env.nextFrame(() => env.later(once, PAINT_BACKSTOP_MS))
}

/** The browser's side of {@link PaintEnvironment}. */
export function browserPaintEnvironment(): PaintEnvironment {
  const paintTiming =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('paint')
  return {
    hidden: () => document.visibilityState === 'hidden',
    bakedShown: () => document.documentElement.dataset.render === 'baked',
    observePaint: paintTiming
      ? (onPainted) => {
          const observer = new PerformanceObserver(() => onPainted())
          observer.observe({ type: 'paint', buffered: true })
          return () => observer.disconnect()
        }
      : null,
    onHidden: (callback) => {
      const listener = () => {
        if (document.visibilityState === 'hidden') callback()
      }
      document.addEventListener('visibilitychange', listener)
      return () => document.removeEventListener('visibilitychange', listener)
    },
    nextFrame: (callback) => void requestAnimationFrame(() => callback()),
    later: (callback, ms) => void setTimeout(callback, ms),
  }
}
