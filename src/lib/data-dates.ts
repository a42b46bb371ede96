import type { ArticleMeta } from '../schema/dataset'
import { newestPublished } from '../schema/view-files'

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
 * The app and the pipeline (which writes the CSV files' notes) both date the data here.
 */
export function toDataInfo(
  articles: readonly Pick<ArticleMeta, 'published'>[],
  builtEpoch: string | undefined,
): DataInfo {
  return summaryDataInfo({ asOf: newestPublished(articles), articleCount: articles.length }, builtEpoch)
}

/** Describes the data from the build's summary (the newest date and the count, worked out by {@link toDataInfo}). */
export function summaryDataInfo(
  summary: Pick<DataInfo, 'asOf' | 'articleCount'>,
  builtEpoch: string | undefined,
): DataInfo {
  return { ...summary, builtOn: dateFromEpoch(builtEpoch) ?? summary.asOf }
}
