import { useTranslation } from 'react-i18next'
import { SourceQuote } from '../../../components/ui/source-quote'
import { formatCountryName, formatNumber, formatPartialDate } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import type { Agreement, ArticleMeta, SourceRef } from '../../../schema/dataset'
import { agreementHeading } from './describe-agreement'

/** Props of {@link AgreementCard}. */
export interface AgreementCardProps {
  agreement: Agreement
  articlesById: ReadonlyMap<string, ArticleMeta>
  /** Makes ids unique when the same agreement appears under several sectors. */
  idSuffix: string
}

function SourceList({
  sources,
  agreement,
  articlesById,
}: {
  sources: readonly SourceRef[]
  agreement: Agreement
  articlesById: ReadonlyMap<string, ArticleMeta>
}) {
  return (
    <ul className="agreement-card__sources">
      {sources.map((source) => (
        <li key={`${source.articleId}:${source.start}`}>
          <SourceQuote source={source} article={articlesById.get(source.articleId)} factId={agreement.id} />
        </li>
      ))}
    </ul>
  )
}

/** Shows one agreement record: kind, count, date, place, parties, sectors, its first source quote and the rest folded. */
export function AgreementCard({ agreement, articlesById, idSuffix }: AgreementCardProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const headingId = `agreement-${agreement.id}-${idSuffix}`
  const titleLang = agreement.title ? articlesById.get(agreement.sources[0]?.articleId ?? '')?.lang : undefined
  const notGiven = <span className="agreement-card__missing">{t('agreements.notGiven')}</span>
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : notGiven)
  return (
    <article className="agreement-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="agreement-card__title" lang={titleLang}>
        <bdi>{agreementHeading(agreement, t)}</bdi>
      </h3>
      <dl className="agreement-card__facts">
        <div>
          <dt>{t('agreements.kind')}</dt>
          <dd>{agreement.kind === 'package' ? t('agreements.kindPackage') : t('agreements.kindDocument')}</dd>
        </div>
        <div>
          <dt>{t('agreements.count')}</dt>
          <dd>{agreement.count === null ? notGiven : formatNumber(agreement.count, lang)}</dd>
        </div>
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
          <dd>{list(agreement.parties.map((code) => formatCountryName(code, lang)))}</dd>
        </div>
        <div>
          <dt>{t('agreements.sectors')}</dt>
          <dd>{list(agreement.sectors.map((sector) => t(`sector.${sector}`)))}</dd>
        </div>
      </dl>
      <SourceList sources={agreement.sources.slice(0, 1)} agreement={agreement} articlesById={articlesById} />
      {agreement.sources.length > 1 ? (
        <details className="agreement-card__more">
          <summary>{t('agreements.moreSources', { count: agreement.sources.length - 1 })}</summary>
          <SourceList sources={agreement.sources.slice(1)} agreement={agreement} articlesById={articlesById} />
        </details>
      ) : null}
    </article>
  )
}
