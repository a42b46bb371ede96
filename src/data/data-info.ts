import { useQuery } from '@tanstack/react-query'
import type { ArticleMeta } from '../schema/dataset'
import { factsQueryOptions } from './queries'

/** How current the data is: the newest article's date, how many articles, and the date the data was built. */
export interface DataInfo {
  asOf: string | null
  articleCount: number
  builtOn: string | null
}

/** Reads `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) as an ISO date, or null. */
export function dateFromEpoch(epoch: string | undefined): string | null {
  if (epoch === undefined || !/^\d+$/.test(epoch.trim())) return null
  return new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10)
}

/**
 * Describes the data: "as of" is the newest article's publication date (no clock is read, so the same articles give
 * the same answer); "built" is `SOURCE_DATE_EPOCH` from the build when it was set, else that same newest date.
 */
export function toDataInfo(
  articles: readonly Pick<ArticleMeta, 'published'>[],
  builtEpoch: string | undefined,
): DataInfo {
  const dates = articles.map((article) => article.published).filter((date) => date !== null)
  const asOf = dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b))
  return { asOf, articleCount: articles.length, builtOn: dateFromEpoch(builtEpoch) ?? asOf }
}

/** Returns the data's dates and size once the facts index is loaded, else undefined. */
export function useDataInfo(): DataInfo | undefined {
  const { data } = useQuery({
    ...factsQueryOptions(),
    select: (facts) => toDataInfo(facts.articles, import.meta.env.VITE_SOURCE_DATE_EPOCH as string | undefined),
  })
  return data
}
