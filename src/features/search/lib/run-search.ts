import type MiniSearch from 'minisearch'
import { docChunkFile, shardsForWord, type SearchDoc, type SearchManifest } from '../../../schema/search-index'
import { searchTerms } from '../../../schema/search-text'

/** Where the search reads the prebuilt index from: the data folder in the browser, files in tests and benchmarks. */
export interface SearchSource {
  manifest: () => Promise<SearchManifest>
  /** Shard n of the manifest's keys, loaded. */
  shard: (index: number) => Promise<MiniSearch>
  /** A block of documents, by its path under the data folder. */
  chunk: (file: string) => Promise<SearchDoc[]>
}

/** One word of a query, folded, and whether it matches as the start of longer words too. */
export interface QueryWord {
  term: string
  prefix: boolean
}

/** Words beyond this many are ignored: each may cost a shard download. */
export const MAX_QUERY_WORDS = 8

/**
 * Folds a query into its search words (duplicates dropped). The last word matches as a prefix (it is being typed),
 * from two letters on; so does any word of four letters or more, since Turkish and Azerbaijani add endings to the
 * word ("Türkmenistan" finds "Türkmenistanın", "Türkmənistanla").
 */
export function queryWords(query: string): QueryWord[] {
  const terms = [...new Set(searchTerms(query))].slice(0, MAX_QUERY_WORDS)
  return terms.map((term, index) => ({
    term,
    prefix: term.length >= 4 || (index === terms.length - 1 && term.length >= 2),
  }))
}

/** A matching document: how many of the query's words it matched, its summed score, and the index terms matched. */
export interface SearchHit {
  doc: number
  matched: number
  score: number
  terms: string[]
}

/** A hit with what it shows and links to. */
export type SearchResult = SearchHit & { entry: SearchDoc }

export interface SearchOutcome {
  words: QueryWord[]
  /** Every matching document. */
  total: number
  /** The best `limit` of them, resolved. */
  results: SearchResult[]
  /** True when a common short prefix was matched within its own shard only (`shardsForWord`). */
  narrowed: boolean
  /**
   * True when a word matched as many documents as the index keeps for a term: it may be in more, so `total` is a lower
   * bound ("at least 1,000 results"), never a count.
   */
  atLeast: boolean
}

/**
 * Finds the shards a query needs. Each shard is downloaded once whichever words share it; a word that no key covers
 * cannot match anything and costs nothing.
 */
export function plannedShards(words: readonly QueryWord[], manifest: SearchManifest) {
  const plans = words.map((word) => ({ word, ...shardsForWord(word.term, word.prefix, manifest.keys) }))
  const indices = new Map(manifest.keys.map((key, index) => [key, index]))
  return plans.map((plan) => ({ ...plan, indices: plan.keys.map((key) => indices.get(key)!) }))
}

/** Ranks documents by words matched, then by summed BM25 score (shards score against the whole corpus). */
export function rankHits(perWord: readonly Map<number, { score: number; terms: string[] }>[]): SearchHit[] {
  const hits = new Map<number, SearchHit>()
  for (const matches of perWord) {
    for (const [doc, { score, terms }] of matches) {
      const hit = hits.get(doc) ?? { doc, matched: 0, score: 0, terms: [] }
      hit.matched += 1
      hit.score += score
      hit.terms.push(...terms.filter((term) => !hit.terms.includes(term)))
      hits.set(doc, hit)
    }
  }
  return [...hits.values()].sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc - b.doc)
}

/**
 * Runs a query against the prebuilt index: the manifest, the shards of its words, and the blocks holding the best
 * `limit` documents. Nothing else is downloaded.
 */
export async function runSearch(query: string, source: SearchSource, limit: number): Promise<SearchOutcome> {
  const words = queryWords(query)
  if (words.length === 0) return { words, total: 0, results: [], narrowed: false, atLeast: false }
  const manifest = await source.manifest()
  const plans = plannedShards(words, manifest)
  const shards = new Map<number, Promise<MiniSearch>>()
  for (const index of plans.flatMap((plan) => plan.indices))
    if (!shards.has(index)) shards.set(index, source.shard(index))
  const perWord = await Promise.all(
    plans.map(async ({ word, indices }) => {
      const matches = new Map<number, { score: number; terms: string[] }>()
      for (const index of indices) {
        const shard = await shards.get(index)!
        for (const result of shard.search(word.term, { prefix: word.prefix })) {
          const known = matches.get(result.id as number)
          if (known) known.score += result.score
          matches.set(result.id as number, {
            score: known ? known.score : result.score,
            terms: [...new Set([...(known?.terms ?? []), ...result.terms])],
          })
        }
      }
      return matches
    }),
  )
  const hits = rankHits(perWord)
  const best = hits.slice(0, limit)
  const files = [...new Set(best.map((hit) => docChunkFile(hit.doc, manifest.chunkSize)))]
  const chunks = new Map(await Promise.all(files.map(async (file) => [file, await source.chunk(file)] as const)))
  const results = best.map((hit) => {
    const entry = chunks.get(docChunkFile(hit.doc, manifest.chunkSize))?.[hit.doc % manifest.chunkSize]
    if (!entry) throw new Error(`search: document ${hit.doc} is missing from its block`)
    return { ...hit, entry }
  })
  const cap = manifest.termPostings
  const atLeast = cap !== undefined && perWord.some((matches) => matches.size >= cap)
  return { words, total: hits.length, results, narrowed: plans.some((plan) => plan.narrowed), atLeast }
}
