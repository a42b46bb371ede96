import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { articleSchema } from '../schema/dataset'
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
    queryFn: async ({ signal }) => {
      try {
        return await fetchJson(path, viewSliceSchema, signal)
      } catch (error) {
        if (optional && error instanceof DataFileError && error.failure.kind === 'http' && error.failure.status === 404)
          return emptySlice()
        throw error
      }
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

/** Like {@link useViewFacts}, for a caller that needs a view's data only on some pages (null: load nothing). */
export function useOptionalViewFacts(view: ViewName | null) {
  const [params] = useSearchParams()
  const files = view === null ? [] : viewFileList(view, params)
  return useQuery({ ...viewQueryOptions(files), enabled: view !== null })
}

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
    queryFn: async ({ signal, client }) => {
      const file = articleFile(articleId)
      const [readerFile] = viewFileList({ reader: articleId }, new URLSearchParams())
      const [article, facts] = await Promise.all([
        fetchJson(file, articleSchema, signal),
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
