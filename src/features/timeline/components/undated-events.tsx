import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Pager } from '../../../components/ui/pager'
import { useLang } from '../../../lib/i18n/use-lang'
import { Link } from 'react-router'
import type { Paging } from '../../../lib/use-page'
import type { CorridorEvent } from '../../../schema/dataset'
import { EventFacts } from './event-facts'

/** Props of {@link OccasionList}. */
export interface OccasionListProps {
  /** The occasions this page shows, in order. */
  shown: readonly CorridorEvent[]
  paging: Paging
  eventHref: (eventId: string) => string
  id: string
  title: string
  intro?: string
  pagesLabel: string
}

/** Lists occasions a page at a time, each linking to its selection on the timeline, with what is known about it. */
export function OccasionList({ shown, paging, eventHref, id, title, intro, pagesLabel }: OccasionListProps) {
  const lang = useLang()
  const heading = useRef<HTMLHeadingElement>(null)
  return (
    <section className="undated-events" aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {intro ? <p className="lede">{intro}</p> : null}
      <ul className="undated-events__list">
        {shown.map((event) => (
          <li key={event.id} className="undated-events__item">
            <h3>
              <Link to={eventHref(event.id)}>
                <bdi>{event.title[lang]}</bdi>
              </Link>
            </h3>
            <EventFacts event={event} />
          </li>
        ))}
      </ul>
      <Pager paging={paging} label={pagesLabel} focusTarget={heading} />
    </section>
  )
}

/** Props of {@link UndatedEvents}. */
export interface UndatedEventsProps {
  events: readonly CorridorEvent[]
  /** Which of them this page shows (`?page=`). */
  paging: Paging
  eventHref: (eventId: string) => string
}

/**
 * Lists the events no source dates, a page at a time, with what is known about each, since the time axis cannot
 * place them.
 */
export function UndatedEvents({ events, paging, eventHref }: UndatedEventsProps) {
  const { t } = useTranslation()
  if (events.length === 0) return null
  return (
    <OccasionList
      shown={events.slice(paging.start, paging.end)}
      paging={paging}
      eventHref={eventHref}
      id="undated-events-title"
      title={t('timeline.undatedTitle', { count: events.length })}
      intro={t('timeline.undatedBody')}
      pagesLabel={t('timeline.undatedPagesLabel')}
    />
  )
}
