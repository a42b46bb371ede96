import { useCachedTranslate } from '../../../lib/i18n/cached-translate'
import { DerivedBadge } from '../../../components/ui/derived-badge'
import { figureAnchor, FigureCite } from '../../../components/ui/figure-cite'
import { SourceQuote } from '../../../components/ui/source-quote'
import { formatPartialDate } from '../../../lib/format'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleMeta, Figure } from '../../../schema/dataset'
import { historySpan, toSourceHistory } from '../lib/to-source-history'

/** Props of {@link FigureCard}. */
export interface FigureCardProps {
  figure: Figure
  articlesById: ReadonlyMap<string, ArticleMeta>
}

/** Shows one figure: value, kind, period, derived formula, conflicts, and every source in publication order. */
export function FigureCard({ figure, articlesById }: FigureCardProps) {
  const t = useCachedTranslate()
  const format = useFigureFormat()
  const history = toSourceHistory(figure, articlesById)
  const span = historySpan(history)
  return (
    <article
      className="figure-card"
      id={figureAnchor(figure.id)}
      aria-labelledby={`${figureAnchor(figure.id)}-value`}
      tabIndex={-1}
    >
      <header className="figure-card__header">
        <p className="figure-card__value" id={`${figureAnchor(figure.id)}-value`}>
          {format.figureValue(figure)}
        </p>
        <p className="figure-card__meta">
          <span className={`badge badge--${figure.kind}`}>{t(`kind.${figure.kind}`)}</span> {format.when(figure)}
        </p>
        {figure.derived ? <DerivedBadge formula={figure.derived.formula} /> : null}
        {figure.conflict !== null ? <p className="figure-card__conflict">{t('figure.conflicts')}</p> : null}
        {figure.confidence === 'review' ? (
          <p className="figure-card__review">
            <span className="badge badge--review">{t('figure.review')}</span>{' '}
            {figure.reviewReasons.map((reason) => t(`figure.reviewReasons.${reason}`)).join('; ')}
          </p>
        ) : null}
      </header>
      {span ? (
        <p className="figure-card__history">
          {t('targets.history', {
            count: span.count,
            from: formatPartialDate(span.from, format.lang),
            to: formatPartialDate(span.to, format.lang),
          })}
        </p>
      ) : null}
      <h4 className="figure-card__sources-title">{t('figure.sourceCount', { count: history.length })}</h4>
      <ol className="figure-card__sources">
        {history.map((entry) => (
          <li key={`${entry.source.articleId}:${entry.source.start}`}>
            <SourceQuote source={entry.source} article={entry.article} factId={figure.id} />
          </li>
        ))}
      </ol>
      <div className="figure-card__actions">
        <FigureCite figure={figure} articlesById={articlesById} />
      </div>
    </article>
  )
}
