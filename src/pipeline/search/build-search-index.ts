import MiniSearch from 'minisearch'
import type { Agreement, Article, CorridorEvent, Figure, SourceRef } from '../../schema/dataset'
import {
  docChunkFile,
  SEARCH_DIR,
  SHARD_OPTIONS,
  shardFile,
  type SearchDoc,
  type SearchManifest,
} from '../../schema/search-index'
import { cachedSearchTerms } from '../../schema/search-text'
import { memoryPartitions, partitionOf, type PartitionedLines } from '../spill/partitioned-lines'
import { segmentText } from '../stages/segment'
import { keptPostings, postingLines, type Posting } from './search-postings'

/** Sizes that bound what one query downloads; the defaults are measured in the README. */
export interface SearchIndexLimits {
  /** Documents per block of `search/docs/`. */
  chunkSize: number
  /** A shard holding more postings (term–document pairs) than this is split by a longer key. */
  shardPostings: number
  /** A term in more documents keeps only this many, the ones where it weighs most (BM25's length normalisation). */
  termPostings: number
}

export const DEFAULT_SEARCH_LIMITS: SearchIndexLimits = { chunkSize: 32, shardPostings: 4000, termPostings: 1000 }

/** The shortest shard key: two folded letters, or one for a one-letter word. */
const FIRST_KEY_LENGTH = 2
/** How much of a long sentence or quote a result shows. */
const SNIPPET_LENGTH = 240
/** How many of a fact's source sentences are indexed with it (one fact stated by a thousand sources stays small). */
const QUOTES_PER_FACT = 3

