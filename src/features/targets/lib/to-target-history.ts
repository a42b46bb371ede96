import { horizonTermOf } from '../../../schema/horizon-term'
import type { ArticleMeta, Figure, HorizonTerm, Qualifier, SourceRef } from '../../../schema/dataset'

/** When a statement says the target is due: a date, an open horizon, or nothing. */
export type Timing =
  { type: 'deadline'; date: string } | { type: 'horizon'; term: HorizonTerm | null; words: string } | { type: 'none' }

/** What a statement changes against the previous article's: nothing new, a revision, or (undated) an unordered difference. */
export type StatementChange =
  | { type: 'first' }
  | { type: 'restated' }
  | {
      type: 'revised'
      value: { from: number; to: number } | null
      timing: { from: Timing; to: Timing } | null
    }
  /** An undated statement that differs: without a date there is no "later", so no revision is claimed. */
  | { type: 'differs' }

/** One statement of a target: one source sentence, what it says, and how it compares with the one before it. */
export interface TargetStatement {
  figure: Figure
  source: SourceRef
  article: ArticleMeta | undefined
  published: string | null
  value: number | null
  valueMax: number | null
  qualifier: Qualifier
  timing: Timing
  change: StatementChange
}

/** Reads when a target figure is due. */
export function timingOf(figure: Figure): Timing {
  if (figure.deadline !== null) return { type: 'deadline', date: figure.deadline }
  if (figure.horizon !== null) return { type: 'horizon', term: horizonTermOf(figure), words: figure.horizon }
  return { type: 'none' }
}

// "2026" and "2026-12-31" name the same deadline at different precision; only a different year or day revises it.
function sameDeadline(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length)
  return a.slice(0, length) === b.slice(0, length)
}

/**
 * Compares two timings. A missing one says nothing, and two sets of open words ("near future", "coming years") are
 * too vague to call a change; a date against a date, or a date against open words, is a change.
 */
export function timingChanged(from: Timing, to: Timing): boolean {
  if (from.type === 'none' || to.type === 'none') return false
  if (from.type === 'deadline' && to.type === 'deadline') return !sameDeadline(from.date, to.date)
  return from.type !== to.type
}

function valueChanged(from: TargetStatement, to: TargetStatement): boolean {
  if (from.value === null || to.value === null) return false
  return from.value !== to.value || (from.valueMax ?? from.value) !== (to.valueMax ?? to.value)
}

function byPublication(a: TargetStatement, b: TargetStatement): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1
    if (b.published === null) return -1
    return a.published < b.published ? -1 : 1
  }
  return a.source.articleId.localeCompare(b.source.articleId) || a.source.start - b.source.start
}

/**
 * Compares a statement with the most recent earlier article's statements: a match with any of them is a restatement
 * (an article may state several milestones), otherwise a revision of the one with the same timing, or else the last.
 */
function changeOf(statement: TargetStatement, earlier: readonly TargetStatement[]): StatementChange {
  const previousArticle = [...earlier].reverse().find((item) => item.source.articleId !== statement.source.articleId)
  if (!previousArticle) return { type: 'first' }
  const previous = earlier.filter((item) => item.source.articleId === previousArticle.source.articleId)
  const differs = (item: TargetStatement) =>
    valueChanged(item, statement) || timingChanged(item.timing, statement.timing)
  if (previous.some((item) => !differs(item))) return { type: 'restated' }
  if (statement.published === null) return { type: 'differs' }
  const base = previous.find((item) => !timingChanged(item.timing, statement.timing)) ?? previousArticle
  return {
    type: 'revised',
    value:
      valueChanged(base, statement) && base.value !== null && statement.value !== null
        ? { from: base.value, to: statement.value }
        : null,
    timing: timingChanged(base.timing, statement.timing) ? { from: base.timing, to: statement.timing } : null,
  }
}

/**
 * Lists every statement of a target's figures (one per source sentence) in publication order, undated last, each
 * marked as the first statement, a restatement, a revision (value or deadline changed) or an undated difference.
 */
export function toTargetHistory(
  figures: readonly Figure[],
  articlesById: ReadonlyMap<string, ArticleMeta>,
): TargetStatement[] {
  const statements = figures
    .flatMap((figure) =>
      figure.sources.map((source) => {
        const article = articlesById.get(source.articleId)
        const statement: TargetStatement = {
          figure,
          source,
          article,
          published: article?.published ?? null,
          value: figure.value,
          valueMax: figure.valueMax,
          qualifier: figure.qualifier,
          timing: timingOf(figure),
          change: { type: 'first' },
        }
        return statement
      }),
    )
    .sort(byPublication)
  return statements.map((statement, index) => ({
    ...statement,
    change: changeOf(statement, statements.slice(0, index)),
  }))
}
