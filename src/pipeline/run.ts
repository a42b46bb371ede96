import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { SEARCH_DIR } from '../schema/search-index'
import { VIEWS_DIR } from '../schema/view-files'
import { viewSlices } from './views/view-slices'
import { ArticlePool, defaultWorkers } from './parallel/article-pool'
import { listInputFolder, readInputFile, type InputFileSystem } from './read-input'
import { CURATION_FILE, CurationError, parseCuration, type Curation } from './stages/curate'
import { articleFileName, emitDataset } from './stages/emit'
import { folderMaker } from './output-folders'
import { writeSearchIndex } from './search/write-search-index'
import { startSearchThread, type SearchThread } from './parallel/search-thread'
import { DiskPartitions } from './spill/disk-partitions'
import { datasetCsvWriters } from '../lib/dataset-csv-files'
import { processArticle } from './stream/process-article'
import type { FactStreams } from './stream/finish-facts'
import { finishSpilledFacts } from './spill/finish-spilled'
import { DraftSpill } from './spill/spill-figures'
import { quotedArticles, streamArticles } from './stream/stream-build'
import { bufferedSink, compactJson, writeJsonObjects, type Sink } from './stream/write-json'
import type { ArticleMeta } from '../schema/dataset'
import type { PipelineIssue } from './types'

/**
 * Lets the heap grow 30% past what the last full collection kept before collecting again. V8's default lets it grow
 * up to 4× on a machine with this much memory, so after the stream the merges' peak was mostly garbage not yet
 * collected (10,000 articles: 531 → 377 MB peak RSS, output byte-identical, time within the noise). Set before the
 * worker threads start, so their isolates grow the same way.
 */
setFlagsFromString('--heap-growing-percent=30')

/** The real file system, as the input walk sees it. */
const nodeFileSystem: InputFileSystem = {
  readdir: (dir) => readdir(dir),
  lstat: (path) => lstat(path),
  stat: (path) => stat(path),
  readFile: async (path) => new Uint8Array(await readFile(path)),
}

/** Input files per partition of the figure spill, about: a partition is what the merge holds in memory at once. */
const FILES_PER_PARTITION = 250

/** Partitions for the figure drafts of this many files: more for a larger corpus, so each stays about the same size. */
const partitionsFor = (files: number) => Math.min(1024, Math.max(16, Math.ceil(files / FILES_PER_PARTITION)))

/** Below this many files the build runs in this thread: starting workers costs more than they save. */
const SMALL_INPUT = 200
/** Files in flight per worker: enough that no worker waits for the next file. */
const IN_FLIGHT_PER_WORKER = 8

const USAGE = 'usage: npm run build:data -- --in <dir> --out <dir> [--workers <n>]  (0 runs in this thread)'

/** Escapes control and bidirectional characters so a hostile file name can't forge or reverse a console line. */
const printable = (text: string) =>
  text.replace(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })

/** Parses the curation file's bytes; throws a CurationError when it can't be read or applied as written. */
function readCuration(curation: { bytes: Uint8Array } | { error: string } | null): Curation | null {
  if (curation === null) return null
  if ('error' in curation) throw new CurationError(`${CURATION_FILE}: ${curation.error}`)
  return parseCuration(new TextDecoder('utf-8', { ignoreBOM: true }).decode(curation.bytes), CURATION_FILE)
}

interface Options {
  in: string
  out: string
  /** Worker threads for the per-article stage; 0 runs it in this thread, null picks by input size. */
  workers: number | null
}

/** Reads the command line; throws with a message for a bad argument. */
function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'public/data' },
      workers: { type: 'string' },
    },
    strict: true,
  })
  if (values.workers === undefined) return { in: values.in, out: values.out, workers: null }
  const workers = Number(values.workers)
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`--workers must be a whole number ≥ 0`)
  return { in: values.in, out: values.out, workers }
}

/**
 * Writes a file through a sink that appends chunks, so a large JSON file is never one string. The writes after the
 * stream are the build's own files, one at a time, tens of thousands of them: synchronous calls, as each promise-based
 * open, write and close went through the thread pool and back (a tenth of the main thread's time at 10,000 articles).
 */
function writeStreamed(path: string, write: (sink: Sink) => void): void {
  writeStreamedFiles([path], ([sink]) => write(sink!))
}

