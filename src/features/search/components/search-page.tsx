import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state'
import { ErrorState } from '../../../components/ui/error-state'
import { SearchNotices } from '../../../components/ui/search-notices'
import { Skeleton } from '../../../components/ui/skeleton'
import { mergeSearchParams } from '../../../lib/search-notice'
import { useUpdateSearch } from '../../../lib/use-update-search'
import { queryWords } from '../lib/run-search'
import { MAX_QUERY_LENGTH, parseSearchSearch, SEARCH_KEYS, toSearchSearchParams } from '../search-params'
import { RESULT_LIMIT, searchQueryOptions } from '../search-queries'
import { SearchResults } from './search-results'
import './search.css'

/** How long typing pauses before the query is written to the URL and run. */
export const TYPING_DELAY_MS = 300

/**
 * Keeps the search box and the URL's `q` in step: typing writes the URL (replacing the entry, after a pause), and a
 * change of `q` that this box did not write (Back, the header's box, a link) replaces what the box holds.
 */
function useQueryText(q: string) {
  const updateSearch = useUpdateSearch()
  const [text, setText] = useState(q)
  const [seen, setSeen] = useState(q)
  const [written, setWritten] = useState<string | null>(null)
  if (q !== seen) {
    setSeen(q)
    if (q !== written) setText(q)
  }
  const write = useCallback(
    (value: string) => {
      setWritten(value)
      updateSearch((current) => mergeSearchParams(current, SEARCH_KEYS, toSearchSearchParams({ q: value })), {
        replace: true,
        urgent: false, // written while typing: the results may come a frame later, the keys must not wait for them
      })
    },
    [updateSearch],
  )
  useEffect(() => {
    if (text === q) return
    const timer = setTimeout(() => write(text), TYPING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, q, write])
  return { text, setText, submit: () => write(text) }
}

/** The search view: a box whose query lives in the URL, and the results grouped by type, each linking to its view. */
export function SearchPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const search = useMemo(() => parseSearchSearch(params), [params])
  const { text, setText, submit } = useQueryText(search.q)
  const hasWords = queryWords(search.q).length > 0
  const query = useQuery({ ...searchQueryOptions(search.q), enabled: hasWords, placeholderData: keepPreviousData })
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    submit()
  }
  return (
    <div className="page search-page">
      <h1>{t('search.title')}</h1>
      <p className="lede">{t('search.intro')}</p>
      <form role="search" className="search-form" onSubmit={onSubmit}>
        <label htmlFor="search-input">{t('search.label')}</label>
        <div className="search-form__row">
          <input
            id="search-input"
            type="search"
            className="search-input"
            value={text}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      <SearchNotices notices={search.notices} />
      {!hasWords ? (
        <p className="search-page__prompt">{t('search.prompt')}</p>
      ) : query.isPending ? (
        <Skeleton variant="list" blocks={4} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : query.data.total === 0 && !query.isPlaceholderData ? (
        <EmptyState title={t('search.empty', { query: search.q.trim() })}>
          <p>{t('search.emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="search-page__results" aria-busy={query.isPlaceholderData}>
          <p className="search-page__count" role="status">
            {query.isPlaceholderData
              ? t('search.searching')
              : t(query.data.atLeast ? 'search.countAtLeast' : 'search.count', {
                  count: query.data.total,
                  query: search.q.trim(),
                })}
            {!query.isPlaceholderData && query.data.total > RESULT_LIMIT
              ? `. ${t('search.shown', { shown: RESULT_LIMIT })}`
              : ''}
          </p>
          {query.data.narrowed ? <p className="search-page__note">{t('search.narrowed')}</p> : null}
          <SearchResults results={query.data.results} />
        </div>
      )}
    </div>
  )
}
