import { Link } from 'react-router'
import { formatLanguageName, formatPartialDate } from '../../lib/format'
import { useCachedTranslate, useLabelTranslate } from '../../lib/i18n/cached-translate'
import { useLang } from '../../lib/i18n/use-lang'
import { useLinkWithSharedSearch } from '../../lib/use-shared-search'
import type { ArticleMeta, SourceRef } from '../../schema/dataset'

/** Props of {@link SourceQuote}. */
export interface SourceQuoteProps {
  source: SourceRef
  /** The quoted article's metadata; undefined when the index lacks it (the quote still shows). */
  article: ArticleMeta | undefined
  /** The fact this quote supports; the link opens the article scrolled to it. */
  factId: string
}

function QuoteText({ source }: { source: SourceRef }) {
  const { quote, start, mention } = source
  if (!mention || mention.start < start || mention.end > start + quote.length || mention.end <= mention.start) {
    return <>{quote}</>
  }
  const from = mention.start - start
  const to = mention.end - start
  return (
    <>
      {quote.slice(0, from)}
      <mark>{quote.slice(from, to)}</mark>
      {quote.slice(to)}
    </>
  )
}

/** Shows a verbatim source sentence (its key words marked) with outlet, date and language, linking into the article. */
export function SourceQuote({ source, article, factId }: SourceQuoteProps) {
  const t = useCachedTranslate()
  const label = useLabelTranslate()
  const lang = useLang()
  const withShared = useLinkWithSharedSearch()
  const outlet = article?.outlet ?? t('source.unknownOutlet')
  const date = article?.published ? formatPartialDate(article.published, lang) : t('source.undated')
  const language = article ? formatLanguageName(article.lang, lang) : null
  const to = withShared(`/sources/${encodeURIComponent(source.articleId)}?fact=${encodeURIComponent(factId)}`)
  return (
    <figure className="source-quote">
      <blockquote lang={article?.lang} className="source-quote__text">
        <bdi>
          <QuoteText source={source} />
        </bdi>
      </blockquote>
      <figcaption className="source-quote__meta">
        <bdi className="source-quote__outlet">{outlet}</bdi>
        {' · '}
        <time dateTime={article?.published ?? undefined}>{date}</time>
        {language ? (
          <>
            {' · '}
            <span>{label('source.inLanguage', { language })}</span>
          </>
        ) : null}
        {' · '}
        <Link to={to} title={article ? t('source.articleTitle', { title: article.title }) : undefined}>
          {t('source.showInArticle')}
        </Link>
      </figcaption>
    </figure>
  )
}
