import { useQuery } from '@tanstack/react-query'
import { summaryDataInfo, type DataInfo } from '../lib/data-dates'
import { summaryQueryOptions } from './queries'

export { dateFromEpoch, toDataInfo, type DataInfo } from '../lib/data-dates'

/** Returns the data's dates and size once the build's summary is loaded, else undefined. */
export function useDataInfo(): DataInfo | undefined {
  const { data } = useQuery({
    ...summaryQueryOptions(),
    select: (summary) => summaryDataInfo(summary, import.meta.env.VITE_SOURCE_DATE_EPOCH as string | undefined),
  })
  return data
}
