import { describe, expect, it } from 'vitest'
import { parseAgreementsSearch, toAgreementsSearchParams } from '../../../../src/features/agreements/search-params'

describe('parseAgreementsSearch(params)', () => {
  it.each([
    ['defaults to the chart and no document', '', { tab: 'chart', agreement: null, notices: [] }],
    ['reports an unknown tab', 'tab=pie', { tab: 'chart', agreement: null, notices: [{ param: 'tab', value: 'pie' }] }],
    [
      'keeps the first of a repeated tab and reports the dropped one',
      'tab=table&tab=bogus',
      { tab: 'table', agreement: null, notices: [{ param: 'tab', value: 'bogus' }] },
    ],
    [
      'reads the document a link points to',
      'agreement=agreement-1xmeod6',
      { tab: 'chart', agreement: 'agreement-1xmeod6', notices: [] },
    ],
    ['treats a blank document as none', 'agreement=%20', { tab: 'chart', agreement: null, notices: [] }],
    [
      'keeps the first of a repeated document and reports the dropped one',
      'agreement=a&agreement=b',
      { tab: 'chart', agreement: 'a', notices: [{ param: 'agreement', value: 'b' }] },
    ],
  ])('%s', (_name, query, expected) => {
    expect(parseAgreementsSearch(new URLSearchParams(query))).toEqual(expected)
  })
})

describe('toAgreementsSearchParams(search)', () => {
  it('writes only what is not the default', () => {
    expect(toAgreementsSearchParams({ tab: 'chart', agreement: null }).toString()).toBe('')
    expect(toAgreementsSearchParams({ tab: 'table', agreement: 'x' }).toString()).toBe('tab=table&agreement=x')
  })
})
