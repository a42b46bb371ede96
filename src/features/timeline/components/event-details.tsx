import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useLang } from '../../../lib/i18n/use-lang'
import { Link } from 'react-router'
import { docTypeLabel } from '../../../lib/doc-type-label'
import { CiteButton } from '../../../components/ui/cite-and-embed'
import { SourceQuote } from '../../../components/ui/source-quote'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { Agreement, ArticleMeta, CorridorEvent } from '../../../schema/dataset'
import { useEventHref } from '../use-timeline-search'
import { EventFacts } from './event-facts'

/** Props of {@link EventDetails}. */
export interface EventDetailsProps {
  event: CorridorEvent
  /** The documents signed at the occasion. */
  agreements: readonly Agreement[]
  articlesById: ReadonlyMap<string, ArticleMeta>
  closeHref: string
}

/** Shows the selected event with every source quote; takes focus when the selection changes so it is announced. */
export function EventDetails({ event, agreements, articlesById, closeHref }: EventDetailsProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const format = useFigureFormat()
  const eventHref = useEventHref()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [event.id])
  return (
    <section className="event-details" aria-labelledby="event-details-title">
      <p className="event-details__eyebrow">{t('timeline.selected')}</p>
      <h2 id="event-details-title" ref={headingRef} tabIndex={-1}>
        <bdi>{event.title[lang]}</bdi>
      </h2>
      <EventFacts event={event} />
      <div className="event-details__actions">
        <CiteButton
          title={event.title[lang]}
          sources={format.sourceList(event.sources, articlesById)}
          to={eventHref(event.id)}
        />
      </div>
      {event.parts.length > 0 ? (
        <>
          <h3>{t('timeline.partsTitle')}</h3>
          <ol className="event-details__parts">
            {event.parts.map((part) => (
              <li key={part.kind}>
                {t(`timeline.parts.${part.kind}`)}
                <ul>
                  {part.sources.map((source) => (
                    <li key={`${source.articleId}:${source.start}`}>
                      <SourceQuote source={source} article={articlesById.get(source.articleId)} factId={event.id} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {agreements.length > 0 ? (
        <>
          <h3>{t('timeline.documentsTitle')}</h3>
          <ul className="event-details__documents">
            {agreements.map((agreement) => (
              <li key={agreement.id}>
                <Link to={`/agreements?agreement=${encodeURIComponent(agreement.id)}#${agreement.id}`}>
                  {docTypeLabel(agreement, t)}
                  {agreement.title ? (
                    <>
                      {': '}
                      <bdi>{agreement.title}</bdi>
                    </>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
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
