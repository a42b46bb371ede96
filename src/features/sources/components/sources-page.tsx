import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { Skeleton } from '../../../components/ui/skeleton'
import { useViewFacts } from '../../../data/queries'
import { useLinkWithSharedSearch } from '../../../lib/use-shared-search'
import { ArticleList } from './article-list'
import { ArticleReader } from './article-reader'
import './sources.css'

/** The sources view: the article list at `/sources`, one article's reader at `/sources/:articleId`. */
export function SourcesPage() {
  const { t } = useTranslation()
  const { articleId } = useParams()
  // the list reads every article's metadata; a reader page only its article's file (missing: an unknown id)
  const query = useViewFacts(articleId === undefined ? 'sources' : { reader: articleId })
  const withShared = useLinkWithSharedSearch()
  const backTo = withShared('/sources')

  if (query.isPending) {
    return (
      <div className="page">
        <h1>{t('sources.title')}</h1>
        <Skeleton variant="list" blocks={4} />
      </div>
    )
  }
  if (query.isError) {
    return (
      <div className="page">
        <h1>{t('sources.title')}</h1>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      </div>
    )
  }
  if (articleId === undefined) {
    return (
      <div className="page">
        <h1>{t('sources.title')}</h1>
        <p className="lede">{t('sources.intro')}</p>
        <ArticleList facts={query.data} />
      </div>
    )
  }
  const meta = query.data.articles.find((article) => article.id === articleId)
  if (!meta) {
    return (
      <div className="page">
        <h1>{t('sources.title')}</h1>
        <EmptyState
          title={t('sources.unknownArticle', { id: articleId })}
          action={<Link to={backTo}>{t('sources.allSources')}</Link>}
        />
      </div>
    )
  }
  return (
    <div className="page">
      <ArticleReader key={meta.id} meta={meta} facts={query.data} backTo={backTo} />
    </div>
  )
}