/** Writes several files at once, each through its own sink (see `writeStreamed`). */
function writeStreamedFiles(paths: readonly string[], write: (sinks: Sink[]) => void): void {
  const fds: number[] = []
  try {
    for (const path of paths) fds.push(openSync(path, 'w'))
    write(fds.map((fd) => (chunk) => void writeSync(fd, chunk)))
  } finally {
    fds.forEach((fd) => closeSync(fd))
  }
}

/** Reads an article file back and drops its trailing newline: it is one item of dataset.json's article list. */
function* articleItems(dir: string, ids: readonly string[]): Generator<string> {
  for (const id of ids) yield readFileSync(join(dir, articleFileName(id)), 'utf8').slice(0, -1)
}

/** Writes dataset.json, facts.json, the schema and the CSV downloads from facts in output order, article texts read back one by one. */
async function writeIndexFiles(out: string, staging: string, facts: FactStreams): Promise<void> {
  // serialised one item at a time as the file is written: the whole list as strings would double the facts in memory
  const items = <T>(list: Iterable<T>, pick: (item: T) => unknown = (item) => item) => ({
    items: (function* () {
      for (const item of list) yield JSON.stringify(pick(item), null, 2)
    })(),
  })
  const issue = ({ file, severity, message }: PipelineIssue) => ({ file, severity, message })
  const rest: [string, unknown][] = [
    ['figures', items(facts.figures())],
    ['agreements', items(facts.agreements())],
    ['events', items(facts.events())],
    ['issues', items(facts.issues, issue)],
  ]
  const ids = facts.metas.map((meta) => meta.id)
  const articles = { perSink: [{ items: articleItems(staging, ids) }, items(facts.metas)] }
  writeStreamedFiles([join(out, 'dataset.json'), join(out, 'facts.json')], (sinks) =>
    writeJsonObjects(sinks, [['schemaVersion', 1], ['articles', articles], ...rest]),
  )
  const empty = { schemaVersion: 1 as const, articles: [], figures: [], agreements: [], events: [], issues: [] }
  await writeFile(join(out, 'dataset.schema.json'), emitDataset(empty).get('dataset.schema.json') ?? '')
  // the full downloads beside the JSON, dated by SOURCE_DATE_EPOCH when the build sets it (an input, not a clock);
  // written row by row: a table held whole as rows and text took several times the facts' own memory
  for (const { file, lines } of datasetCsvWriters(facts.metas, process.env.SOURCE_DATE_EPOCH)) {
    writeLines(
      join(out, file),
      lines({ figures: facts.figures(), agreements: facts.agreements(), events: facts.events() }),
    )
  }
}

/**
 * Writes the per-view data files (`views/`) into the staging folder: compact JSON, read by the browser only. The
 * facts are read as streams (the agreements and timeline views hold their own list while they are cut); the reader
 * files' facts wait in `<staging>/spill/readers`, a partition at a time in memory.
 */
async function writeViewFiles(staging: string, facts: FactStreams): Promise<void> {
  const spill = join(staging, 'spill', 'readers')
  await mkdir(spill, { recursive: true })
  const input = { metas: facts.metas, figures: facts.figures, agreements: facts.agreements, events: facts.events }
  const partitions = (count: number) => new DiskPartitions(spill, 'reader-facts', count)
  const makeFolder = folderMaker()
  for (const [path, value] of viewSlices(input, partitions)) {
    makeFolder(dirname(join(staging, path)))
    // written in pieces: the whole-list files (agreements, timeline) as one string would double their memory
    writeStreamed(join(staging, path), (sink) => {
      const { write, flush } = bufferedSink(sink)
      compactJson(value, write)
      flush()
    })
  }
  await rm(spill, { recursive: true, force: true })
}

/** Writes a file from lines as they come, in chunks of about a megabyte. */
function writeLines(path: string, lines: Iterable<string>): void {
  writeStreamed(path, (sink) => {
    const { write, flush } = bufferedSink(sink)
    for (const line of lines) write(line)
    flush()
  })
}

/**
 * Starts the search index: in a worker thread beside the other writers when the build has workers and its facts are
 * in files another thread can read, else in this thread before them.
 */
function startSearchIndex(staging: string, facts: FactStreams, workers: number): SearchThread {
  const ids = facts.metas.map((meta) => meta.id)
  if (workers > 0 && facts.files) return startSearchThread({ staging, ids, files: facts.files })
  writeSearchIndex(staging, { ...facts, ids })
  return { done: Promise.resolve(), stop: async () => undefined }
}

