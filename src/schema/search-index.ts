import * as z from 'zod/mini'
import { nonEmpty, wholeNonNegative } from './common'

/**
 * The prebuilt search index, the contract between the build (`src/pipeline/search/`) and the search page.
 *
 * `search/manifest.json` lists the shard keys: short prefixes of folded terms. Every term lives in exactly one shard,
 * the one of the longest key its text starts with, so a query downloads only the shards of its own words. Each shard
 * (`search/shards/<n>.json`, n its key's place in the list) is a serialised MiniSearch index over the documents whose
 * terms fall in it, keyed by document number. What a result shows and links to is in `search/docs/<m>.json`, the
 * documents in blocks of `chunkSize` by number, so showing twenty results fetches a few small blocks, never a table
 * of the whole corpus.
 */

/** The folder under the data folder that holds the search index. */
export const SEARCH_DIR = 'search'

export const searchManifestSchema = z.object({
  version: z.literal(1),
  /** Documents in the index (sentences, article titles, figures, agreements, occasions). */
  documentCount: wholeNonNegative(),
  /** Documents per block of `search/docs/`. */
  chunkSize: z.number().check(z.int(), z.positive()),
  /** Shard keys, sorted; shard n is `search/shards/<n>.json`. */
  keys: z.array(z.string().check(z.minLength(1))),
  /**
   * How many documents a term keeps at most (its strongest): a word in more documents than this is found in this many,
   * so a count that reaches it is a lower bound. Absent in indexes built before it was written.
   */
  termPostings: z.optional(z.number().check(z.int(), z.positive())),
})
export type SearchManifest = z.infer<typeof searchManifestSchema>

const span = z.tuple([wholeNonNegative(), wholeNonNegative()])

/** What a search result shows and where it leads. `text` is the matched sentence or the fact's first quote, cut. */
export const searchDocSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('article'),
    articleId: nonEmpty(),
    title: z.string(),
    /**
     * The article's outlet and publication date, so that two articles of one title can be told apart (absent in
     * indexes built before 2026-12-03, which still load).
     */
    outlet: z.optional(z.nullable(z.string())),
    published: z.optional(z.nullable(z.string())),
    lang: z.string(),
    /** The sentence's offsets in the article text; null for a match in the article's title. */
    span: z.nullable(span),
    text: z.string(),
  }),
  z.object({
    type: z.literal('figure'),
    id: nonEmpty(),
    metric: nonEmpty(),
    label: z.string(),
    lang: z.string(),
    text: z.string(),
  }),
  z.object({
    type: z.literal('agreement'),
    id: nonEmpty(),
    title: z.nullable(z.string()),
    lang: z.string(),
    text: z.string(),
  }),
  z.object({
    type: z.literal('occasion'),
    id: nonEmpty(),
    titles: z.object({ en: z.string(), tr: z.string(), az: z.string() }),
    lang: z.string(),
    text: z.string(),
  }),
])
export type SearchDoc = z.infer<typeof searchDocSchema>
export type SearchDocType = SearchDoc['type']

export const searchDocChunkSchema = z.array(searchDocSchema)

/** The MiniSearch options every shard is built and loaded with: one field of folded terms, one per space. */
export const SHARD_OPTIONS = {
  fields: ['text'],
  idField: 'id',
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
}

/** Path of shard n under the data folder. */
export const shardFile = (index: number) => `${SEARCH_DIR}/shards/${index}.json`

/** Path of the block of documents holding document number `doc`. */
export const docChunkFile = (doc: number, chunkSize: number) => `${SEARCH_DIR}/docs/${Math.floor(doc / chunkSize)}.json`

/** Finds the key of the shard a term lives in: the longest key its text starts with, or null when none does. */
export function shardKeyOf(term: string, keys: ReadonlySet<string>, longestKey: number): string | null {
  for (let length = Math.min(term.length, longestKey); length >= 1; length -= 1) {
    const key = term.slice(0, length)
    if (keys.has(key)) return key
  }
  return null
}

/** Prefix matching opens at most this many shards for one word; beyond it the word matches within its own shard. */
export const MAX_PREFIX_SHARDS = 4

/**
 * Lists the shards to download for one query word. An exact word needs its own shard; a prefix also needs the shards
 * of longer keys that start with it (where the build split a large shard). A very common short prefix over a large
 * corpus would need many: then only the word's own shard is searched, and `narrowed` says so.
 */
export function shardsForWord(
  word: string,
  prefix: boolean,
  keys: readonly string[],
): { keys: string[]; narrowed: boolean } {
  const keySet = new Set(keys)
  const longest = keys.reduce((max, key) => Math.max(max, key.length), 0)
  const own = shardKeyOf(word, keySet, longest)
  const longer = prefix ? keys.filter((key) => key.length > word.length && key.startsWith(word)) : []
  const all = [...(own === null ? [] : [own]), ...longer]
  if (all.length > MAX_PREFIX_SHARDS) return { keys: own === null ? [] : [own], narrowed: true }
  return { keys: all, narrowed: false }
}
