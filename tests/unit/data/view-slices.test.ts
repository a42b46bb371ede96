import { describe, expect, it } from 'vitest'
import { mergeSlices, viewFileList } from '../../../src/data/view-slices'
import { emptySlice } from '../../../src/schema/view-files'
import { makeFigure } from '../../support/builders'

const params = (query: string) => new URLSearchParams(query)

describe('viewFileList(view, params)', () => {
  it('reads the whole thinned figure file when the address has no filter', () => {
    expect(viewFileList('figures', params(''))).toEqual([{ path: 'views/figures.json', optional: false }])
    expect(viewFileList('figures', params('lang=tr&tab=table'))).toEqual([
      { path: 'views/figures.json', optional: false },
    ])
  })

  it('reads one shard per chosen country (they also answer a sector chosen with them), else per sector', () => {
    expect(viewFileList('figures', params('country=kz~az&sector=energy')).map((file) => file.path)).toEqual([
      'views/figures/country-AZ.json',
      'views/figures/country-KZ.json',
    ])
    expect(viewFileList('figures', params('sector=energy~trade'))).toEqual([
      { path: 'views/figures/sector-trade.json', optional: true },
      { path: 'views/figures/sector-energy.json', optional: true },
    ])
  })

  it('ignores a malformed filter the way the view does (the view shows the notice)', () => {
    expect(viewFileList('figures', params('sector=nonsense'))).toEqual([
      { path: 'views/figures.json', optional: false },
    ])
  })

  it('reads the other views’ one file whatever the filters, and an article’s reader file by its encoded id', () => {
    expect(viewFileList('agreements', params('sector=energy'))).toEqual([
      { path: 'views/agreements.json', optional: false },
    ])
    expect(viewFileList({ reader: 'haber 1/ş' }, params(''))).toEqual([
      { path: 'views/reader/haber%201%2F%C5%9F.json', optional: true },
    ])
  })
})

describe('mergeSlices(slices)', () => {
  it('joins shards: each figure once, in id order, with the largest corpus count of a thinned metric', () => {
    const [a, b, c] = [makeFigure({ id: 'a' }), makeFigure({ id: 'b' }), makeFigure({ id: 'c' })]
    const merged = mergeSlices([
      { ...emptySlice(), figures: [b, c], thinned: { 'trade-turnover': { shown: 2, total: 40 } } },
      { ...emptySlice(), figures: [a, b], thinned: { 'trade-turnover': { shown: 2, total: 25 } } },
    ])
    expect(merged.figures.map((figure) => figure.id)).toEqual(['a', 'b', 'c'])
    expect(merged.thinned).toEqual({ 'trade-turnover': { shown: 3, total: 40 } })
  })

  it('returns a single file as it is', () => {
    const only = { ...emptySlice(), figures: [makeFigure()] }
    expect(mergeSlices([only])).toBe(only)
  })
})
