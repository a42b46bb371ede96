import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { parsePage } from '../lib/paging'
import { articleSchema } from '../schema/dataset'
import { agreementPageFiles, whereBucket, whereFileSchema } from '../schema/list-pages'
import { timelineFiles, timelineIndexSchema } from '../schema/timeline-pages'
import { emptySlice, viewFiles, viewSliceSchema, viewSummarySchema } from '../schema/view-files'
import { findSourceOffsetProblem } from './check-source-offsets'
import { DataFileError, fetchJson } from './fetch-json'
import { mergeSlices, viewFileList, type ViewFileSpec, type ViewName } from './view-slices'

/** Builds every query key the app uses, so invalidation and seeding agree on their shape. */
export const dataKeys = {
  all: ['data'] as const,
  viewFile: (path: string) => [...dataKeys.all, 'view-file', path] as const,
  view: (paths: readonly string[]) => [...dataKeys.all, 'view', ...paths] as const,
  summary: () => [...dataKeys.all, 'summary'] as const,
  where: (path: string) => [...dataKeys.all, 'where', path] as const,
  article: (articleId: string) => [...dataKeys.all, 'article', articleId] as const,
}

/** Names the complete dataset file offered as a download. */
export const DATASET_FILE = 'dataset.json'

/** Names the per-article file that holds one article's cleaned text. */
export function articleFile(articleId: string): string {
  return `articles/${encodeURIComponent(articleId)}.json`
}

// a snapshot built at deploy time never goes stale within a session
const FOREVER = Infinity

/** Describes the query for one view file; a missing optional file (a shard, an unknown article) is an empty slice. */
export const viewFileQueryOptions = ({ path, optional }: ViewFileSpec) =>
  // a path is optional or not by what it names (a shard, a reader file), so the path alone keys the file
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: dataKeys.viewFile(path),
    queryFn: ({ signal }) => {
      const read = fetchJson(path, viewSliceSchema, signal)
      return optional ? orEmptyWhenMissing(read, emptySlice()) : read
    },
    staleTime: FOREVER,
  })

/** Describes the query for what a view shows: its files, each cached on its own, joined into one slice. */
export const viewQueryOptions = (files: readonly ViewFileSpec[]) =>
  queryOptions({
    queryKey: dataKeys.view(files.map((file) => file.path)),
    queryFn: async ({ client }) =>
      mergeSlices(await Promise.all(files.map((file) => client.ensureQueryData(viewFileQueryOptions(file))))),
    staleTime: FOREVER,
  })

/**
 * Loads what a view shows at the current address. While a filter's shard loads, the view keeps showing what it had
 * (filtered on the client) instead of a skeleton.
 */
export function useViewFacts(view: ViewName) {
  const [params] = useSearchParams()
  return useQuery({ ...viewQueryOptions(viewFileList(view, params)), placeholderData: keepPreviousData })
}

/**
 * Loads one page of a view's long list (`page`, else the URL's), keeping the previous page on screen while the next
 * loads. A page past the end of its series has no file: the first page is loaded instead, and the view, which knows
 * the series' size from it, reports the page asked for.
 */
export function usePagedViewFacts(view: 'agreements' | 'sources', page: number | null, enabled = true) {
  const [params] = useSearchParams()
  const asked = page ?? parsePage(params, []) ?? 1
  const query = useQuery({
    ...viewQueryOptions(viewFileList(view, params, asked)),
    enabled,
    placeholderData: keepPreviousData,
  })
  // only a page file can be past its end (the whole list, read for two filters at once, has no `list`)
  const paged = viewFileList(view, params, asked)[0]?.optional === true
  const pastEnd = paged && asked > 1 && query.isSuccess && !query.isPlaceholderData && !query.data.list
  const first = useQuery({ ...viewQueryOptions(viewFileList(view, params, 1)), enabled: pastEnd })
  return pastEnd ? first : query
}

/** Like {@link useViewFacts}, for a caller that needs a view's data only on some pages (null: load nothing). */
export function useOptionalViewFacts(view: ViewName | null) {
  const [params] = useSearchParams()
  const files = view === null ? [] : viewFileList(view, params)
  return useQuery({ ...viewQueryOptions(files), enabled: view !== null })
}

/** Reads a file the build may leave out, answering `empty` when it is missing (404); other failures throw. */
async function orEmptyWhenMissing<T>(read: Promise<T>, empty: T): Promise<T> {
  try {
    return await read
  } catch (error) {
    if (error instanceof DataFileError && error.failure.kind === 'http' && error.failure.status === 404) return empty
    throw error
  }
}

/**
 * Describes the query for a locator bucket: where each id in it sits in each series of pages. A missing bucket holds
 * no id.
 */
export const whereQueryOptions = (path: string) =>
  queryOptions({
    queryKey: dataKeys.where(path),
    queryFn: ({ signal }) => orEmptyWhenMissing(fetchJson(path, whereFileSchema, signal), {}),
    staleTime: FOREVER,
  })

/** The locator bucket holding an agreement's id. */
export const agreementWhereQueryOptions = (agreementId: string) =>
  whereQueryOptions(agreementPageFiles.where(whereBucket(agreementId)))

/** The locator bucket holding an occasion's id. */
export const occasionWhereQueryOptions = (eventId: string) =>
  whereQueryOptions(timelineFiles.where(whereBucket(eventId)))

/** Describes the query for the timeline's index: lanes, monthly counts and the bounds of its series of pages. */
export const timelineIndexQueryOptions = () =>
  queryOptions({
    queryKey: [...dataKeys.all, 'timeline-index'] as const,
    queryFn: ({ signal }) => fetchJson(timelineFiles.index, timelineIndexSchema, signal),
    staleTime: FOREVER,
  })

/** Describes the query for the summary every page's frame shows (article count, newest date). */
export const summaryQueryOptions = () =>
  queryOptions({
    queryKey: dataKeys.summary(),
    queryFn: ({ signal }) => fetchJson(viewFiles.summary, viewSummarySchema, signal),
    staleTime: FOREVER,
  })

/**
 * Describes the query for one article with its cleaned text. The article only loads if every source in its reader
 * file that cites it fits its text: a span outside it is a validation error, not a highlight clipped to fit.
 */
export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: dataKeys.article(articleId),
    // no abort signal: on a loaded machine the page's first render is sometimes replaced while the text is on its
    // way. With the signal, the first reader's leaving aborted the download and the new reader asked again; without
    // it, the download carries on and the new reader is answered from it
    queryFn: async ({ client }) => {
      const file = articleFile(articleId)
      const [readerFile] = viewFileList({ reader: articleId }, new URLSearchParams())
      const [article, facts] = await Promise.all([
        fetchJson(file, articleSchema),
        client.ensureQueryData(viewFileQueryOptions(readerFile!)),
      ])
      const problem = findSourceOffsetProblem(facts, article)
      if (problem) {
        throw new DataFileError(file, {
          kind: 'schema',
          path: `${readerFile!.path} ${problem.path}`,
          message: problem.message,
        })
      }
      return article
    },
    staleTime: FOREVER,
  })
