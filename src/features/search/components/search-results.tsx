import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLang } from '../../../lib/i18n/use-lang'
import { useLinkWithLang } from '../../../lib/use-shared-search'
import type { SearchDoc } from '../../../schema/search-index'
import { searchWords } from '../../../schema/search-text'
import type { SearchResult } from '../lib/run-search'
import { markTerms, RESULT_GROUPS, resultHref } from '../lib/result-view'
import { metricName } from '../../../lib/metric-name'
import { formatPartialDate } from '../../../lib/format'

/** A result's text with the words that matched the query marked. */
function MarkedText({ text, lang, terms }: { text: string; lang: string; terms: readonly string[] }) {
  return (
    <bdi>
      {markTerms(searchWords(text, lang), text, terms).map((run, index) =>
        run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </bdi>
  )
}

/** Names a result in the interface language where the data has a name for it, else in its source's words. */
function useResultTitle(): (doc: SearchDoc) => string {
  const { t } = useTranslation()
  const lang = useLang()
  return (doc) => {
    switch (doc.type) {
      case 'article':
        return doc.title
      case 'figure':
        return metricName(doc.metric, doc.label, t, lang)
      case 'agreement':
        return doc.title ?? t('search.untitledAgreement')
      case 'occasion':
        return doc.titles[lang]
    }
  }
}

/** Where an article result comes from: its outlet and date, so that two articles of one title can be told apart. */
function ArticleOrigin({ outlet, published }: { outlet: string | null; published: string | null }) {
  const { t } = useTranslation()
  const lang = useLang()
  const parts = [
    outlet ?? t('source.unknownOutlet'),
    published ? formatPartialDate(published, lang) : t('source.undated'),
  ]
  return <span className="search-result__where"> · {parts.join(', ')}</span>
}

/**
 * One result: its name linking to where it is shown (an article's with its outlet and date), and the sentence that
 * matched with the query's words marked.
 */
function ResultItem({ result }: { result: SearchResult }) {
  const { t } = useTranslation()
  const linkTo = useLinkWithLang()
  const titleOf = useResultTitle()
  const { entry } = result
  const inTitle = entry.type === 'article' && entry.span === null
  return (
    <li className="search-result">
      <Link to={linkTo(resultHref(entry))} className="search-result__title">
        {inTitle ? (
          <MarkedText text={entry.title} lang={entry.lang} terms={result.terms} />
        ) : (
          <bdi>{titleOf(entry)}</bdi>
        )}
      </Link>
      {entry.type === 'article' && entry.outlet !== undefined && entry.published !== undefined ? (
        <ArticleOrigin outlet={entry.outlet} published={entry.published} />
      ) : null}
      {inTitle ? (
        <span className="search-result__where"> · {t('search.inTitle')}</span>
      ) : (
        <p className="search-result__text" lang={entry.lang}>
          <MarkedText text={entry.text} lang={entry.lang} terms={result.terms} />
        </p>
      )}
    </li>
  )
}

/** The best results, grouped by what they are: article sentences, figures, agreements, occasions. */
export function SearchResults({ results }: { results: readonly SearchResult[] }) {
  const { t } = useTranslation()
  return (
    <>
      {RESULT_GROUPS.map((type) => {
        const group = results.filter((result) => result.entry.type === type)
        if (group.length === 0) return null
        return (
          <section key={type} className="search-group" aria-labelledby={`search-group-${type}`}>
            <h2 id={`search-group-${type}`}>
              {t('search.groupCount', { group: t(`search.groups.${type}`), count: group.length })}
            </h2>
            <ol className="search-results">
              {group.map((result) => (
                <ResultItem key={result.doc} result={result} />
              ))}
            </ol>
          </section>
        )
      })}
    </>
  )
}
