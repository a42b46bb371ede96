import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { formatLanguageName, formatPartialDate } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import { useLinkWithSharedSearch } from '../../../lib/use-shared-search'
import type { FactsFile } from '../../../schema/dataset'
import { countFactsByArticle } from '../lib/article-facts'

/** Props of {@link ArticleList}. */
export interface ArticleListProps {
  facts: FactsFile
}

/** Lists the source articles, newest first: title (in its language), outlet, date, language and facts cited. */
export function ArticleList({ facts }: ArticleListProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const withShared = useLinkWithSharedSearch()
  const counts = useMemo(() => countFactsByArticle(facts), [facts])
  const articles = useMemo(
    () =>
      [...facts.articles].sort(
        (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
      ),
    [facts],
  )
  if (articles.length === 0) return <EmptyState title={t('sources.emptyTitle')} />
  return (
    <ul className="article-list" aria-label={t('sources.title')}>
      {articles.map((article) => (
        <li key={article.id} className="article-list__item">
          <h2 className="article-list__title" lang={article.lang}>
            <Link to={withShared(`/sources/${encodeURIComponent(article.id)}`)}>
              <bdi>{article.title}</bdi>
            </Link>
          </h2>
          <p className="article-list__meta">
            <bdi>{article.outlet ?? t('source.unknownOutlet')}</bdi>
            {' · '}
            {article.published ? (
              <time dateTime={article.published}>{formatPartialDate(article.published, lang)}</time>
            ) : (
              <span>{t('source.undated')}</span>
            )}
            {' · '}
            <span>{formatLanguageName(article.lang, lang)}</span>
            {' · '}
            <span>{t('sources.factCount', { count: counts.get(article.id) ?? 0 })}</span>
          </p>
        </li>
      ))}
    </ul>
  )
}
