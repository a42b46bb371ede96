import { useCallback, useState } from 'react'

/**
 * The width of an element in CSS pixels, followed as it changes: the callback goes on the element as its `ref`; the
 * width is null until it is first measured (and where there is no ResizeObserver, as in the build's headless
 * document). For drawings laid out in pixels rather than scaled by their viewBox, so text keeps its size on a phone.
 */
export function useBoxWidth<T extends Element>(): [measure: (element: T | null) => void, width: number | null] {
  const [width, setWidth] = useState<number | null>(null)
  const measure = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width))
    })
    observer.observe(element)
    // React 19 calls a ref's cleanup when the element goes
    return () => observer.disconnect()
  }, [])
  return [measure, width]
}
