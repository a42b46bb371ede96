import { describe, expect, it } from 'vitest'
import {
  chartTabOf,
  chartTabQuery,
  parseTargetsSearch,
  toTargetsSearchParams,
  withChartTab,
} from '../../../../src/features/targets/search-params'

describe('parseTargetsSearch(params)', () => {
  it.each([
    ['defaults to every chart drawn', '', { tables: [], allTables: false, notices: [] }],
    [
      'reads the charts that show their table',
      'table=trade-turnover~oil-btc.kz.t',
      { tables: ['oil-btc.kz.t', 'trade-turnover'], allTables: false, notices: [] },
    ],
    ['reads an old tab=table as every chart', 'tab=table', { tables: [], allTables: true, notices: [] }],
    [
      'reports an unknown tab and a malformed chart id',
      'tab=pie&table=trade-turnover~Bad%20Id',
      {
        tables: ['trade-turnover'],
        allTables: false,
        notices: [
          { param: 'tab', value: 'pie' },
          { param: 'table', value: 'Bad Id' },
        ],
      },
    ],
    [
      'keeps the first of a repeated key and reports the dropped one',
      'table=oil-btc&table=trade-turnover',
      { tables: ['oil-btc'], allTables: false, notices: [{ param: 'table', value: 'trade-turnover' }] },
    ],
  ])('%s', (_name, query, expected) => {
    expect(parseTargetsSearch(new URLSearchParams(query))).toEqual(expected)
  })

  it('round-trips, writing only non-defaults', () => {
    const search = { tables: ['oil-btc', 'trade-turnover'], allTables: false }
    const params = toTargetsSearchParams(search)
    expect(params.toString()).toBe('table=oil-btc%7Etrade-turnover')
    expect(parseTargetsSearch(params)).toEqual({ ...search, notices: [] })
    expect(toTargetsSearchParams({ tables: [], allTables: false }).toString()).toBe('')
  })
})

describe('withChartTab(search, chartId, tab, shown)', () => {
  it('turns one chart and leaves the others', () => {
    const search = { tables: ['oil-btc'], allTables: false }
    const next = withChartTab(search, 'trade-turnover', 'table', ['oil-btc', 'trade-turnover'])
    expect(next).toEqual({ tables: ['oil-btc', 'trade-turnover'], allTables: false })
    expect(chartTabOf(next, 'trade-turnover')).toBe('table')
    expect(withChartTab(next, 'oil-btc', 'chart', [])).toEqual({ tables: ['trade-turnover'], allTables: false })
  })

  it('lists every shown chart when an old tab=table turned them all, then turns the one', () => {
    const next = withChartTab({ tables: [], allTables: true }, 'oil-btc', 'chart', ['oil-btc', 'trade-turnover'])
    expect(next).toEqual({ tables: ['trade-turnover'], allTables: false })
  })
})

describe('chartTabQuery(chartId, tab)', () => {
  it('names only the one chart, and nothing for the drawn face', () => {
    expect(chartTabQuery('trade-turnover', 'table')).toBe('table=trade-turnover')
    expect(chartTabQuery('trade-turnover', 'chart')).toBe('')
  })
})
