import type { ArticleMeta, Figure, SourceRef } from '../../../schema/dataset'

/** One statement of a figure: the source, its article, and the article's date. */
export interface HistoryEntry {
  source: SourceRef
  article: ArticleMeta | undefined
  published: string | null
}

/** Lists a figure's sources in the order their articles were published (undated last), one entry per source. */
export function toSourceHistory(figure: Figure, articlesById: ReadonlyMap<string, ArticleMeta>): HistoryEntry[] {
  const entries = figure.sources.map((source) => {
    const article = articlesById.get(source.articleId)
    return { source, article, published: article?.published ?? null }
  })
  return entries.sort((a, b) => {
    if (a.published === b.published) return a.source.articleId.localeCompare(b.source.articleId)
    if (a.published === null) return 1
    if (b.published === null) return -1
    return a.published.localeCompare(b.published)
  })
}

/** Gives the first and last publication dates of a history when it spans more than one date, else null. */
export function historySpan(entries: readonly HistoryEntry[]): { from: string; to: string; count: number } | null {
  const dates = [...new Set(entries.map((entry) => entry.published).filter((date) => date !== null))].sort()
  const from = dates[0]
  const to = dates[dates.length - 1]
  if (dates.length < 2 || from === undefined || to === undefined) return null
  return { from, to, count: entries.length }
}

/** Indexes article metadata by id. */
export function indexArticles(articles: readonly ArticleMeta[]): Map<string, ArticleMeta> {
  return new Map(articles.map((article) => [article.id, article]))
}
