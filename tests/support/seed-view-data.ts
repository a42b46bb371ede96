import type { QueryClient } from '@tanstack/react-query'
import {
  dataKeys,
  summaryQueryOptions,
  timelineIndexQueryOptions,
  viewFileQueryOptions,
  viewQueryOptions,
} from '../../src/data/queries'
import { timelineFiles, type TimelineIndex } from '../../src/schema/timeline-pages'
import { mergeSlices, viewFileList, type ViewName } from '../../src/data/view-slices'
import { viewSlices, viewSummary } from '../../src/pipeline/views/view-slices'
import type { FactsFile } from '../../src/schema/dataset'
import { agreementPageFiles, WHERE_BUCKETS } from '../../src/schema/list-pages'
import { emptySlice, VIEWS_DIR, type ViewSlice } from '../../src/schema/view-files'

const isLocator = (path: string) => /^views\/(agreements|timeline)\/where\//.test(path)

/** The view files the build writes from these facts, by the path the browser asks for (article ids encoded). */
export function viewFilesOf(facts: FactsFile): Map<string, ViewSlice> {
  const files = new Map<string, ViewSlice>()
  const input = {
    metas: facts.articles,
    figures: () => facts.figures,
    agreements: () => facts.agreements,
    events: () => facts.events,
  }
  for (const [path, value] of viewSlices(input)) {
    const reader = /^views\/reader\/(.+)\.json$/.exec(path)
    files.set(reader ? `${VIEWS_DIR}/reader/${encodeURIComponent(reader[1]!)}.json` : path, value as ViewSlice)
  }
  return files
}

/**
 * Seeds a query client as if every view file had been downloaded: each file under its own key, and for the address
 * `url`, each view's files joined, so the first render already has its data (as with a baked page).
 */
export function seedViewData(client: QueryClient, facts: FactsFile, url: string): void {
  const files = viewFilesOf(facts)
  client.setQueryData(summaryQueryOptions().queryKey, viewSummary(facts.articles, facts.figures, facts.agreements))
  for (const [path, slice] of files) {
    if (!isLocator(path) && path !== timelineFiles.index)
      client.setQueryData(viewFileQueryOptions({ path, optional: false }).queryKey, slice)
  }
  client.setQueryData(timelineIndexQueryOptions().queryKey, files.get(timelineFiles.index) as unknown as TimelineIndex)
  // the locator buckets are not slices and have their own key; a bucket the build left out is empty
  for (let bucket = 0; bucket < WHERE_BUCKETS; bucket++) {
    for (const path of [agreementPageFiles.where(bucket), timelineFiles.where(bucket)]) {
      client.setQueryData(dataKeys.where(path), files.get(path) ?? {})
    }
  }
  const address = new URL(url, 'http://test.invalid')
  const articleId = /^\/sources\/([^/]+)/.exec(address.pathname)?.[1]
  const views: ViewName[] = ['figures', 'agreements', 'timeline', 'sources']
  if (articleId !== undefined) views.push({ reader: decodeURIComponent(articleId) })
  for (const view of views) {
    const specs = viewFileList(view, address.searchParams)
    const slices = specs.map((spec) => files.get(spec.path) ?? emptySlice())
    specs.forEach((spec, index) => client.setQueryData(viewFileQueryOptions(spec).queryKey, slices[index]))
    client.setQueryData(viewQueryOptions(specs).queryKey, mergeSlices(slices))
  }
}
