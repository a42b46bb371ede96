// Ids the benchmarks open, read from the built data rather than fixed, so they survive changes to the extractors.

/** The metric with the most figures (the heaviest chart and table), ties broken by name; null when there are none. */
export function busiestMetric(figures: readonly { metric: string }[]): { metric: string; figures: number } | null {
  const counts = new Map<string, number>()
  for (const { metric } of figures) counts.set(metric, (counts.get(metric) ?? 0) + 1)
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return best ? { metric: best[0], figures: best[1] } : null
}

/** A word to search for: the longest word of the first article's title (lower case), so the corpus has it. */
export function searchWordOf(articles: readonly { title: string }[]): string | null {
  const words = (articles[0]?.title ?? '').toLocaleLowerCase('en').match(/\p{L}+/gu) ?? []
  return words.reduce<string | null>((best, word) => (best === null || word.length > best.length ? word : best), null)
}
