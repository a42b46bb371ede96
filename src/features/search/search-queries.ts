import { queryOptions, type QueryClient } from '@tanstack/react-query'
import MiniSearch, { type AsPlainObject } from 'minisearch'
import * as z from 'zod/mini'
import { fetchJson } from '../../data/fetch-json'
import { dataKeys } from '../../data/queries'
import {
  SEARCH_DIR,
  SHARD_OPTIONS,
  searchDocChunkSchema,
  searchManifestSchema,
  shardFile,
} from '../../schema/search-index'
import { runSearch, type SearchSource } from './lib/run-search'

/** How many of the best results a query resolves and shows. */
export const RESULT_LIMIT = 40

const searchKeys = {
  all: [...dataKeys.all, 'search'] as const,
  manifest: () => [...searchKeys.all, 'manifest'] as const,
  shard: (index: number) => [...searchKeys.all, 'shard', index] as const,
  chunk: (file: string) => [...searchKeys.all, 'chunk', file] as const,
  query: (q: string) => [...searchKeys.all, 'query', q] as const,
}

/** A serialised MiniSearch index: checked for its outline here, in full by MiniSearch as it loads it. */
const shardJsonSchema = z.looseObject({
  documentCount: z.number(),
  serializationVersion: z.number(),
  index: z.array(z.tuple([z.string(), z.record(z.string(), z.record(z.string(), z.number()))])),
})

const manifestOptions = () =>
  queryOptions({
    queryKey: searchKeys.manifest(),
    queryFn: ({ signal }) => fetchJson(`${SEARCH_DIR}/manifest.json`, searchManifestSchema, signal),
  })

const shardOptions = (index: number) =>
  queryOptions({
    queryKey: searchKeys.shard(index),
    queryFn: async ({ signal }) => {
      const json = await fetchJson(shardFile(index), shardJsonSchema, signal)
      return MiniSearch.loadJS(json as unknown as AsPlainObject, SHARD_OPTIONS)
    },
    structuralSharing: false, // a loaded index, not plain data
  })

const chunkOptions = (file: string) =>
  queryOptions({
    queryKey: searchKeys.chunk(file),
    queryFn: ({ signal }) => fetchJson(file, searchDocChunkSchema, signal),
  })

/** Reads the index through the query cache, so each file is fetched once per session whichever queries need it. */
function cachedSource(client: QueryClient): SearchSource {
  return {
    manifest: () => client.fetchQuery(manifestOptions()),
    shard: (index) => client.fetchQuery(shardOptions(index)),
    chunk: (file) => client.fetchQuery(chunkOptions(file)),
  }
}

/** Describes one query's search: the manifest, its words' shards and the blocks of its best results. */
export const searchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: searchKeys.query(q),
    queryFn: ({ client }) => runSearch(q, cachedSource(client), RESULT_LIMIT),
    structuralSharing: false,
  })
