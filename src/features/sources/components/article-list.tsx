import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { Pager } from '../../../components/ui/pager'
import { SearchNotices } from '../../../components/ui/search-notices'
import { formatLanguageName, formatPartialDate } from '../../../lib/format'
import { useLang } from '../../../lib/i18n/use-lang'
import { usePage } from '../../../lib/use-page'
import { useLinkWithSharedSearch } from '../../../lib/use-shared-search'
import type { ViewSlice } from '../../../schema/view-files'
import { countFactsByArticle } from '../lib/article-facts'

/** Props of {@link ArticleList}. */
export interface ArticleListProps {
  facts: ViewSlice
}

/**
 * Lists the source articles, newest first, a page at a time (`?page=`): title (in its language), outlet, date,
 * language and facts cited.
 */
export function ArticleList({ facts }: ArticleListProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const withShared = useLinkWithSharedSearch()
  // the list's file carries the counts (it has no facts); a file with facts is counted here
  const counts = useMemo(
    () => (facts.factCounts ? new Map(Object.entries(facts.factCounts)) : countFactsByArticle(facts)),
    [facts],
  )
  const articles = useMemo(
    () =>
      [...facts.articles].sort(
        (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
      ),
    [facts],
  )
  const paging = usePage(articles.length)
  const heading = useRef<HTMLHeadingElement>(null)
  if (articles.length === 0) return <EmptyState title={t('sources.emptyTitle')} />
  return (
    <>
      <SearchNotices notices={paging.notices} />
      <h2 className="article-list__heading" ref={heading} tabIndex={-1}>
        {t('sources.listTitle', { count: articles.length })}
      </h2>
      <ul className="article-list" aria-label={t('sources.title')}>
        {articles.slice(paging.start, paging.end).map((article) => (
          <li key={article.id} className="article-list__item">
            <h3 className="article-list__title" lang={article.lang}>
              <Link to={withShared(`/sources/${encodeURIComponent(article.id)}`)}>
                <bdi>{article.title}</bdi>
              </Link>
            </h3>
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
      <Pager paging={paging} label={t('sources.pagesLabel')} focusTarget={heading} />
    </>
  )
}
