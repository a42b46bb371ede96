import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Agreement, Article, CorridorEvent, Figure } from '../../schema/dataset'
import { DiskPartitions } from '../spill/disk-partitions'
import { articleFileName } from '../stages/emit'
import { folderMaker } from '../output-folders'
import { DEFAULT_SEARCH_LIMITS, POSTING_PARTITIONS, SearchIndexBuilder } from './build-search-index'

/** What the search index reads: the articles' ids in output order (their files are in the staging folder), then the facts. */
export interface SearchInput {
  ids: readonly string[]
  figures: () => Iterable<Figure>
  agreements: () => Iterable<Agreement>
  events: () => Iterable<CorridorEvent>
}

/**
 * Builds the search index from the article files, read back one by one, and the facts into the staging folder; the
 * postings wait in `<staging>/spill/search`, a partition at a time in memory, so the index never holds the corpus.
 */
export function writeSearchIndex(staging: string, input: SearchInput): void {
  const spill = join(staging, 'spill', 'search')
  mkdirSync(spill, { recursive: true })
  const makeFolder = folderMaker()
  const builder = new SearchIndexBuilder(DEFAULT_SEARCH_LIMITS, {
    postings: new DiskPartitions(spill, 'postings', POSTING_PARTITIONS),
    write: (path, contents) => {
      makeFolder(dirname(join(staging, path)))
      writeFileSync(join(staging, path), contents)
    },
  })
  for (const id of input.ids) {
    builder.addArticle(JSON.parse(readFileSync(join(staging, articleFileName(id)), 'utf8')) as Article)
  }
  for (const figure of input.figures()) builder.addFigure(figure)
  for (const agreement of input.agreements()) builder.addAgreement(agreement)
  for (const event of input.events()) builder.addEvent(event)
  builder.finish()
  rmSync(spill, { recursive: true, force: true })
}
