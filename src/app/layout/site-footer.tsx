import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { dataUrl } from '../../data/fetch-json'
import { DATASET_FILE, summaryQueryOptions } from '../../data/queries'
import { DataAsOf } from './data-as-of'
import { FullDownloads } from './full-downloads'

/** The page footer: what the data is built from, and the dataset and schema downloads. */
export function SiteFooter() {
  const { t } = useTranslation()
  const { data } = useQuery({ ...summaryQueryOptions(), select: (summary) => summary.articleCount })
  return (
    <footer className="site-footer">
      {data !== undefined ? <p>{t('footer.about', { count: data })}</p> : null}
      <p>
        <DataAsOf />
      </p>
      <p>
        <a href={dataUrl(DATASET_FILE)} download>
          {t('actions.downloadDatasetLong')}
        </a>
        {' · '}
        <a href={dataUrl('dataset.schema.json')}>{t('footer.schema')}</a>
      </p>
      <FullDownloads />
    </footer>
  )
}
