import { useQuery } from '@tanstack/react-query'
import { toDataInfo, type DataInfo } from '../lib/data-dates'
import { factsQueryOptions } from './queries'

export { dateFromEpoch, toDataInfo, type DataInfo } from '../lib/data-dates'

/** Returns the data's dates and size once the facts index is loaded, else undefined. */
export function useDataInfo(): DataInfo | undefined {
  const { data } = useQuery({
    ...factsQueryOptions(),
    select: (facts) => toDataInfo(facts.articles, import.meta.env.VITE_SOURCE_DATE_EPOCH as string | undefined),
  })
  return data
}
