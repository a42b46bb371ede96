import { memo, useState } from 'react'
import { Link } from 'react-router'
import { useHydrated } from '../../../components/ui/chart-island'
import { SourceQuote } from '../../../components/ui/source-quote'
import { formatCountryName, formatNumber, formatPartialDate } from '../../../lib/format'
import { useLabelTranslate } from '../../../lib/i18n/cached-translate'
import { useLang } from '../../../lib/i18n/use-lang'
import type { Agreement, ArticleMeta, CorridorEvent, SourceRef } from '../../../schema/dataset'
import { docTypeLabel } from '../../../lib/doc-type-label'

/** Props of {@link AgreementCard}. */
export interface AgreementCardProps {
  agreement: Agreement
  articlesById: ReadonlyMap<string, ArticleMeta>
  /** The occasion it was signed at, when the data links one. */
  occasion: CorridorEvent | null
  /** Set when a link (`?agreement=<id>`) points at this entry. */
  highlighted: boolean
}

function SourceList(props: {
  sources: readonly SourceRef[]
  factId: string
  articles: ReadonlyMap<string, ArticleMeta>
}) {
  return (
    <ul className="agreement-card__sources">
      {props.sources.map((source) => (
        <li key={`${source.articleId}:${source.start}`}>
          <SourceQuote source={source} article={props.articles.get(source.articleId)} factId={props.factId} />
        </li>
      ))}
    </ul>
  )
}

/**
 * The sources after the first, in a closed list. A card drawn by the build or at hydration draws them all: the baked
 * page shows them without JavaScript, and hydration must find what the build drew. A card drawn later (a filter, a
 * page) draws them when the list is first opened: at 100,000 articles nearly half the quotes of a page sit in these
 * closed lists, and drawing them made every click slower for nothing on screen.
 */
function MoreSources(props: {
  summary: string
  sources: readonly SourceRef[]
  factId: string
  articles: ReadonlyMap<string, ArticleMeta>
}) {
  const live = useHydrated()
  const [drawn, setDrawn] = useState(!live)
  return (
    <details
      className="agreement-card__more"
      onToggle={(event) => {
        if (event.currentTarget.open) setDrawn(true)
      }}
    >
      <summary>{props.summary}</summary>
      {drawn ? <SourceList sources={props.sources} factId={props.factId} articles={props.articles} /> : null}
    </details>
  )
}

/**
 * Shows one document or package once: its generated type label, its title as the source gives it, sector chips,
 * the occasion it was signed at (linked to the timeline), the other facts and its sources. Memoised: a filter click
 * re-renders the page more than once, and a card whose props are the same draws the same (its hooks still follow the
 * language and the URL).
 */
export const AgreementCard = memo(function AgreementCard({
  agreement,
  articlesById,
  occasion,
  highlighted,
}: AgreementCardProps) {
  // its labels' values (a type and its years, a count) come from small sets: each is looked up once
  const t = useLabelTranslate()
  const lang = useLang()
  const headingId = `agreement-${agreement.id}-title`
  const titleLang = articlesById.get(agreement.sources[0]?.articleId ?? '')?.lang
  const notGiven = <span className="agreement-card__missing">{t('agreements.notGiven')}</span>
  const parties = agreement.parties.map((code) => formatCountryName(code, lang))
  return (
    <article
      id={agreement.id}
      tabIndex={-1}
      className={highlighted ? 'agreement-card agreement-card--highlighted' : 'agreement-card'}
      aria-labelledby={headingId}
      aria-current={highlighted ? 'true' : undefined}
    >
      <h3 id={headingId} className="agreement-card__title">
        {docTypeLabel(agreement, t)}
      </h3>
      {highlighted ? <p className="agreement-card__flag">{t('occasions.highlighted')}</p> : null}
      <p className="agreement-card__original">
        <span className="agreement-card__label">{t('occasions.originalTitle')}: </span>
        {agreement.title ? (
          <bdi lang={titleLang}>{agreement.title}</bdi>
        ) : (
          <span className="agreement-card__missing">{t('occasions.noOriginalTitle')}</span>
        )}
      </p>
      <ul className="sector-chips" aria-label={t('occasions.sectorChips')}>
        {agreement.sectors.length > 0 ? (
          agreement.sectors.map((sector) => (
            <li key={sector} className="sector-chip">
              {t(`sector.${sector}`)}
            </li>
          ))
        ) : (
          <li className="sector-chip sector-chip--none">{t('occasions.noSectorChip')}</li>
        )}
      </ul>
      <p className="agreement-card__occasion">
        <span className="agreement-card__label">{t('occasions.signedAt')}: </span>
        {occasion ? (
          <Link to={`/timeline?event=${encodeURIComponent(occasion.id)}`}>
            <bdi>{occasion.title[lang]}</bdi>
          </Link>
        ) : (
          <span className="agreement-card__missing">{t('occasions.occasionUnknown')}</span>
        )}
      </p>
      <dl className="agreement-card__facts">
        {agreement.kind === 'package' ? (
          <div>
            <dt>{t('agreements.count')}</dt>
            <dd>{agreement.count === null ? notGiven : formatNumber(agreement.count, lang)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('agreements.date')}</dt>
          <dd>
            {agreement.date ? (
              <time dateTime={agreement.date}>{formatPartialDate(agreement.date, lang)}</time>
            ) : (
              notGiven
            )}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.place')}</dt>
          <dd>{agreement.place ? <bdi>{agreement.place}</bdi> : notGiven}</dd>
        </div>
        <div>
          <dt>{t('agreements.parties')}</dt>
          <dd>{parties.length > 0 ? parties.join(', ') : notGiven}</dd>
        </div>
      </dl>
      <SourceList sources={agreement.sources.slice(0, 1)} factId={agreement.id} articles={articlesById} />
      {agreement.sources.length > 1 ? (
        <MoreSources
          summary={t('agreements.moreSources', { count: agreement.sources.length - 1 })}
          sources={agreement.sources.slice(1)}
          factId={agreement.id}
          articles={articlesById}
        />
      ) : null}
    </article>
  )
})
