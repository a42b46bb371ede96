// Ids the benchmarks open, read from the built data rather than fixed, so they survive changes to the extractors.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

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

/** What the scale bench needs from a build: its articles' ids and titles in order, and the figures' metrics. */
export interface BuiltFacts {
  articles: { id: string; title: string }[]
  figures: { metric: string }[]
}

// `facts.json` passes V8's longest string near 100,000 articles (about 950 MB), so it cannot be read whole. The
// pipeline writes it pretty-printed, two spaces an indent: each list opens on a line of its own at depth one, and
// each entry's own keys sit at depth three, so a line reader picks the few keys the bench needs.
const LIST_OPENS = /^ {2}"(\w+)": \[/
const ENTRY_KEY = /^ {6}"(id|title|metric)": ("(?:[^"\\]|\\.)*")/

/** Reads articles' ids and titles and figures' metrics from a built `facts.json`, line by line. */
export async function readBuiltFacts(path: string): Promise<BuiltFacts> {
  const built: BuiltFacts = { articles: [], figures: [] }
  let list = ''
  let id = ''
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    const opens = LIST_OPENS.exec(line)
    if (opens) list = opens[1] ?? ''
    const entry = ENTRY_KEY.exec(line)
    if (!entry) continue
    const [, key, json = '""'] = entry
    const value = JSON.parse(json) as string
    if (list === 'articles' && key === 'id') id = value
    if (list === 'articles' && key === 'title') built.articles.push({ id, title: value })
    if (list === 'figures' && key === 'metric') built.figures.push({ metric: value })
  }
  return built
}
