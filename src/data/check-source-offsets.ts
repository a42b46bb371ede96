import type { Article, FactsFile, SourceRef } from '../schema/dataset'

/** Says which source in the facts index does not fit the article it cites, and how. */
export interface SourceOffsetProblem {
  /** Where the source sits in `facts.json`, e.g. `figures.3.sources.0`. */
  path: string
  message: string
}

function describeMisfit(source: SourceRef, article: Article): string | null {
  const { length } = article.text
  if (source.end > length) {
    return `span ${source.start}–${source.end} runs past the end of article ${article.id} (${length} characters)`
  }
  if (article.text.slice(source.start, source.end) !== source.quote) {
    return `span ${source.start}–${source.end} of article ${article.id} does not hold the quoted words`
  }
  return null
}

/**
 * Finds the first source citing the article whose span runs past the article's end or holds other words than its
 * quote. The index is checked on its own when it loads (span order, length, mention); this is the part that needs
 * the article's text, so that a broken span is a load error and never a highlight clipped to fit.
 */
export function findSourceOffsetProblem(facts: FactsFile, article: Article): SourceOffsetProblem | null {
  const groups = { figures: facts.figures, agreements: facts.agreements, events: facts.events }
  for (const [group, records] of Object.entries(groups)) {
    for (const [recordIndex, record] of records.entries()) {
      for (const [sourceIndex, source] of record.sources.entries()) {
        if (source.articleId !== article.id) continue
        const message = describeMisfit(source, article)
        if (message) return { path: `${group}.${recordIndex}.sources.${sourceIndex}`, message }
      }
    }
  }
  return null
}
