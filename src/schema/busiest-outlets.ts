/** How many outlets a long source line names; the rest of its articles are counted. */
export const OUTLETS_NAMED = 3

/** An outlet (null: the article names none) and how many of the cited articles it published. */
export interface OutletCount {
  outlet: string | null
  articles: number
}

/**
 * The outlets that published the most of the cited articles, most first (ties by name), at most {@link OUTLETS_NAMED}.
 * One rule for the build (a long series' page files) and the app (a chart whose sources are all at hand), so a
 * source line names the same outlets whichever side counted them.
 */
export function busiestOutlets(articleIds: Iterable<string>, outletOf: (id: string) => string | null): OutletCount[] {
  const counts = new Map<string | null, number>()
  for (const id of articleIds) {
    const outlet = outletOf(id)
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1)
  }
  return [...counts]
    .map(([outlet, articles]) => ({ outlet, articles }))
    .sort((a, b) => b.articles - a.articles || String(a.outlet).localeCompare(String(b.outlet)))
    .slice(0, OUTLETS_NAMED)
}