/**
 * Streams the listed files through the per-article stage into the staging folder and finishes their facts (merged,
 * derived, sorted, on disk in `<staging>/spill`). A function of its own so that what only the stream needs (the
 * collector's tables, the file list, the drafts' partitions) is garbage once the writers start: at 100,000 articles
 * the writers' steps were the build's peak.
 */
async function streamAndFinish(
  listing: Awaited<ReturnType<typeof listInputFolder>>,
  curation: Curation | null,
  pool: ArticlePool | null,
  workers: number,
  staging: string,
): Promise<FactStreams> {
  // drafts, sorted runs and the search postings wait here: memory holds a partition or a run of them at a time
  const spillDir = join(staging, 'spill')
  await mkdir(spillDir, { recursive: true })
  const draftSpill = new DraftSpill(
    new DiskPartitions(spillDir, 'figure-drafts', partitionsFor(listing.files.length)),
    new DiskPartitions(spillDir, 'occasion-drafts', 2),
  )
  const metaSpill = new DiskPartitions(spillDir, 'metas', 1)
  const quoted = quotedArticles(curation)
  const streamed = await streamArticles({
    files: listing.files.map((entry) => entry.file),
    read: (index) => readInputFile(nodeFileSystem, listing.files[index]!),
    process: pool ? (raw) => pool.run(raw) : async (raw) => processArticle(raw),
    window: Math.max(1, workers) * IN_FLIGHT_PER_WORKER,
    // written at once: a promise-based write goes through the thread pool, which the input reads are waiting on
    onArticle: async (article) =>
      writeFileSync(join(staging, articleFileName(article.id)), `${JSON.stringify(article, null, 2)}\n`),
    keepText: (id) => quoted.has(id),
    draftSink: draftSpill,
    onMeta: (meta) => metaSpill.append(0, JSON.stringify(meta)),
  })
  await pool?.close()
  // read back once the workers' memory is gone: the stream, with the workers, is the build's peak
  const metas = Array.from(metaSpill.read(0), (line) => JSON.parse(line) as ArticleMeta)
  return finishSpilledFacts({ ...streamed, metas }, draftSpill, curation, listing.issues, spillDir)
}

/** Builds the dataset from `--in` into `--out`; exit 1 for bad arguments or when no article could be built. */
async function main(): Promise<number> {
  let options: Options
  try {
    options = parseOptions()
  } catch (error) {
    console.error(`build:data: ${(error as Error).message}\n${USAGE}`)
    return 1
  }
  let listing: Awaited<ReturnType<typeof listInputFolder>>
  try {
    listing = await listInputFolder(options.in, nodeFileSystem)
  } catch (error) {
    console.error(`build:data: cannot read the input folder "${options.in}": ${(error as Error).message}`)
    return 1
  }
  if (listing.companions.length > 0) console.log(`build:data: not articles: ${listing.companions.join(', ')}`)
  const curation = readCuration(listing.curation)
  const workers = options.workers ?? (listing.files.length < SMALL_INPUT ? 0 : defaultWorkers())
  const pool = workers > 0 ? new ArticlePool(workers) : null
  // Article files go to a staging folder and replace the old ones only when the whole build succeeds.
  const staging = join(options.out, '.articles-building')
  await rm(staging, { recursive: true, force: true })
  await mkdir(join(staging, 'articles'), { recursive: true })
  const fileCount = listing.files.length
  try {
    const facts = await streamAndFinish(listing, curation, pool, workers, staging)
    for (const issue of facts.issues) console.warn(printable(`[${issue.severity}] ${issue.file}: ${issue.message}`))
    if (facts.metas.length === 0) {
      console.error(`build:data: no usable article in "${options.in}" (${fileCount} files listed)`)
      return 1
    }
    const search = startSearchIndex(staging, facts, workers)
    try {
      await writeIndexFiles(options.out, staging, facts)
      await writeViewFiles(staging, facts)
      await search.done
    } finally {
      await search.stop()
    }
    for (const folder of ['articles', SEARCH_DIR, VIEWS_DIR]) {
      await rm(join(options.out, folder), { recursive: true, force: true }) // no stale files from older builds
      await rename(join(staging, folder), join(options.out, folder))
    }
    const { figures, agreements, events } = facts.counts
    const counts = `${facts.metas.length} articles, ${figures} figures, ${agreements} agreements, ${events} events`
    console.log(`build:data: ${counts}, ${facts.issues.length} issues → ${options.out}/dataset.json`)
    return 0
  } finally {
    await pool?.close()
    await rm(staging, { recursive: true, force: true })
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`build:data: ${error instanceof Error ? error.message : String(error)}`)
  return 1
})
