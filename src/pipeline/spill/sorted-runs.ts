/** Where sorted runs wait: each saved list of lines is read back as it was saved. */
export interface RunStore {
  /** Saves a run; returns its number. */
  save(lines: readonly string[]): number
  read(run: number): Iterable<string>
}

/** Runs held in memory: for tests and the in-memory build. */
export function memoryRuns(): RunStore {
  const runs: (readonly string[])[] = []
  return { save: (lines) => runs.push(lines) - 1, read: (run) => runs[run]! }
}

/**
 * Characters of JSON per run, about: a run is sorted in memory, so this bounds what the sort holds whatever the corpus
 * size. Counted in characters, not items, since an item can grow with the corpus (a merged occasion cites every
 * article that reports it): runs of a fixed count of such items grew with the corpus too.
 */
const RUN_CHARS = 1 << 23

/** An item waiting in a run, with its JSON line, made once when it is added: its length bounds the run. */
interface Waiting<T> {
  item: T
  line: string
}

/**
 * An external sort: items are added in any order, sorted in runs of a bounded size that go to the store as JSON
 * lines, and read back in order by merging the runs (k-way, one item of each run in memory). Stable, as
 * `Array.prototype.sort` is: items that compare equal come out in the order they were added.
 */
export class SortedRuns<T> {
  private buffer: Waiting<T>[] = []
  private bufferChars = 0
  private readonly runs: number[] = []
  private added = 0

  /** `runChars` bounds a run by the characters of its JSON lines (a run holds one item at least). */
  constructor(
    private readonly store: RunStore,
    private readonly compare: (a: T, b: T) => number,
    private readonly runChars = RUN_CHARS,
  ) {}

  /** Items added so far. */
  get size(): number {
    return this.added
  }

  add(item: T): void {
    const line = JSON.stringify(item)
    this.buffer.push({ item, line })
    this.bufferChars += line.length + 1
    this.added++
    if (this.bufferChars >= this.runChars) this.saveRun()
  }

  /** Every item, in no particular order (runs as saved, then the unsaved rest). */
  *all(): Generator<T> {
    for (const run of this.runs) for (const line of this.store.read(run)) yield JSON.parse(line) as T
    for (const { item } of this.buffer) yield item
  }

  /** Every item in order; items may still be added afterwards (they join the next read). */
  *sorted(): Generator<T> {
    this.saveRun()
    const heads = this.runs.map((run) => this.store.read(run)[Symbol.iterator]())
    const current = heads.map((head) => next<T>(head))
    for (;;) {
      let least = -1
      current.forEach((item, index) => {
        if (item !== undefined && (least < 0 || this.compare(item, current[least]!) < 0)) least = index
      })
      if (least < 0) return
      yield current[least]!
      current[least] = next<T>(heads[least]!)
    }
  }

  private saveRun(): void {
    if (this.buffer.length === 0) return
    const sorted = this.buffer.sort((a, b) => this.compare(a.item, b.item))
    this.buffer = []
    this.bufferChars = 0
    this.runs.push(this.store.save(sorted.map((waiting) => waiting.line)))
  }
}

/** The next item of a run, or undefined at its end. */
function next<T>(lines: Iterator<string>): T | undefined {
  const line = lines.next()
  return line.done ? undefined : (JSON.parse(line.value) as T)
}
