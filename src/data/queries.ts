import { queryOptions } from '@tanstack/react-query'
import { articleSchema, factsFileSchema } from '../schema/dataset'
import { findSourceOffsetProblem } from './check-source-offsets'
import { DataFileError, fetchJson } from './fetch-json'

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

/**
 * Describes the query for one article with its cleaned text. The article only loads if every source in the facts
 * index that cites it fits its text: a span outside it is a validation error, not a highlight clipped to fit.
 */
export const articleQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: dataKeys.article(articleId),
    queryFn: async ({ signal, client }) => {
      const file = articleFile(articleId)
      const [article, facts] = await Promise.all([
        fetchJson(file, articleSchema, signal),
        client.ensureQueryData(factsQueryOptions()),
      ])
      const problem = findSourceOffsetProblem(facts, article)
      if (problem) {
        throw new DataFileError(file, {
          kind: 'schema',
          path: `${FACTS_FILE} ${problem.path}`,
          message: problem.message,
        })
      }
      return article
    },
    staleTime: Infinity,
  })
