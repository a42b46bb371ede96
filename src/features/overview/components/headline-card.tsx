import { useCachedTranslate } from '../../../lib/i18n/cached-translate'
import { Link } from 'react-router'
import { FigureCite } from '../../../components/ui/figure-cite'
import { formatPartialDate } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import { useLinkWithSharedSearch } from '../../../lib/use-shared-search'
import type { ArticleMeta, Figure } from '../../../schema/dataset'

/** Props of {@link HeadlineCard}. */
export interface HeadlineCardProps {
  figure: Figure
  articlesById: ReadonlyMap<string, ArticleMeta>
}

/** Shows one key figure: value, what it measures, target or achieved, when, and its first source with a link. */
export function HeadlineCard({ figure, articlesById }: HeadlineCardProps) {
  const t = useCachedTranslate()
  const format = useFigureFormat()
  const withShared = useLinkWithSharedSearch()
  const source = figure.sources[0]
  const article = source ? articlesById.get(source.articleId) : undefined
  const headingId = `card-${figure.id}`
  return (
    <article className="headline-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="headline-card__label">
        <bdi>{format.metricName(figure.metric, figure.label)}</bdi>
      </h3>
      <p className="headline-card__value">{format.figureValue(figure)}</p>
      <p className="headline-card__meta">
        <span className={`badge badge--${figure.kind}`}>{t(`kind.${figure.kind}`)}</span> {format.when(figure)}
      </p>
      {source ? (
        <p className="headline-card__source">
          <bdi>{article?.outlet ?? t('source.unknownOutlet')}</bdi>
          {' · '}
          {article?.published ? formatPartialDate(article.published, format.lang) : t('source.undated')}
          {figure.sources.length > 1 ? ` · ${t('figure.sourceCount', { count: figure.sources.length })}` : null}
          <br />
          <Link
            to={withShared(`/sources/${encodeURIComponent(source.articleId)}?fact=${encodeURIComponent(figure.id)}`)}
          >
            {t('source.showInArticle')}
          </Link>
          {' · '}
          <Link to={withShared(`/targets/${encodeURIComponent(figure.metric)}`)}>{t('nav.targets')}</Link>
        </p>
      ) : null}
      <div className="headline-card__actions">
        <FigureCite figure={figure} articlesById={articlesById} />
      </div>
    </article>
  )
}
