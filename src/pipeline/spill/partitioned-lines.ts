import { shortHash } from '../ids'

/**
 * Lines appended to numbered partitions and read back one partition at a time: how the build keeps what grows with
 * the corpus (fact drafts, search postings) out of memory until the one partition it works on. A line never holds a
 * line break.
 */
export interface PartitionedLines {
  readonly count: number
  append(partition: number, line: string): void
  /** Every line of a partition, in the order appended. */
  read(partition: number): Iterable<string>
}

/** Picks a partition for a key: the same key always lands in the same one. */
export const partitionOf = (key: string, count: number) => parseInt(shortHash(key), 36) % count

/** Partitions held in memory: for tests and the in-memory build, where the whole corpus is small. */
export function memoryPartitions(count: number): PartitionedLines {
  const lines: string[][] = Array.from({ length: count }, () => [])
  return { count, append: (partition, line) => lines[partition]!.push(line), read: (partition) => lines[partition]! }
}

/**
 * Reads lines of `[key, value]` back as groups by key: keys in order of their first line, each group's values in the
 * order appended. What a partition written by group holds, assembled.
 */
export function readGroups<K, V>(lines: Iterable<string>): Map<K, V[]> {
  const groups = new Map<K, V[]>()
  for (const line of lines) {
    const [key, value] = JSON.parse(line) as [K, V]
    const group = groups.get(key)
    if (group) group.push(value)
    else groups.set(key, [value])
  }
  return groups
}
