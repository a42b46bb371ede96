import { useDeferredValue } from 'react'
import { useHydrated } from '../components/ui/chart-island'

/**
 * The value one render late, when the view is rendered on the client alone: its first commit, and so its first frame,
 * goes without it, and the render that adds it follows at once. For a page's long part (an article's text with its
 * highlights) under a heading that should not wait for it: on a page the host sends as the app's shell (404.html),
 * the whole view rendered in one go kept the heading off screen for about 100 ms more. Null until then.
 *
 * At once while the build renders a page and while the browser hydrates one: the baked markup holds the value, and
 * hydration must find the same markup.
 */
export function usePaintedLater<T>(value: T): T | null {
  const live = useHydrated()
  // an initial value makes React render that first and the value in a render of its own; undefined: none, at once
  return useDeferredValue<T | null>(value, live ? null : undefined)
}
