import { describe, expect, it } from 'vitest'
import { filterFigures } from '../../../../src/features/targets/lib/filter-figures'
import { figureFacets } from '../../../../src/schema/view-files'
import { isChartWorthy, toMetricSeries } from '../../../../src/features/targets/lib/to-metric-series'
import { historySpan, indexArticles, toSourceHistory } from '../../../../src/features/targets/lib/to-source-history'
import { loadFacts, makeFigure, makeSourceRef } from '../../../support/builders'

const facts = loadFacts()
const byMetric = (metric: string) => {
  const series = toMetricSeries(facts.figures).find((item) => item.metric === metric)
  if (!series) throw new Error(`no series ${metric}`)
  return series
}

describe('toMetricSeries(figures)', () => {
  it('puts the derived trade baseline before the stated target', () => {
    const points = byMetric('trade-turnover').points
    expect(points.map((point) => [point.value, point.formula !== null, point.period.type])).toEqual([
      [5e8, true, 'year'],
      [1e9, false, 'horizon'],
    ])
  })

  it('orders freight by year: derived 2023, then stated 2024', () => {
    expect(byMetric('trans-caspian-freight').points.map((point) => [point.period, point.formula !== null])).toEqual([
      [{ type: 'year', year: 2023 }, true],
      [{ type: 'year', year: 2024 }, false],
    ])
  })

  it('keeps each bar’s countries, and stands one pair’s bars together within a year', () => {
    const figure = (id: string, year: number, countries: string[]) =>
      makeFigure({ id, kind: 'achieved', year, countries, sources: [makeSourceRef()] })
    const [series] = toMetricSeries([
      figure('a', 2024, ['KZ', 'TM']),
      figure('b', 2024, ['KZ', 'AZ']),
      figure('c', 2023, ['TM', 'KZ']),
      figure('d', 2024, ['TM', 'KZ']),
      figure('e', 2024, []),
    ])
    expect(series?.points.map((point) => [point.id, point.countries])).toEqual([
      ['c', ['KZ', 'TM']],
      ['e', []],
      ['b', ['AZ', 'KZ']],
      ['a', ['KZ', 'TM']],
      ['d', ['KZ', 'TM']],
    ])
  })

  it('marks the drawn bars whose sources disagree on one claim, and only while both are drawn', () => {
    const figure = (id: string, value: number, conflict: string | null, confidence: 'high' | 'review' = 'high') =>
      makeFigure({ id, metric: 'x', unit: 't', kind: 'achieved', year: 2024, value, conflict, confidence })
    const disputed = (figures: Parameters<typeof toMetricSeries>[0]) =>
      toMetricSeries(figures)[0]?.points.map((point) => [point.id, point.disputed])
    expect(disputed([figure('a', 3, 'conflict-1'), figure('b', 4, 'conflict-1'), figure('c', 5, null)])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ])
    // the other value needs review and is not drawn: the bar left alone has nothing on the chart to disagree with
    expect(disputed([figure('a', 3, 'conflict-1'), figure('b', 4, 'conflict-1', 'review')])).toEqual([['a', false]])
  })

  it('adds an index-1 base before a multiplier target', () => {
    const points = byMetric('middle-corridor-cargo').points
    expect(points.map((point) => [point.value, point.period])).toEqual([
      [1, { type: 'index-base' }],
      [3, { type: 'deadline', date: '2030' }],
    ])
  })

  it('keeps a figure without a number in the series but not among the chart points', () => {
    const oil = byMetric('oil-btc')
    expect(oil.figures).toHaveLength(2)
    expect(oil.points.map((point) => point.value)).toEqual([1.5e6])
  })

  it('charts only the most common unit of a metric', () => {
    const series = toMetricSeries([
      makeFigure({ metric: 'x', unit: 't', value: 1, year: 2024, kind: 'achieved' }),
      makeFigure({ metric: 'x', unit: 't', value: 2, year: 2025, kind: 'achieved' }),
      makeFigure({ metric: 'x', unit: 'percent', value: 5, year: 2025, kind: 'achieved' }),
    ])
    expect(series[0]?.unit).toBe('t')
    expect(series[0]?.points.map((point) => point.value)).toEqual([1, 2])
    expect(series[0]?.figures).toHaveLength(3)
  })

  it('lists a figure that needs review with its metric but does not draw it', () => {
    const [series] = toMetricSeries([
      makeFigure({ metric: 'x', unit: 't', value: 1, year: 2024, kind: 'achieved' }),
      makeFigure({ metric: 'x', unit: 't', value: 7, year: 2025, kind: 'achieved', confidence: 'review' }),
    ])
    expect(series?.figures.map((figure) => figure.value)).toEqual([1, 7])
    expect(series?.points.map((point) => point.value)).toEqual([1])
  })

  it('lists metrics with targets first', () => {
    expect(toMetricSeries(facts.figures).map((series) => series.hasTarget)).toEqual([true, true, true, false, false])
  })
})

