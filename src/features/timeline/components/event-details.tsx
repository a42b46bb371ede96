import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SourceQuote } from '../../../components/ui/source-quote'
import type { ArticleMeta, CorridorEvent } from '../../../schema/dataset'
import { EventFacts } from './event-facts'

/** Props of {@link EventDetails}. */
export interface EventDetailsProps {
  event: CorridorEvent
  articlesById: ReadonlyMap<string, ArticleMeta>
  closeHref: string
}

/** Shows the selected event with every source quote; takes focus when the selection changes so it is announced. */
export function EventDetails({ event, articlesById, closeHref }: EventDetailsProps) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [event.id])
  const labelLang = articlesById.get(event.sources[0]?.articleId ?? '')?.lang
  return (
    <section className="event-details" aria-labelledby="event-details-title">
      <p className="event-details__eyebrow">{t('timeline.selected')}</p>
      <h2 id="event-details-title" ref={headingRef} tabIndex={-1} lang={labelLang}>
        <bdi>{event.label}</bdi>
      </h2>
      <EventFacts event={event} />
      <h3>{t('figure.sourceCount', { count: event.sources.length })}</h3>
      <ol className="event-details__sources">
        {event.sources.map((source) => (
          <li key={`${source.articleId}:${source.start}`}>
            <SourceQuote source={source} article={articlesById.get(source.articleId)} factId={event.id} />
          </li>
        ))}
      </ol>
      <p>
        <Link to={closeHref}>{t('timeline.clearSelection')}</Link>
      </p>
    </section>
  )
}
