import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Pager } from '../../../components/ui/pager'
import { useLang } from '../../../lib/i18n/use-lang'
import { Link } from 'react-router'
import type { Paging } from '../../../lib/use-page'
import type { CorridorEvent } from '../../../schema/dataset'
import { EventFacts } from './event-facts'

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
  const lang = useLang()
  const heading = useRef<HTMLHeadingElement>(null)
  if (events.length === 0) return null
  return (
    <section className="undated-events" aria-labelledby="undated-events-title">
      <h2 id="undated-events-title" ref={heading} tabIndex={-1}>
        {t('timeline.undatedTitle', { count: events.length })}
      </h2>
      <p className="lede">{t('timeline.undatedBody')}</p>
      <ul className="undated-events__list">
        {events.slice(paging.start, paging.end).map((event) => (
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
      <Pager paging={paging} label={t('timeline.undatedPagesLabel')} focusTarget={heading} />
    </section>
  )
}
