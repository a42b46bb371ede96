import { useTranslation } from 'react-i18next'
import { IsolatedList } from '../../../components/ui/isolated-list'
import { formatPartialDate } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import type { CorridorEvent } from '../../../schema/dataset'
import { laneName } from './timeline-chart'

/** Props of {@link EventFacts}. */
export interface EventFactsProps {
  event: CorridorEvent
}

/** Lists what the sources say about an event: kind, date and its basis, place, countries and people. */
export function EventFacts({ event }: EventFactsProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const notGiven = <span className="event-facts__missing">{t('timeline.notGiven')}</span>
  return (
    <dl className="event-facts">
      <div>
        <dt>{t('timeline.kind')}</dt>
        <dd>{t(`timeline.kinds.${event.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('timeline.date')}</dt>
        <dd>
          {event.date ? (
            <>
              <time dateTime={event.date}>{formatPartialDate(event.date, lang)}</time>{' '}
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
        <dt>{t('timeline.people')}</dt>
        <dd>{event.people.length > 0 ? <IsolatedList items={event.people} /> : notGiven}</dd>
      </div>
    </dl>
  )
}
