import { describe, expect, it } from 'vitest'
import { parseTargetsSearch, toTargetsSearchParams } from '../../../../src/features/targets/search-params'

describe('parseTargetsSearch(params)', () => {
  it.each([
    ['defaults to the chart', '', { tab: 'chart', notices: [] }],
    ['reads the table tab', 'tab=table', { tab: 'table', notices: [] }],
    [
      'reports an unknown tab and falls back to the chart',
      'tab=pie',
      { tab: 'chart', notices: [{ param: 'tab', value: 'pie' }] },
    ],
    [
      'keeps the first of a repeated tab and reports the dropped one',
      'tab=table&tab=bogus',
      { tab: 'table', notices: [{ param: 'tab', value: 'bogus' }] },
    ],
    [
      'reports both values when the first of a repeated tab is unknown too',
      'tab=pie&tab=table',
      {
        tab: 'chart',
        notices: [
          { param: 'tab', value: 'pie' },
          { param: 'tab', value: 'table' },
        ],
      },
    ],
  ])('%s', (_name, query, expected) => {
    expect(parseTargetsSearch(new URLSearchParams(query))).toEqual(expected)
  })

  it.each(['chart', 'table'] as const)('round-trips tab=%s, writing only non-defaults', (tab) => {
    const params = toTargetsSearchParams({ tab })
    expect(params.has('tab')).toBe(tab !== 'chart')
    expect(parseTargetsSearch(params).tab).toBe(tab)
  })
})
