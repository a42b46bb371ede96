import MiniSearch from 'minisearch'
import type { SearchSource } from '../../src/features/search/lib/run-search'
import { SEARCH_DIR, SHARD_OPTIONS, shardFile, type SearchDoc } from '../../src/schema/search-index'

/** Reads a built search index from its files (path → contents), counting which files a query opened. */
export function memorySearchSource(files: ReadonlyMap<string, string>): SearchSource & { opened: string[] } {
  const opened: string[] = []
  const read = (path: string) => {
    const contents = files.get(path)
    if (contents === undefined) throw new Error(`no file ${path}`)
    opened.push(path)
    return contents
  }
  return {
    opened,
    manifest: async () => JSON.parse(read(`${SEARCH_DIR}/manifest.json`)),
    shard: async (index) => MiniSearch.loadJSON(read(shardFile(index)), SHARD_OPTIONS),
    chunk: async (file) => JSON.parse(read(file)) as SearchDoc[],
  }
}
