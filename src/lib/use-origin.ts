import { useSyncExternalStore } from 'react'
import { noSubscription } from '../components/ui/chart-island'

/**
 * The page's origin (`https://host`), for absolute links to copy. Empty while a baked page is rendered at build time
 * and while it hydrates: the build cannot know the host, and the first client render must match the baked one.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  )
}
