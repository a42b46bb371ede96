import { useCallback } from 'react'
import { useCachedTranslate } from './i18n/cached-translate'
import type { ArticleMeta, Figure, Qualifier, SourceRef } from '../schema/dataset'
import { horizonTermOf } from '../schema/horizon-term'
import { formatPartialDate, formatValue } from './format'
import { useLang } from './i18n/use-lang'
import { listFormat, numberFormat } from './intl-cache'
import { horizonLabel } from './horizon-label'
import { metricName as nameMetric } from './metric-name'
import { busiestOutlets } from '../schema/busiest-outlets'

/** A chart's source line names at most this many sources (outlet and date); more are counted (`chartSources`). */
const SOURCES_LISTED = 8

/** Returns the formatters views need for figures, bound to the interface language. */
export function useFigureFormat() {
  const t = useCachedTranslate()
  const lang = useLang()

  const value = useCallback(
    (amount: number, unit: string, qualifier: Qualifier = 'exact', max: number | null = null) => {
      const text =
        max === null
          ? formatValue(amount, unit, lang)
          : t('figure.range', { from: formatValue(amount, unit, lang), to: formatValue(max, unit, lang) })
      return t(`qualifier.${qualifier}`, { value: text })
    },
    [lang, t],
  )

  const figureValue = useCallback(
    (figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'valueMax'>) =>
      figure.value === null ? t('figure.noValue') : value(figure.value, figure.unit, figure.qualifier, figure.valueMax),
    [t, value],
  )

  // an open horizon reads in the interface language ("in the near future"); words no term covers are quoted as given
  const horizon = useCallback(
    (figure: Pick<Figure, 'horizon' | 'horizonTerm'>) => {
      const term = horizonTermOf(figure)
      return term ? horizonLabel(term, t) : t('figure.horizon', { text: figure.horizon ?? '' })
    },
    [t],
  )

  const when = useCallback(
    (figure: Pick<Figure, 'kind' | 'year' | 'deadline' | 'horizon' | 'horizonTerm'>) => {
      if (figure.kind !== 'achieved') {
        if (figure.deadline) return t('figure.by', { date: formatPartialDate(figure.deadline, lang) })
        if (figure.horizon) return horizon(figure)
      }
      if (figure.year !== null) return t('figure.inYear', { year: figure.year })
      if (figure.deadline) return t('figure.by', { date: formatPartialDate(figure.deadline, lang) })
      if (figure.horizon) return horizon(figure)
      return t('figure.noDeadline')
    },
    [horizon, lang, t],
  )

  const metricName = useCallback((metric: string, label: string) => nameMetric(metric, label, t, lang), [lang, t])

  // each source once as the reader would cite it: outlet and date
  const sourceEntries = useCallback(
    (sources: readonly SourceRef[], articlesById: ReadonlyMap<string, ArticleMeta>) => {
      const parts = new Set<string>()
      for (const source of sources) {
        const article = articlesById.get(source.articleId)
        const outlet = article?.outlet ?? t('source.unknownOutlet')
        parts.add(article?.published ? `${outlet}, ${formatPartialDate(article.published, lang)}` : outlet)
      }
      return parts
    },
    [lang, t],
  )

  const sourceList = useCallback(
    (sources: readonly SourceRef[], articlesById: ReadonlyMap<string, ArticleMeta>) =>
      [...sourceEntries(sources, articlesById)].join('; '),
    [sourceEntries],
  )

  const sourceLineOf = useCallback((sources: string) => t('chart.sourceLine', { sources }), [t])

  // too many articles to list: how many, and the outlets with most of them
  const manySources = useCallback(
    ({ sourceArticles, outlets }: { sourceArticles: number; outlets: readonly { outlet: string | null }[] }) => {
      const names = outlets.map(({ outlet }) => outlet ?? t('source.unknownOutlet'))
      const list = listFormat(lang, { type: 'conjunction' }).format(names)
      const articles = numberFormat(lang).format(sourceArticles)
      return t('chart.manySources', { count: sourceArticles, articles, outlets: list })
    },
    [lang, t],
  )

  // a whole chart's sources: each named while they are few, else counted with the busiest outlets named (at 100,000
  // articles one chart cited over a hundred, a source line longer than the chart); each bar's own sources stay in
  // the chart's table
  const chartSources = useCallback(
    (sources: readonly SourceRef[], articlesById: ReadonlyMap<string, ArticleMeta>) => {
      const entries = sourceEntries(sources, articlesById)
      if (entries.size <= SOURCES_LISTED) return [...entries].join('; ')
      const articleIds = new Set(sources.map((source) => source.articleId))
      const outlets = busiestOutlets(articleIds, (id) => articlesById.get(id)?.outlet ?? null)
      return manySources({ sourceArticles: articleIds.size, outlets })
    },
    [manySources, sourceEntries],
  )

  const sourceLine = useCallback(
    (sources: readonly SourceRef[], articlesById: ReadonlyMap<string, ArticleMeta>) =>
      sourceLineOf(chartSources(sources, articlesById)),
    [chartSources, sourceLineOf],
  )

  return {
    lang,
    value,
    figureValue,
    when,
    horizon,
    metricName,
    sourceList,
    chartSources,
    sourceLine,
    sourceLineOf,
    manySources,
  }
}
