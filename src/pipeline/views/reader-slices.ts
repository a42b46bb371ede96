import type { Agreement, ArticleMeta, CorridorEvent, Figure } from '../../schema/dataset'
import { emptySlice, viewFiles, type ViewSlice } from '../../schema/view-files'
import type { PartitionedLines } from '../spill/partitioned-lines'
import { SOURCES_PER_FIGURE } from './figure-slices'
import { capSources, citedArticles, withCounts } from './slice-parts'

/**
 * Articles per partition of the reader spill. A partition holds the facts citing its articles, so this bounds what
 * memory holds at once (a few dozen capped facts an article); fewer, larger partitions keep the spill's write buffers
 * (one per partition) small.
 */
export const ARTICLES_PER_READER_PARTITION = 1000

type Kind = 'figures' | 'agreements' | 'events'
type Sourced = Figure | Agreement | CorridorEvent

/** What the reader files are cut from: articles by id, facts in output order (each list streamed). */
export interface ReaderInput {
  metas: readonly ArticleMeta[]
  figures: () => Iterable<Figure>
  agreements: () => Iterable<Agreement>
  events: () => Iterable<CorridorEvent>
}

/** One spilled line: the article a fact is written for, the fact's kind, the fact capped for it, its full count. */
type ReaderLine = [articleId: string, kind: Kind, record: Sourced, sourceCount: number | null]

interface ReaderFacts {
  figures: Figure[]
  agreements: Agreement[]
  events: CorridorEvent[]
  counts: Record<string, number>
}

const noFacts = (): ReaderFacts => ({ figures: [], agreements: [], events: [], counts: {} })

/**
 * Writes every fact once per article it cites, its sources already capped for that article, to the partition of the
 * article's place in `metas`: partitions are runs of consecutive articles, so reading them in turn gives the readers
 * in the articles' order, and a partition's lines keep the facts' order within each kind.
 */
function spillByArticle(input: ReaderInput, partitions: PartitionedLines): void {
  const place = new Map(input.metas.map((meta, index) => [meta.id, index]))
  const spill = (kind: Kind, records: Iterable<Sourced>) => {
    for (const record of records) {
      for (const id of new Set(record.sources.map((source) => source.articleId))) {
        const at = place.get(id)
        if (at === undefined) continue // an article without metadata gets no reader file
        const counts: Record<string, number> = {}
        const capped = capSources(record, SOURCES_PER_FIGURE, counts, id)
        const line: ReaderLine = [id, kind, capped, counts[record.id] ?? null]
        partitions.append(Math.floor(at / ARTICLES_PER_READER_PARTITION), JSON.stringify(line))
      }
    }
  }
  spill('figures', input.figures())
  spill('agreements', input.agreements())
  spill('events', input.events())
}

/** Reads one partition back into the facts of each of its articles, in the order they were spilled. */
function readPartition(lines: Iterable<string>): Map<string, ReaderFacts> {
  const byArticle = new Map<string, ReaderFacts>()
  for (const text of lines) {
    const [id, kind, record, sourceCount] = JSON.parse(text) as ReaderLine
    let facts = byArticle.get(id)
    if (!facts) byArticle.set(id, (facts = noFacts()))
    ;(facts[kind] as Sourced[]).push(record)
    if (sourceCount !== null) facts.counts[record.id] = sourceCount
  }
  return byArticle
}

/**
 * One reader page per article: its metadata, every fact that cites it (its own sources always kept), and the other
 * articles those facts cite. The facts go through `partitions` (on disk in the CLI) by article, so memory holds one
 * partition's facts at a time, not every fact at once.
 */
export function* readerSlices(
  input: ReaderInput,
  metas: ReadonlyMap<string, ArticleMeta>,
  partitions: (count: number) => PartitionedLines,
): Generator<[string, ViewSlice]> {
  const spilled = partitions(Math.max(1, Math.ceil(input.metas.length / ARTICLES_PER_READER_PARTITION)))
  spillByArticle(input, spilled)
  for (let partition = 0; partition < spilled.count; partition++) {
    const byArticle = readPartition(spilled.read(partition))
    const start = partition * ARTICLES_PER_READER_PARTITION
    for (const meta of input.metas.slice(start, start + ARTICLES_PER_READER_PARTITION)) {
      const { figures, agreements, events, counts } = byArticle.get(meta.id) ?? noFacts()
      const cited = citedArticles([...figures, ...agreements, ...events], metas)
      const articles = cited.some((article) => article.id === meta.id) ? cited : [meta, ...cited]
      yield [viewFiles.reader(meta.id), withCounts({ ...emptySlice(), articles, figures, agreements, events }, counts)]
    }
  }
}
