import type { Figure, SourceRef } from '../../schema/dataset'
import { deriveFigures } from '../stages/derive'
import { bySharedSentence } from '../stream/merge-facts'
import { byOrder, type RankedFigure } from './spill-figures'

/** A figure a derivation can start from: a multiplier or a growth rate (wider than deriveFigures' own tests). */
const isStart = (figure: Figure) =>
  figure.unit === 'multiplier' || (figure.unit === 'percent' && figure.metric.endsWith('-growth'))

const sentenceOf = (source: SourceRef) => `${source.articleId}|${source.start}|${source.end}`

/**
 * Derives figures as deriveFigures over every group of shared sentences would, holding only the figures it can read:
 * those with a source in a sentence that states a multiplier or a growth rate. Every figure deriveFigures compares
 * with a multiplier or rate shares a sentence with it (the absolute), or with that absolute (its rivals, themselves
 * multipliers or rates), so the groups of these figures give the same derived figures as the groups of all of them.
 * `stated` is read twice, in any order; the figures keep their order of first statement.
 */
export function deriveSpilled(stated: () => Iterable<RankedFigure>): Figure[] {
  const starts = new Set<string>()
  for (const { figure } of stated())
    if (isStart(figure)) for (const source of figure.sources) starts.add(sentenceOf(source))
  const read: RankedFigure[] = []
  for (const ranked of stated()) if (ranked.figure.sources.some((s) => starts.has(sentenceOf(s)))) read.push(ranked)
  read.sort((a, b) => byOrder(a.order, b.order))
  return bySharedSentence(read.map((ranked) => ranked.figure)).flatMap((group) => deriveFigures(group))
}
