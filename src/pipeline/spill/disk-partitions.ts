import { appendFileSync, closeSync, existsSync, openSync, readSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import type { PartitionedLines } from './partitioned-lines'
import type { RunStore } from './sorted-runs'

/** Characters buffered per partition before they are appended to its file, at most. */
const FLUSH_CHARS = 1 << 15
/**
 * Characters buffered across all partitions, at most (about): a partition's share is this divided by their count. A
 * fixed share per partition grew with the corpus, since the figure drafts have more partitions the larger it is: at
 * 100,000 articles 400 partitions of 32,768 characters held 13 million, 26 MB of the stream's memory.
 */
export const BUFFERED_CHARS = 1 << 21
/** The smallest share, so a corpus with very many partitions does not append a line or two at a time. */
const MIN_FLUSH_CHARS = 1 << 12

/** How many characters one of `count` partitions buffers before it appends them to its file. */
export const flushCharsFor = (count: number) =>
  Math.max(MIN_FLUSH_CHARS, Math.min(FLUSH_CHARS, Math.floor(BUFFERED_CHARS / Math.max(1, count))))
/**
 * Bytes read at a time when a partition or a list is read back. Small enough that each piece, decoded, stays out of
 * V8's large-object space, which only a full collection frees: with a megabyte at a time, the view files of 100,000
 * articles (read from the lists a dozen times) peaked at 425 MB in isolation, with 32 KB at 407 MB.
 */
const READ_BYTES = 1 << 15
/**
 * Bytes read at a time from each sorted run while runs are merged: every run is open at once, and there are more of
 * them the larger the corpus, so each reads a small piece at a time.
 */
const RUN_READ_BYTES = 1 << 16

/** Reads a file's lines one at a time, `readBytes` of it in memory at most (plus the line being read). */
export function* readLines(path: string, readBytes = READ_BYTES): Generator<string> {
  if (!existsSync(path)) return
  const fd = openSync(path, 'r')
  const decoder = new StringDecoder('utf8')
  const buffer = Buffer.alloc(readBytes)
  let rest = ''
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n')
      rest = lines.pop()!
      yield* lines
    }
  } finally {
    closeSync(fd)
  }
  rest += decoder.end()
  if (rest !== '') yield rest
}

/** Each item of a file of JSON lines, parsed as it is read. */
export function* readJsonLines<T>(path: string): Generator<T> {
  for (const line of readLines(path)) yield JSON.parse(line) as T
}

/**
 * Partitions as files `<dir>/<name>-<n>.txt` (the folder must exist; the caller removes it). Appends are buffered per
 * partition, about {@link BUFFERED_CHARS} in all whatever the corpus size or the partitions' count; reading flushes
 * first.
 */
export class DiskPartitions implements PartitionedLines {
  private readonly buffers: string[][]
  private readonly sizes: number[]
  private readonly flushChars: number

  constructor(
    private readonly dir: string,
    private readonly name: string,
    readonly count: number,
  ) {
    this.buffers = Array.from({ length: count }, () => [])
    this.sizes = Array.from({ length: count }, () => 0)
    this.flushChars = flushCharsFor(count)
  }

  append(partition: number, line: string): void {
    this.buffers[partition]!.push(line)
    this.sizes[partition]! += line.length + 1
    if (this.sizes[partition]! >= this.flushChars) this.flush(partition)
  }

  read(partition: number): Iterable<string> {
    this.flush(partition)
    return readLines(this.path(partition))
  }

  private path(partition: number): string {
    return join(this.dir, `${this.name}-${partition}.txt`)
  }

  private flush(partition: number): void {
    if (this.buffers[partition]!.length === 0) return
    appendFileSync(this.path(partition), `${this.buffers[partition]!.join('\n')}\n`)
    this.buffers[partition] = []
    this.sizes[partition] = 0
  }
}

/** Sorted runs as files `<dir>/<name>-run-<n>.txt` (the folder must exist; the caller removes it). */
export function diskRuns(dir: string, name: string): RunStore {
  let count = 0
  const path = (run: number) => join(dir, `${name}-run-${run}.txt`)
  return {
    save: (lines) => {
      writeFileSync(path(count), lines.length === 0 ? '' : `${lines.join('\n')}\n`)
      return count++
    },
    read: (run) => readLines(path(run), RUN_READ_BYTES),
  }
}
