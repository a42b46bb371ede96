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
  ])('%s', (_name, query, expected) => {
    expect(parseTargetsSearch(new URLSearchParams(query))).toEqual(expected)
  })

  it.each(['chart', 'table'] as const)('round-trips tab=%s, writing only non-defaults', (tab) => {
    const params = toTargetsSearchParams({ tab })
    expect(params.has('tab')).toBe(tab !== 'chart')
    expect(parseTargetsSearch(params).tab).toBe(tab)
  })
})