describe('isChartWorthy(series)', () => {
  it('charts targets and comparisons, not a lone achieved value', () => {
    expect(
      toMetricSeries(facts.figures)
        .filter(isChartWorthy)
        .map((series) => series.metric)
        .sort(),
    ).toEqual(['middle-corridor-cargo', 'oil-btc', 'trade-turnover', 'trans-caspian-freight'])
  })
})

describe('filterFigures(figures, filter)', () => {
  it('keeps only the figures of the chosen sector', () => {
    expect(filterFigures(facts.figures, { sectors: ['energy'], countries: [] }).map((f) => f.metric)).toEqual([
      'oil-btc',
      'oil-btc',
    ])
  })

  // How fast this runs over 10,000 figures is measured by `npm run bench`, never by a timed test.
  it('keeps exactly the figures that match both the sector and the country of 10,000', () => {
    const many = Array.from({ length: 10_000 }, (_, index) =>
      makeFigure({ sectors: index % 2 ? ['energy'] : ['trade'], countries: index % 3 ? ['KZ'] : ['TM'] }),
    )
    const kept = filterFigures(many, { sectors: ['energy'], countries: ['TM'] })
    // odd indexes are energy, multiples of 3 are TM: odd multiples of 3 below 10,000
    expect(kept).toHaveLength(1667)
    expect(kept.every((f) => f.sectors.includes('energy') && f.countries.includes('TM'))).toBe(true)
  })
})

describe('figureFacets(figures)', () => {
  it('lists the sectors in canonical order and the countries sorted', () => {
    expect(figureFacets(facts.figures)).toEqual({ sectors: ['trade', 'energy', 'transport'], countries: ['AZ', 'KZ'] })
  })
})

describe('toSourceHistory(figure, articlesById)', () => {
  const articles = indexArticles(facts.articles)

  it('orders the sources of a repeated target by publication date and spans the dates', () => {
    const trade = facts.figures.find((figure) => figure.metric === 'trade-turnover' && figure.derived === null)
    if (!trade) throw new Error('fixture lacks the trade target')
    const history = toSourceHistory(trade, articles)
    expect(history.map((entry) => entry.published)).toEqual(['2025-10-21', '2025-10-27'])
    expect(historySpan(history)).toEqual({ from: '2025-10-21', to: '2025-10-27', count: 2 })
  })

  it('puts sources from undated or unknown articles last and gives no span for one date', () => {
    const figure = makeFigure({
      sources: [makeSourceRef({ articleId: 'unknown' }), makeSourceRef({ articleId: '001_f252e9742af12d5d' })],
    })
    const history = toSourceHistory(figure, articles)
    expect(history.map((entry) => entry.source.articleId)).toEqual(['001_f252e9742af12d5d', 'unknown'])
    expect(historySpan(history)).toBeNull()
  })
})
