import { TimelinePage } from '../../features/timeline/components/timeline-page'

/** Route `/timeline`. */
export function TimelineRoute() {
  return <TimelinePage />
}
