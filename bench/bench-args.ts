// Small helpers the benchmark scripts share: reading `--name value` options and taking medians.

/** Reads the value after `--name` on the command line, or the fallback when the option is absent. */
export function argOf(name: string, fallback: string, argv: readonly string[] = process.argv): string {
  const at = argv.indexOf(`--${name}`)
  return (at >= 0 ? argv[at + 1] : undefined) ?? fallback
}

/** Gives the median of the values (the mean of the middle two for an even count), NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** The median of one numeric field over repeated runs, or null when any run lacks it (a page that never got there). */
export function medianOfRuns<T>(runs: readonly T[], key: keyof T): number | null {
  const values = runs.map((run) => run[key]).filter((value): value is T[keyof T] & number => typeof value === 'number')
  return values.length > 0 && values.length === runs.length ? median(values) : null
}
