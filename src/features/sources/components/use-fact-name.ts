import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useLang } from '../../../lib/i18n/use-lang'
import { useFigureFormat } from '../../../lib/use-figure-format'
import type { ArticleFact } from '../lib/article-facts'

/** Returns a function naming a fact for people: its kind and its label ("Figure: Bilateral trade turnover"). */
export function useFactName(): (fact: ArticleFact) => string {
  const { t } = useTranslation()
  const format = useFigureFormat()
  const lang = useLang()
  return useCallback(
    (fact: ArticleFact) => {
      const label =
        fact.metric !== null
          ? format.metricName(fact.metric, fact.label ?? fact.metric)
          : (fact.titles?.[lang] ?? fact.label ?? t('sources.untitled'))
      return t('sources.factName', { kind: t(`sources.kinds.${fact.kind}`), label })
    },
    [format, lang, t],
  )
}
