import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorState } from '../../../components/ui/error-state'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { articleQueryOptions } from '../../../data/queries'
import { formatLanguageName, formatPartialDate } from '../../../lib/format'
import { usePaintedLater } from '../../../lib/use-painted-later'
import { useLang } from '../../../lib/i18n/use-lang'
import { useLinkWithLang } from '../../../lib/use-shared-search'
import type { ArticleMeta, FactsFile } from '../../../schema/dataset'
import { collectArticleFacts } from '../lib/article-facts'
import { useSourcesSearch } from '../use-sources-search'
import { ArticleText } from './article-text'
import { FactList } from './fact-list'
import { RemovedText } from './removed-text'

/** Props of {@link ArticleReader}. */
export interface ArticleReaderProps {
  meta: ArticleMeta
  facts: FactsFile
  backTo: string
}

/** Shows one article: its metadata, its cleaned text with every fact highlighted, the facts list and what was cut. */
export function ArticleReader({ meta, facts, backTo }: ArticleReaderProps) {
  const { t } = useTranslation()
  const lang = useLang()
  const linkTo = useLinkWithLang()
  const [search, factHref] = useSourcesSearch()
  const query = useQuery(articleQueryOptions(meta.id))
  // the heading paints first; the text with its highlights, the longest render here, right after
  const article = usePaintedLater(query.data)
  const articleFacts = useMemo(() => collectArticleFacts(facts, meta.id), [facts, meta.id])
  const knownFact = search.fact === null || articleFacts.some((fact) => fact.id === search.fact)
  const focusFact = knownFact ? search.fact : null
  const sentence = search.sentence
  const sentenceFits = sentence === null || !article || sentence.end <= article.text.length
  return (
    <article className="article-reader" aria-labelledby="article-title">
      <p>
        <Link to={backTo}>{t('sources.allSources')}</Link>
      </p>
      <h1 id="article-title" lang={meta.lang}>
        <bdi>{meta.title}</bdi>
      </h1>
      <p className="article-reader__meta">
        <bdi>{meta.outlet ?? t('source.unknownOutlet')}</bdi>
        {meta.author ? (
          <>
            {' · '}
            <bdi lang={meta.lang}>{meta.author}</bdi>
          </>
        ) : null}
        {' · '}
        {meta.published ? (
          <time dateTime={meta.published}>{formatPartialDate(meta.published, lang)}</time>
        ) : (
          <span>{t('source.undated')}</span>
        )}
        {' · '}
        <span>{t('sources.writtenIn', { language: formatLanguageName(meta.lang, lang) })}</span>
      </p>
      <SearchNotices
        notices={[
          ...(knownFact || search.fact === null ? [] : [{ param: 'fact', value: search.fact }]),
          ...(sentenceFits || sentence === null
            ? []
            : [{ param: 'sentence', value: `${sentence.start}-${sentence.end}` }]),
          ...search.notices,
        ]}
      />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !article ? (
        <Skeleton variant="list" blocks={6} />
      ) : (
        <>
          <p className="article-reader__hint">{t('sources.readerHint', { count: articleFacts.length })}</p>
          <ArticleText
            text={article.text}
            lang={article.lang}
            facts={articleFacts}
            focusFact={focusFact}
            focusSentence={sentenceFits ? sentence : null}
            linkTo={linkTo}
          />
          <RemovedText removed={article.removed} lang={article.lang} />
          {articleFacts.length > 0 ? (
            <FactList facts={articleFacts} focusFact={focusFact} factHref={factHref} linkTo={linkTo} />
          ) : null}
        </>
      )}
    </article>
  )
}
