import type { Figure } from '../../schema/dataset'

/** A figure and its place in the stream it was read from, which is the order a view file lists its figures in. */
export interface Placed {
  figure: Figure
  index: number
}

/** The period a figure's bar stands for: its year, its deadline's year or its open horizon, as one key. */
function periodKey(figure: Figure): string {
  return [figure.year ?? '', figure.deadline?.slice(0, 4) ?? '', figure.horizon ?? ''].join('|')
}

/** The key of the bar a figure belongs to; `bySector` splits bars by sector too (country shards, see figure-slices). */
export function barKey(figure: Figure, bySector: boolean): string {
  const key = [figure.metric, figure.unit, periodKey(figure), figure.kind, figure.derived ? 'derived' : 'stated']
  return bySector ? [...key, figure.sectors.join('+')].join('\u0000') : key.join('\u0000')
}

/** Orders a bar's figures best first: read with high confidence, with a value, most sources, then by id. */
export function compareBest(a: Figure, b: Figure): number {
  return (
    Number(b.confidence === 'high') - Number(a.confidence === 'high') ||
    Number(b.value !== null) - Number(a.value !== null) ||
    b.sources.length - a.sources.length ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/**
 * The best `keep` figures of every bar of one shard, kept as figures stream past, with each metric's total: what
 * thinning needs, in memory bounded by the shard's bars (its vocabulary), never by its number of figures. The best
 * `keep` by `compareBest` are what sorting the whole bar and cutting it would keep, since ids make the order total.
 */
export class BarTopK {
  private readonly bars = new Map<string, Placed[]>()
  /** Figures per metric in the shard, shown or not. */
  readonly totals = new Map<string, number>()

  constructor(
    private readonly keep: number,
    private readonly bySector: boolean,
  ) {}

  add(placed: Placed): void {
    const { metric } = placed.figure
    this.totals.set(metric, (this.totals.get(metric) ?? 0) + 1)
    const key = barKey(placed.figure, this.bySector)
    const bar = this.bars.get(key)
    if (!bar) {
      this.bars.set(key, [placed])
      return
    }
    // insertion into a list of at most `keep`, best first: a few comparisons a figure
    let at = bar.length
    while (at > 0 && compareBest(placed.figure, bar[at - 1]!.figure) < 0) at--
    if (at >= this.keep) return
    bar.splice(at, 0, placed)
    if (bar.length > this.keep) bar.pop()
  }

  /** The figures every bar keeps. */
  kept(): Placed[] {
    return [...this.bars.values()].flat()
  }
}
