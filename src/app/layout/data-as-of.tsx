import { useTranslation } from 'react-i18next'
import { useDataInfo } from '../../data/data-info'
import { formatPartialDate } from '../../lib/format'
import { useLang } from '../../lib/i18n/use-lang'

/** Says how current the data is: the newest article's date and how many articles it comes from. */
export function DataAsOf() {
  const { t } = useTranslation()
  const lang = useLang()
  const info = useDataInfo()
  if (!info) return null
  const count = info.articleCount
  return (
    <span className="data-as-of">
      {info.asOf === null
        ? t('dataAsOf.undated', { count })
        : t('dataAsOf.line', { count, date: formatPartialDate(info.asOf, lang) })}
    </span>
  )
}
