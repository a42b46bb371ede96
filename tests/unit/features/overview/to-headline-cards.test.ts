import { describe, expect, it } from 'vitest'
import { toHeadlineFigures } from '../../../../src/features/overview/lib/to-headline-cards'
import { loadFacts, makeFigure } from '../../../support/builders'

describe('toHeadlineFigures(figures)', () => {
  it('picks one stated figure per metric, targets first, never a derived one', () => {
    const cards = toHeadlineFigures(loadFacts().figures)
    expect(cards.map((figure) => [figure.metric, figure.kind, figure.value])).toEqual([
      ['trade-turnover', 'target', 1e9],
      ['middle-corridor-cargo', 'target', 3],
      ['oil-btc', 'achieved', 1.5e6],
      ['trans-caspian-freight', 'achieved', 4.5e6],
      ['trans-caspian-freight-growth', 'achieved', 62],
    ])
    expect(cards.every((figure) => figure.derived === null)).toBe(true)
  })

  it('shows the amount of a target rather than its multiplier, whichever comes first', () => {
    const cards = toHeadlineFigures([
      makeFigure({ metric: 'trade', kind: 'target', unit: 'multiplier', value: 2 }),
      makeFigure({ metric: 'trade', kind: 'target', unit: 'USD', value: 1e9 }),
    ])
    expect(cards.map((figure) => [figure.unit, figure.value])).toEqual([['USD', 1e9]])
  })

  it('never makes a headline of a figure that needs review, even the only one of its metric', () => {
    const cards = toHeadlineFigures([
      makeFigure({ metric: 'm', kind: 'target', value: 9, confidence: 'review', reviewReasons: ['kind-unstated'] }),
      makeFigure({ metric: 'm', kind: 'achieved', year: 2024, value: 2 }),
      makeFigure({ metric: 'unnamed-t', value: 5, confidence: 'review', reviewReasons: ['metric-unknown'] }),
    ])
    expect(cards.map((figure) => [figure.metric, figure.value])).toEqual([['m', 2]])
  })

  it('prefers the latest achieved value of a metric', () => {
    const cards = toHeadlineFigures([
      makeFigure({ metric: 'm', kind: 'achieved', year: 2023, value: 1 }),
      makeFigure({ metric: 'm', kind: 'achieved', year: 2024, value: 2 }),
    ])
    expect(cards.map((figure) => figure.value)).toEqual([2])
  })
})
