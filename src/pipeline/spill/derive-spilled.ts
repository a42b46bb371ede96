import type { Figure } from '../../schema/dataset'
import { deriveFigures } from '../stages/derive'
import { memoryPartitions, partitionOf, readGroups, type PartitionedLines } from './partitioned-lines'
import { byOrder, type RankedFigure } from './spill-figures'
import { sentenceKeyOf } from '../source-ref'

/** A figure a derivation can start from: a multiplier or a growth rate (wider than deriveFigures' own tests). */
const isStart = (figure: Figure) =>
  figure.unit === 'multiplier' || (figure.unit === 'percent' && figure.metric.endsWith('-growth'))

/** Groups of shared sentences, as bySharedSentence finds them, over sentence keys only (union–find). */
class SentenceGroups {
  private readonly parent = new Map<string, string>()

  join(keys: readonly string[]): void {
    for (const key of keys) if (!this.parent.has(key)) this.parent.set(key, key)
    const first = this.root(keys[0]!)
    for (const key of keys.slice(1)) this.parent.set(this.root(key), first)
  }

  root(key: string): string {
    let root = key
    while (this.parent.get(root) !== root) root = this.parent.get(root) ?? root
    this.parent.set(key, root)
    return root
  }
}

/** A group's derived figures and where the group starts in the order of first statement. */
interface GroupDerived {
  first: RankedFigure['order']
  figures: Figure[]
}

/**
 * Derives figures as deriveFigures over every group of shared sentences would, holding only the figures it can read:
 * those with a source in a sentence that states a multiplier or a growth rate. Every figure deriveFigures compares
 * with a multiplier or rate shares a sentence with it (the absolute), or with that absolute (its rivals, themselves
 * multipliers or rates), so the groups of these figures give the same derived figures as the groups of all of them.
 *
 * Those figures are not held at once either: their groups are found over sentence keys, then the figures wait in
 * `groups` (partitioned by group, on disk in the CLI) and each partition is derived alone. Derived figures come in
 * the order bySharedSentence over all of them in order of first statement gives: groups by their first figure, each
 * group's own figures in that order. `stated` is read three times, in any order.
 */
export function deriveSpilled(
  stated: () => Iterable<RankedFigure>,
  groups: PartitionedLines = memoryPartitions(1),
): Figure[] {
  const starts = new Set<string>()
  for (const { figure } of stated())
    if (isStart(figure)) for (const source of figure.sources) starts.add(sentenceKeyOf(source))
  const reads = (figure: Figure) => figure.sources.some((source) => starts.has(sentenceKeyOf(source)))
  const sentences = new SentenceGroups()
  for (const { figure } of stated()) if (reads(figure)) sentences.join(figure.sources.map(sentenceKeyOf))
  for (const ranked of stated()) {
    if (!reads(ranked.figure)) continue
    const root = sentences.root(sentenceKeyOf(ranked.figure.sources[0]!))
    groups.append(partitionOf(root, groups.count), JSON.stringify([root, ranked]))
  }
  const derived: GroupDerived[] = []
  for (let partition = 0; partition < groups.count; partition++) {
    for (const group of readGroups<string, RankedFigure>(groups.read(partition)).values()) {
      group.sort((a, b) => byOrder(a.order, b.order))
      const figures = deriveFigures(group.map((ranked) => ranked.figure))
      if (figures.length > 0) derived.push({ first: group[0]!.order, figures })
    }
  }
  return derived.sort((a, b) => byOrder(a.first, b.first)).flatMap((group) => group.figures)
}