/** Cuts a long text at a word boundary, so a result's snippet stays a line or two. */
export function snippet(text: string): string {
  if (text.length <= SNIPPET_LENGTH) return text
  const cut = text.slice(0, SNIPPET_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > SNIPPET_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * Groups terms under shard keys: first by their first two letters; a group with more than `budget` postings is split
 * by one letter more, recursively, its terms as short as the key itself staying in it. Returns term → key; every term
 * ends in the longest key its text starts with, which is how the browser finds it (`shardKeyOf`).
 */
export function assignShardKeys(postings: ReadonlyMap<string, number>, budget: number): Map<string, string> {
  const assigned = new Map<string, string>()
  const place = (terms: readonly string[], length: number) => {
    const groups = new Map<string, string[]>()
    for (const term of terms) {
      const key = term.slice(0, length)
      const group = groups.get(key)
      if (group) group.push(term)
      else groups.set(key, [term])
    }
    for (const [key, group] of groups) {
      const size = group.reduce((sum, term) => sum + (postings.get(term) ?? 0), 0)
      const longer = group.filter((term) => term.length > length)
      if (size <= budget || longer.length === 0) {
        for (const term of group) assigned.set(term, key)
        continue
      }
      for (const term of group) if (term.length <= length) assigned.set(term, key)
      place(longer, length + 1)
    }
  }
  place([...postings.keys()], FIRST_KEY_LENGTH)
  return assigned
}

/** Where the builder keeps postings until the end, and where it writes each file of the index as it is done. */
export interface SearchIndexStore {
  postings: PartitionedLines
  /** Writes a file of the index: its path under the data folder and its contents. */
  write: (path: string, contents: string) => void
}

/** Partitions of the postings: each holds whole shards (all terms of one two-letter start), read back one at a time. */
export const POSTING_PARTITIONS = 64

/**
 * Builds the search index (article titles and sentences, figures, agreements, occasions) as files: a manifest,
 * MiniSearch shards by term prefix, and blocks of documents. Documents are numbered as they are added (articles, then
 * figures, agreements, occasions); each block of documents is written as soon as it is full, and each document's
 * terms go to the store's partitions, so memory holds the vocabulary (a count per term), not the corpus. `finish`
 * then builds the shards one partition at a time.
 */
export class SearchIndexBuilder {
  private readonly langs = new Map<string, string>()
  /** Documents each term occurs in. */
  private readonly frequency = new Map<string, number>()
  private block: SearchDoc[] = []
  private documentCount = 0
  private distinctTotal = 0
  private readonly written = new Map<string, string>()
  private readonly store: SearchIndexStore
  private readonly searchTerms = cachedSearchTerms()

  constructor(
    private readonly limits: SearchIndexLimits = DEFAULT_SEARCH_LIMITS,
    store?: SearchIndexStore,
  ) {
    this.store = store ?? {
      postings: memoryPartitions(POSTING_PARTITIONS),
      write: (path, contents) => this.written.set(path, contents),
    }
  }

  /** Indexes an article's title and each of its sentences. */
  addArticle(
    article: Pick<Article, 'id' | 'title' | 'lang' | 'text'> & Partial<Pick<Article, 'outlet' | 'published'>>,
  ) {
    const { id, title, lang } = article
    this.langs.set(id, lang)
    const outlet = article.outlet ?? null
    const published = article.published ?? null
    const base = { type: 'article' as const, articleId: id, title, outlet, published, lang }
    this.push({ ...base, span: null, text: title }, [[title, lang]])
    for (const sentence of segmentText(article.text, lang)) {
      this.push({ ...base, span: [sentence.start, sentence.end], text: snippet(sentence.text) }, [
        [sentence.text, lang],
      ])
    }
  }

  /** Indexes figures, agreements and occasions, in that order (the order the build adds them in, one at a time). */
  addFacts(facts: { figures: readonly Figure[]; agreements: readonly Agreement[]; events: readonly CorridorEvent[] }) {
    for (const figure of facts.figures) this.addFigure(figure)
    for (const agreement of facts.agreements) this.addAgreement(agreement)
    for (const event of facts.events) this.addEvent(event)
  }

  /** Indexes a figure by its label and quotes. */
  addFigure(figure: Figure): void {
    const { lang, text, quotes } = this.quotesOf(figure.sources)
    const doc = { type: 'figure' as const, id: figure.id, metric: figure.metric, label: figure.label, lang, text }
    this.push(doc, [[figure.label, lang], ...quotes])
  }

  /** Indexes an agreement by its title, place and quotes. */
  addAgreement(agreement: Agreement): void {
    const { lang, text, quotes } = this.quotesOf(agreement.sources)
    const named = [agreement.title, agreement.place].flatMap((part) => (part ? [[part, lang] as const] : []))
    this.push({ type: 'agreement', id: agreement.id, title: agreement.title, lang, text }, [...named, ...quotes])
  }

  /** Indexes an occasion by its titles, place, people and quotes. */
  addEvent(event: CorridorEvent): void {
    const { lang, text, quotes } = this.quotesOf(event.sources)
    const { en, tr, az } = event.title
    const people = event.participants.map((person) => [person.name, lang] as const)
    const place = event.place ? [[event.place, lang] as const] : []
    this.push({ type: 'occasion', id: event.id, titles: { en, tr, az }, lang, text }, [
      [en, 'en'],
      [tr, 'tr'],
      [az, 'az'],
      ...place,
      ...people,
      ...quotes,
    ])
  }

  /** Writes the last block of documents, every shard and the manifest. */
  finish(): void {
    const { chunkSize, shardPostings, termPostings } = this.limits
    this.writeBlock()
    const sizes = new Map([...this.frequency].map(([term, docs]) => [term, Math.min(docs, termPostings)]))
    const keyOf = assignShardKeys(sizes, shardPostings)
    const keys = [...new Set(keyOf.values())].sort()
    const indexOf = new Map(keys.map((key, index) => [key, index]))
    // Each shard holds only some documents; BM25 must count the whole corpus, or the same word would weigh
    // differently in each shard and scores from two shards could not be added up.
    const corpus = { documentCount: this.documentCount, averageFieldLength: [this.averageLength()] }
    for (let partition = 0; partition < this.store.postings.count; partition++) {
      const kept = keptPostings(this.store.postings.read(partition), termPostings)
      for (const [key, postings] of byShardKey(kept, keyOf)) {
        this.store.write(shardFile(indexOf.get(key)!), JSON.stringify({ ...shardJson(postings), ...corpus }))
      }
    }
    const manifest: SearchManifest = { version: 1, documentCount: this.documentCount, chunkSize, keys, termPostings }
    this.store.write(`${SEARCH_DIR}/manifest.json`, JSON.stringify(manifest))
  }

  /** Finishes an index kept in memory (the default store) and gives its files: path under the data folder → contents. */
  build(): Map<string, string> {
    this.finish()
    return this.written
  }

  private averageLength(): number {
    return this.distinctTotal / Math.max(1, this.documentCount)
  }

  /** A fact's language, snippet and indexed quotes, from its first sources. */
  private quotesOf(sources: readonly SourceRef[]) {
    const first = sources[0]
    const lang = (first && this.langs.get(first.articleId)) ?? 'und'
    const quotes = sources
      .slice(0, QUOTES_PER_FACT)
      .map((source) => [source.quote, this.langs.get(source.articleId) ?? lang] as const)
    return { lang, text: snippet(first?.quote ?? ''), quotes }
  }

  private push(doc: SearchDoc, parts: readonly (readonly [string, string])[]): void {
    const terms = parts.flatMap(([text, lang]) => this.searchTerms(text, lang))
    const lines = postingLines(this.documentCount, terms)
    for (const line of lines) {
      const term = line.slice(0, line.indexOf('\t'))
      this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1)
      this.store.postings.append(partitionOf(term.slice(0, FIRST_KEY_LENGTH), this.store.postings.count), line)
    }
    this.distinctTotal += lines.length
    this.documentCount++
    this.block.push(doc)
    if (this.block.length === this.limits.chunkSize) this.writeBlock()
  }

  private writeBlock(): void {
    if (this.block.length === 0) return
    const first = this.documentCount - this.block.length
    this.store.write(docChunkFile(first, this.limits.chunkSize), JSON.stringify(this.block))
    this.block = []
  }
}

/** Groups a partition's kept postings by the shard their term lives in. */
function byShardKey(kept: ReadonlyMap<string, Posting[]>, keyOf: ReadonlyMap<string, string>): Map<string, Posting[]> {
  const groups = new Map<string, Posting[]>()
  for (const [term, postings] of kept) {
    const key = keyOf.get(term)!
    const group = groups.get(key)
    if (group) group.push(...postings)
    else groups.set(key, [...postings])
  }
  return groups
}

/**
 * Builds one shard from its postings, as MiniSearch would index each whole document with every other term left
 * out: documents in number order, each one's terms in order of first occurrence and as often as they occur. BM25
 * needs each document's length to count all its distinct terms, not only this shard's, so the serialised field
 * lengths are set to that count (MiniSearch numbers documents 0, 1, … in the order they are added).
 */
function shardJson(postings: readonly Posting[]): ReturnType<MiniSearch['toJSON']> {
  const byDoc = new Map<number, Posting[]>()
  for (const posting of postings) {
    const list = byDoc.get(posting.doc)
    if (list) list.push(posting)
    else byDoc.set(posting.doc, [posting])
  }
  const shard = new MiniSearch<{ id: number; text: string }>(SHARD_OPTIONS)
  const lengths: number[] = []
  for (const doc of [...byDoc.keys()].sort((a, b) => a - b)) {
    const terms = byDoc.get(doc)!.sort((a, b) => a.first - b.first)
    const tokens: string[] = []
    for (const { term, count } of terms) for (let n = 0; n < count; n++) tokens.push(term)
    shard.add({ id: doc, text: tokens.join(' ') })
    lengths.push(terms[0]!.distinct)
  }
  const json = shard.toJSON()
  lengths.forEach((length, shortId) => (json.fieldLength[shortId] = [length]))
  return json
}
