import { useTranslation } from 'react-i18next'
import { useLang } from '../../../lib/i18n/use-lang'
import { Link } from 'react-router'
import type { CorridorEvent } from '../../../schema/dataset'
import { EventFacts } from './event-facts'

/** Props of {@link UndatedEvents}. */
export interface UndatedEventsProps {
  events: readonly CorridorEvent[]
  eventHref: (eventId: string) => string
}

/** Lists the events no source dates, with what is known about each, since the time axis cannot place them. */
export function UndatedEvents({ events, eventHref }: UndatedEventsProps) {
  const { t } = useTranslation()
  const lang = useLang()
  if (events.length === 0) return null
  return (
    <section className="undated-events" aria-labelledby="undated-events-title">
      <h2 id="undated-events-title">{t('timeline.undatedTitle', { count: events.length })}</h2>
      <p className="lede">{t('timeline.undatedBody')}</p>
      <ul className="undated-events__list">
        {events.map((event) => (
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
    </section>
  )
}
