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
import { searchTerms } from '../../schema/search-text'
import { segmentText } from '../stages/segment'

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

interface IndexedDoc {
  doc: SearchDoc
  /** Folded terms in text order, repeats kept (term frequency). */
  terms: string[]
}

/**
 * Collects the documents of the search index (article titles and sentences, figures, agreements, occasions) and
 * writes it as files: a manifest, MiniSearch shards by term prefix, and blocks of documents. Articles are added one
 * at a time as the build reads them back; the facts once, at the end.
 */
export class SearchIndexBuilder {
  private readonly docs: IndexedDoc[] = []
  private readonly langs = new Map<string, string>()

  constructor(private readonly limits: SearchIndexLimits = DEFAULT_SEARCH_LIMITS) {}

  /** Indexes an article's title and each of its sentences. */
  addArticle(article: Pick<Article, 'id' | 'title' | 'lang' | 'text'>): void {
    const { id, title, lang } = article
    this.langs.set(id, lang)
    const base = { type: 'article' as const, articleId: id, title, lang }
    this.push({ ...base, span: null, text: title }, [[title, lang]])
    for (const sentence of segmentText(article.text, lang)) {
      this.push({ ...base, span: [sentence.start, sentence.end], text: snippet(sentence.text) }, [
        [sentence.text, lang],
      ])
    }
  }

  /** Indexes figures (label and quotes), agreements (title, place, quotes) and occasions (titles, place, people). */
  addFacts(facts: { figures: readonly Figure[]; agreements: readonly Agreement[]; events: readonly CorridorEvent[] }) {
    for (const figure of facts.figures) {
      const { lang, text, quotes } = this.quotesOf(figure.sources)
      const doc = { type: 'figure' as const, id: figure.id, metric: figure.metric, label: figure.label, lang, text }
      this.push(doc, [[figure.label, lang], ...quotes])
    }
    for (const agreement of facts.agreements) {
      const { lang, text, quotes } = this.quotesOf(agreement.sources)
      const named = [agreement.title, agreement.place].flatMap((part) => (part ? [[part, lang] as const] : []))
      this.push({ type: 'agreement', id: agreement.id, title: agreement.title, lang, text }, [...named, ...quotes])
    }
    for (const event of facts.events) {
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
  }

  /** Writes the index: file path (under the data folder) → contents. */
  build(): Map<string, string> {
    const { chunkSize, shardPostings, termPostings } = this.limits
    const postings = this.postings(termPostings)
    const keyOf = assignShardKeys(new Map([...postings].map(([term, docs]) => [term, docs.size])), shardPostings)
    const keys = [...new Set(keyOf.values())].sort()
    const docsOfKey = new Map<string, Set<number>>(keys.map((key) => [key, new Set()]))
    for (const [term, docs] of postings) {
      const set = docsOfKey.get(keyOf.get(term)!)!
      for (const doc of docs) set.add(doc)
    }
    const lengths = this.docs.map((entry) => new Set(entry.terms).size)
    const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length)
    const files = new Map<string, string>()
    keys.forEach((key, index) => {
      let current = 0
      const shard = new MiniSearch<{ id: number; text: string }>({
        ...SHARD_OPTIONS,
        processTerm: (term) => (keyOf.get(term) === key && postings.get(term)?.has(current) ? term : null),
      })
      for (const doc of [...docsOfKey.get(key)!].sort((a, b) => a - b)) {
        current = doc
        shard.add({ id: doc, text: this.docs[doc]!.terms.join(' ') })
      }
      // Each shard holds only some documents; BM25 must count the whole corpus, or the same word would weigh
      // differently in each shard and scores from two shards could not be added up.
      const json = { ...shard.toJSON(), documentCount: this.docs.length, averageFieldLength: [averageLength] }
      files.set(shardFile(index), JSON.stringify(json))
    })
    for (let first = 0; first < this.docs.length; first += chunkSize) {
      const chunk = this.docs.slice(first, first + chunkSize).map((entry) => entry.doc)
      files.set(docChunkFile(first, chunkSize), JSON.stringify(chunk))
    }
    const manifest: SearchManifest = { version: 1, documentCount: this.docs.length, chunkSize, keys }
    files.set(`${SEARCH_DIR}/manifest.json`, JSON.stringify(manifest))
    return files
  }

  /** Maps each term to the documents it is indexed for, at most `cap` of them (the most term-dense ones). */
  private postings(cap: number): Map<string, Set<number>> {
    const all = new Map<string, number[]>()
    this.docs.forEach((entry, doc) => {
      for (const term of new Set(entry.terms)) {
        const list = all.get(term)
        if (list) list.push(doc)
        else all.set(term, [doc])
      }
    })
    const density = (term: string, doc: number) => {
      const terms = this.docs[doc]!.terms
      return terms.filter((other) => other === term).length / terms.length
    }
    const kept = new Map<string, Set<number>>()
    for (const [term, docs] of all) {
      if (docs.length <= cap) {
        kept.set(term, new Set(docs))
        continue
      }
      const ranked = docs.map((doc) => ({ doc, weight: density(term, doc) }))
      ranked.sort((a, b) => b.weight - a.weight || a.doc - b.doc)
      kept.set(term, new Set(ranked.slice(0, cap).map((item) => item.doc)))
    }
    return kept
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
    this.docs.push({ doc, terms: parts.flatMap(([text, lang]) => searchTerms(text, lang)) })
  }
}
