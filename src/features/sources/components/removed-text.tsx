import { useTranslation } from 'react-i18next'
import type { Article } from '../../../schema/dataset'
import { removedReasonLabel } from '../lib/removed-reasons'

/** Props of {@link RemovedText}. */
export interface RemovedTextProps {
  removed: Article['removed']
  lang: string
}

/** Shows, collapsed, what cleaning cut from the raw article and why, so nothing is dropped silently. */
export function RemovedText({ removed, lang }: RemovedTextProps) {
  const { t } = useTranslation()
  if (removed.length === 0) return null
  // the dataset keeps its reasons in English; the reader reads them in the interface's language
  const label = (reason: string) => removedReasonLabel(reason, t)
  const reasons = [...new Set(removed.map((item) => label(item.reason)))].join(', ')
  return (
    <details className="removed-text">
      <summary>{t('sources.removedSummary', { reasons, count: removed.length })}</summary>
      <ul>
        {removed.map((item, index) => (
          <li key={index}>
            <span className="removed-text__reason">{label(item.reason)}</span>
            {item.text ? (
              <q lang={lang} className="removed-text__text">
                {item.text}
              </q>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  )
}
