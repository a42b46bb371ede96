import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// the first visit to a lazy route transforms its module (Recharts included), which can take seconds on a busy machine
configure({ asyncUtilTimeout: 5000 })

// jsdom has no layout: Recharts' ResponsiveContainer only needs the observer to exist, not to report sizes
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('ResizeObserver', NoopResizeObserver)
// ScrollRestoration scrolls on navigation; jsdom does not implement scrolling
window.scrollTo = () => {}

afterEach(() => {
  cleanup()
  window.localStorage.clear()
  document.documentElement.removeAttribute('data-theme')
  vi.unstubAllGlobals()
  vi.stubGlobal('ResizeObserver', NoopResizeObserver)
})
