import type { Article } from '../../schema/dataset'
import type { AgreementDraft, EventDraft, FigureDraft, PipelineIssue } from '../types'

/**
 * Facts of one kind one article may give. Real articles give at most a few dozen; past this an article is a table of
 * numbers or a repeated dump, and every extra fact would only bloat facts.json (60,000 figures made it 50 MB).
 */
export const MAX_FACTS_PER_ARTICLE = 200

/** The drafts of every kind, as the extractors give them. */
export interface Drafts {
  figures: FigureDraft[]
  agreements: AgreementDraft[]
  events: EventDraft[]
}

/** Keeps the first `MAX_FACTS_PER_ARTICLE` drafts of each article, in order, and counts what each article gave. */
function keepFirst<T extends { source: { articleId: string } }>(drafts: readonly T[]) {
  const given = new Map<string, number>()
  const kept = drafts.filter((draft) => {
    const count = (given.get(draft.source.articleId) ?? 0) + 1
    given.set(draft.source.articleId, count)
    return count <= MAX_FACTS_PER_ARTICLE
  })
  return { kept, given }
}

/**
 * Bounds what one article can contribute: past `MAX_FACTS_PER_ARTICLE` figures, agreements or events, only the first
 * ones in the text are kept and a warning names the article and how many it gave.
 */
export function boundFacts(drafts: Drafts, articles: readonly Article[]): { drafts: Drafts; issues: PipelineIssue[] } {
  const fileOf = new Map(articles.map((article) => [article.id, article.file]))
  const issues: PipelineIssue[] = []
  const bound = <T extends { source: { articleId: string } }>(list: readonly T[], noun: string): T[] => {
    const { kept, given } = keepFirst(list)
    for (const [articleId, count] of given) {
      if (count <= MAX_FACTS_PER_ARTICLE) continue
      const message = `gives ${count} ${noun}, more than an article states: only the first ${MAX_FACTS_PER_ARTICLE} are kept`
      issues.push({ file: fileOf.get(articleId) ?? articleId, severity: 'warning', stage: 'extract', message })
    }
    return kept
  }
  const bounded = {
    figures: bound(drafts.figures, 'figures'),
    agreements: bound(drafts.agreements, 'agreements'),
    events: bound(drafts.events, 'events'),
  }
  return { drafts: bounded, issues }
}
