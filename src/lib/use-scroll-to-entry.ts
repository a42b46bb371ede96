import { useEffect } from 'react'

/** Scrolls the entry a link points at (by element id) into view once it is drawn, and moves focus to it. */
export function useScrollToEntry(id: string | null, drawn: boolean): void {
  useEffect(() => {
    if (id === null || !drawn) return
    const entry = document.getElementById(id)
    if (!entry) return
    if (typeof entry.scrollIntoView === 'function') entry.scrollIntoView({ block: 'start' })
    entry.focus({ preventScroll: true })
  }, [id, drawn])
}
