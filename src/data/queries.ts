import { queryOptions } from '@tanstack/react-query'
import { articleSchema, factsFileSchema } from '../schema/dataset'
import { fetchJson } from './fetch-json'

/** Builds every query key the app uses, so invalidation and seeding agree on their shape. */
export const dataKeys = {
  all: ['data'] as const,
  facts: () => [...dataKeys.all, 'facts'] as const,
  article: (articleId: string) => [...dataKeys.all, 'article', articleId] as const,
}

/** Names the index file every view reads: facts and article metadata, no article texts. */
export const FACTS_FILE = 'facts.json'

/** Names the complete dataset file offered as a download. */
export const DATASET_FILE = 'dataset.json'

/** Names the per-article file that holds one article's cleaned text. */
export function articleFile(articleId: string): string {
  return `articles/${encodeURIComponent(articleId)}.json`
}

/** Describes the facts index query: figures, agreements, events, issues and article metadata. */
export const factsQueryOptions = () =>
  queryOptions({
    queryKey: dataKeys.facts(),
    queryFn: ({ signal }) => fetchJson(FACTS_FILE, factsFileSchema, signal),
    staleTime: Infinity, // a snapshot built at deploy time never goes stale within a session
  })

/** Describes the query for one article with its cleaned text. */
export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: dataKeys.article(articleId),
    queryFn: ({ signal }) => fetchJson(articleFile(articleId), articleSchema, signal),
    staleTime: Infinity,
  })
