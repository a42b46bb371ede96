import { describe, expect, it } from 'vitest'
import { parseAgreementsSearch } from '../../../../src/features/agreements/search-params'

describe('parseAgreementsSearch(params)', () => {
  it.each([
    ['defaults to the chart', '', { tab: 'chart', notices: [] }],
    ['reports an unknown tab', 'tab=pie', { tab: 'chart', notices: [{ param: 'tab', value: 'pie' }] }],
    [
      'keeps the first of a repeated tab and reports the dropped one',
      'tab=table&tab=bogus',
      { tab: 'table', notices: [{ param: 'tab', value: 'bogus' }] },
    ],
  ])('%s', (_name, query, expected) => {
    expect(parseAgreementsSearch(new URLSearchParams(query))).toEqual(expected)
  })
})
