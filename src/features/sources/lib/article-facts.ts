import type { Titles, FactsFile, SourceRef } from '../../../schema/dataset'
import type { Highlight } from './to-segments'

/** Which kind of record a fact is, which decides where the dashboard shows it. */
export type FactKind = 'figure' | 'agreement' | 'event'

/** A fact cited from one article: what it is, where the dashboard shows it, and the stretches of text it marks. */
export interface ArticleFact {
  id: string
  kind: FactKind
  /** A short name in the article's language or the metric's label; a package without a title has none. */
  label: string | null
  /** An occasion's generated title in each interface language. */
  titles?: Titles
  /** For figures, the metric, which the view names in the interface language. */
  metric: string | null
  /** The in-app path of the view that shows the fact. */
  to: string
  highlights: Highlight[]
}

function highlightsIn(sources: readonly SourceRef[], articleId: string, factId: string): Highlight[] {
  return sources
    .filter((source) => source.articleId === articleId)
    .map((source) => {
      // the mention is the fact's own words; the sentence is the fallback when the extractor gave no narrower span
      const span = source.mention ?? { start: source.start, end: source.end }
      return { factId, start: span.start, end: span.end }
    })
}

/** Collects every fact that cites the article, in text order, with its highlights and the path that shows it. */
export function collectArticleFacts(facts: FactsFile, articleId: string): ArticleFact[] {
  const all: ArticleFact[] = [
    ...facts.figures.map((figure) => ({
      id: figure.id,
      kind: 'figure' as const,
      label: figure.label,
      metric: figure.metric,
      to: `/targets/${encodeURIComponent(figure.metric)}`,
      highlights: highlightsIn(figure.sources, articleId, figure.id),
    })),
    ...facts.agreements.map((agreement) => ({
      id: agreement.id,
      kind: 'agreement' as const,
      label: agreement.title,
      metric: null,
      to: '/agreements',
      highlights: highlightsIn(agreement.sources, articleId, agreement.id),
    })),
    ...facts.events.map((event) => ({
      id: event.id,
      kind: 'event' as const,
      label: event.title.en,
      titles: event.title,
      metric: null,
      to: `/timeline?event=${encodeURIComponent(event.id)}`,
      highlights: highlightsIn(event.sources, articleId, event.id),
    })),
  ]
  const first = (fact: ArticleFact) => Math.min(...fact.highlights.map((item) => item.start))
  return all
    .filter((fact) => fact.highlights.length > 0)
    .sort((a, b) => first(a) - first(b) || a.id.localeCompare(b.id))
}

/** Counts the distinct facts that cite each article. */
export function countFactsByArticle(facts: FactsFile): Map<string, number> {
  const counts = new Map<string, number>()
  const records = [...facts.figures, ...facts.agreements, ...facts.events]
  for (const record of records) {
    for (const articleId of new Set(record.sources.map((source) => source.articleId))) {
      counts.set(articleId, (counts.get(articleId) ?? 0) + 1)
    }
  }
  return counts
}
