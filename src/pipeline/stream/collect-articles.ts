import type { Article, SourceRef } from '../../schema/dataset'
import { shortHash } from '../ids'
import type { Drafts } from '../stages/bound-facts'
import { articleId } from '../stages/ingest'
import type { AgreementDraft, EventDraft, FigureDraft, PipelineIssue } from '../types'
import { mergeFacts, type MergedFacts } from './merge-facts'
import type { ArticleResult } from './process-article'

/** Ids compared as a case-insensitive file system compares `articles/<id>.json`: `Dup` and `dup` collide. */
const keyOf = (id: string) => id.toLowerCase()

/** In the table of ids: a stem of the input no file owns yet, and an id given with a hash (never a file's stem). */
const UNOWNED = -1
const GIVEN_WITH_HASH = -2

/**
 * Points every source a draft holds at the article's final id: its own `source`, and those an occasion draft carries
 * in `sources` and in its parts. A draft's sources all come from its one article.
 */
function pointSourcesAt(value: unknown, id: string): unknown {
  if (Array.isArray(value)) return value.map((item) => pointSourcesAt(item, id))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, inner]) => [key, pointSourcesAt(inner, id)])
  const object = Object.fromEntries(entries) as Record<string, unknown>
  return 'articleId' in object && 'quote' in object ? { ...object, articleId: id } : object
}

/** Where drafts go when they are not kept in memory (the streamed build's spill to disk). */
export interface DraftSink {
  /** Takes a figure draft in input order: `seq` is its place, `rank` the place of the first draft citing its source. */
  addFigure(draft: FigureDraft, seq: number, rank: number): void
  /** Takes an agreement or occasion draft in input order; the sink's owner merges them (see `spill/`). */
  addOccasion(kind: 'agreements' | 'events', draft: AgreementDraft | EventDraft): void
}

/**
 * Takes per-article results one at a time, in input (file name) order, and keeps only what the corpus-wide steps
 * need: a key per article text (duplicates), the ids given so far, the fact drafts and the issues. Article texts are
 * handed back to the caller, never kept. Gives the same ids and issues as reading every article first would: the
 * first file by name keeps its stem as id, a later one gets the stem plus a hash of its file name.
 */
export class ArticleCollector {
  /** The input's file names in order: the tables below point into it instead of holding names of their own. */
  private readonly files: readonly string[]
  /** Where the last accepted result's file is in `files` (results come in file order). */
  private position = 0
  /** The first file (its place in `files`) with each text key. */
  private readonly firstFileByText = new Map<string, number>()
  /**
   * Every id taken or wanted, case-folded: each stem of the input, so a hash-suffixed id never takes one a later file
   * will want, and the ids given with a hash. A stem's entry is the place of the file that owns it, once one does.
   * Numbers, not names: at 100,000 articles these tables held 44 MB with the names and their objects, 17 MB now.
   */
  private readonly ids: Map<string, number>
  private drafts: Drafts = { figures: [], agreements: [], events: [] }
  private orderOfSource = new WeakMap<SourceRef, number>()
  private readonly issues: PipelineIssue[] = []
  private seq = 0

  /** With a sink, drafts go there as they come, and `finish` merges none of them (the sink's owner does). */
  constructor(
    files: Iterable<string>,
    private readonly sink: DraftSink | null = null,
  ) {
    this.files = Array.isArray(files) ? (files as readonly string[]) : [...files]
    this.ids = new Map(this.files.map((file) => [keyOf(articleId(file)), UNOWNED]))
  }

  /** The place of a result's file in the input; results come in file order, so the search starts at the last one. */
  private placeOf(file: string): number {
    if (this.files[this.position] !== file) {
      const next = this.files.indexOf(file, this.position)
      this.position = next >= 0 ? next : this.files.indexOf(file)
    }
    if (this.position < 0) throw new Error(`the collector was not given ${file} in its list of files`)
    return this.position
  }

  /** Accepts the next file's result; returns its article with its final id, or null when it gives none. */
  accept(result: ArticleResult): Article | null {
    this.issues.push(...result.readIssues)
    const { article, textKey } = result
    if (!article || textKey === null) return null
    const place = this.placeOf(result.file)
    const original = this.firstFileByText.get(textKey)
    if (original !== undefined) {
      const message = `duplicate of ${this.files[original]}; merged into it`
      this.issues.push({ file: result.file, severity: 'warning', stage: 'ingest', message })
      return null
    }
    this.firstFileByText.set(textKey, place)
    const id = this.uniqueId(article, place)
    this.issues.push(...result.boundIssues)
    this.keepDrafts(result.drafts, id === article.id ? null : id)
    return id === article.id ? article : { ...article, id }
  }

  /** Gives the article its id: its stem when no earlier article has it, else the stem plus a hash, with a warning. */
  private uniqueId(article: Article, place: number): string {
    const owner = this.ids.get(keyOf(article.id)) ?? UNOWNED
    if (owner < 0) {
      this.ids.set(keyOf(article.id), place)
      return article.id
    }
    let id = `${article.id}-${shortHash(article.file)}`
    while (this.ids.has(keyOf(id))) id = `${article.id}-${shortHash(id)}` // a file may already be named like that
    this.ids.set(keyOf(id), GIVEN_WITH_HASH)
    // the owner kept its stem as its id: both are read off its file name
    const first = { id: articleId(this.files[owner]!), file: this.files[owner]! }
    const caseOnly = first.id === article.id ? '' : ` (as "${first.id}"; ids differing only in case would share a file)`
    const message = `the id "${article.id}" is already taken by ${first.file}${caseOnly}; this article's id is "${id}"`
    this.issues.push({ file: article.file, severity: 'warning', stage: 'ingest', message })
    return id
  }

  /** Keeps an article's drafts (pointed at its final id) and remembers the order each source came in. */
  private keepDrafts(drafts: Drafts, renamedTo: string | null) {
    const rename = <T extends { source: SourceRef }>(draft: T): T =>
      renamedTo === null ? draft : (pointSourcesAt(draft, renamedTo) as T)
    for (const kind of ['figures', 'agreements', 'events'] as const) {
      for (const draft of drafts[kind]) {
        const kept = rename(draft)
        if (!this.orderOfSource.has(kept.source)) this.orderOfSource.set(kept.source, this.seq)
        if (!this.sink) (this.drafts[kind] as (typeof kept)[]).push(kept)
        else if (kind === 'figures')
          this.sink.addFigure(kept as FigureDraft, this.seq, this.orderOfSource.get(kept.source)!)
        else this.sink.addOccasion(kind, kept as AgreementDraft | EventDraft)
        this.seq++
      }
    }
  }

  /**
   * Merges and derives the facts of every accepted article; returns them with the issues met, in file order, and ends
   * the collection (no article is added after it). The drafts are let go here, so they are not held beside the merged
   * facts while those are validated and written. With a sink there are no drafts here: the facts are empty.
   */
  finish(): { facts: MergedFacts; issues: PipelineIssue[] } {
    // the duplicate and id tables hold a few entries per article: not carried into the merge and the writers
    this.firstFileByText.clear()
    this.ids.clear()
    const [drafts, orderOfSource] = [this.drafts, this.orderOfSource]
    this.drafts = { figures: [], agreements: [], events: [] }
    this.orderOfSource = new WeakMap()
    const facts = mergeFacts(drafts, (source) => orderOfSource.get(source) ?? Number.MAX_SAFE_INTEGER)
    return { facts, issues: this.issues }
  }
}
