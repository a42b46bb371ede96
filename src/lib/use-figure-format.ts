import { useCallback } from 'react'
import { useCachedTranslate } from './i18n/cached-translate'
import type { ArticleMeta, Figure, Qualifier, SourceRef } from '../schema/dataset'
import { horizonTermOf } from '../schema/horizon-term'
import { formatPartialDate, formatValue } from './format'
import { useLang } from './i18n/use-lang'
import { listFormat, numberFormat } from './intl-cache'
import { horizonLabel } from './horizon-label'
import { metricName as nameMetric } from './metric-name'

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

  const sourceList = useCallback(
    (sources: readonly SourceRef[], articlesById: ReadonlyMap<string, ArticleMeta>) => {
      const parts = new Set<string>()
      for (const source of sources) {
        const article = articlesById.get(source.articleId)
        const outlet = article?.outlet ?? t('chart.unknownOutlet')
        parts.add(article?.published ? `${outlet}, ${formatPartialDate(article.published, lang)}` : outlet)
      }
      return [...parts].join('; ')
    },
    [lang, t],
  )

  const sourceLineOf = useCallback((sources: string) => t('chart.sourceLine', { sources }), [t])

  const sourceLine = useCallback(
    (sources: readonly SourceRef[], articlesById: ReadonlyMap<string, ArticleMeta>) =>
      sourceLineOf(sourceList(sources, articlesById)),
    [sourceList, sourceLineOf],
  )

  // too many articles to list: how many, and the outlets with most of them
  const manySources = useCallback(
    ({ sourceArticles, outlets }: { sourceArticles: number; outlets: readonly { outlet: string | null }[] }) => {
      const names = outlets.map(({ outlet }) => outlet ?? t('chart.unknownOutlet'))
      const list = listFormat(lang, { type: 'conjunction' }).format(names)
      const articles = numberFormat(lang).format(sourceArticles)
      return t('chart.manySources', { count: sourceArticles, articles, outlets: list })
    },
    [lang, t],
  )

  return { lang, value, figureValue, when, horizon, metricName, sourceList, sourceLine, sourceLineOf, manySources }
}
