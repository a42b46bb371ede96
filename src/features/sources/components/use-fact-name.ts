import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleFact } from '../lib/article-facts'

/** Returns a function naming a fact for people: its kind and its label ("Figure: Bilateral trade turnover"). */
export function useFactName(): (fact: ArticleFact) => string {
  const { t } = useTranslation()
  const format = useFigureFormat()
  return useCallback(
    (fact: ArticleFact) => {
      const label =
        fact.metric !== null
          ? format.metricName(fact.metric, fact.label ?? fact.metric)
          : (fact.label ?? t('sources.untitled'))
      return t('sources.factName', { kind: t(`sources.kinds.${fact.kind}`), label })
    },
    [format, t],
  )
}
