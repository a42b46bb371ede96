import { memo } from 'react'
import { IsolatedList } from '../../../components/ui/isolated-list'
import { formatPartialDate } from '../../../lib/format'
import { useCachedTranslate } from '../../../lib/i18n/cached-translate'
import { useLang } from '../../../lib/i18n/use-lang'
import type { CorridorEvent } from '../../../schema/dataset'
import { laneName } from './timeline-chart'

/** Props of {@link EventFacts}. */
export interface EventFactsProps {
  event: CorridorEvent
}

/**
 * Lists what the sources say about an occasion: kind, status, dates and their basis, place, countries, participants.
 * Memoised: a filter click re-renders the timeline more than once, and the same occasion draws the same.
 */
export const EventFacts = memo(function EventFacts({ event }: EventFactsProps) {
  const t = useCachedTranslate()
  const lang = useLang()
  const notGiven = <span className="event-facts__missing">{t('timeline.notGiven')}</span>
  return (
    <dl className="event-facts">
      <div>
        <dt>{t('timeline.kind')}</dt>
        <dd>{t(`timeline.kinds.${event.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('timeline.status')}</dt>
        <dd>{t(event.status === 'planned' ? 'timeline.planned' : 'timeline.happened')}</dd>
      </div>
      <div>
        <dt>{t('timeline.date')}</dt>
        <dd>
          {event.date ? (
            <>
              <time dateTime={event.date}>{formatPartialDate(event.date, lang)}</time>
              {event.dateEnd ? (
                <>
                  {' – '}
                  <time dateTime={event.dateEnd}>{formatPartialDate(event.dateEnd, lang)}</time>
                </>
              ) : null}{' '}
              <span className="event-facts__basis">
                ({event.dateBasis === 'published' ? t('timeline.basisPublished') : t('timeline.basisStated')})
              </span>
            </>
          ) : (
            notGiven
          )}
        </dd>
      </div>
      <div>
        <dt>{t('timeline.place')}</dt>
        <dd>{event.place ? <bdi>{event.place}</bdi> : notGiven}</dd>
      </div>
      <div>
        <dt>{t('timeline.countries')}</dt>
        <dd>{event.countries.length > 0 ? laneName(event.countries, lang, t) : notGiven}</dd>
      </div>
      <div>
        <dt>{t('timeline.participants')}</dt>
        <dd>
          {event.participants.length > 0 ? (
            <IsolatedList
              items={event.participants.map((p) => (p.role ? `${p.name} (${t(`timeline.roles.${p.role}`)})` : p.name))}
            />
          ) : (
            notGiven
          )}
        </dd>
      </div>
    </dl>
  )
})
