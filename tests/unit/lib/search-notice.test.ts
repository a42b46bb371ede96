import { describe, expect, it } from 'vitest'
import { readSingleParam, type SearchNotice } from '../../../src/lib/search-notice'

describe('readSingleParam(params, key, notices)', () => {
  it.each<[string, string, string | null, SearchNotice[]]>([
    ['reads nothing when the key is absent', 'other=1', null, []],
    ['reads a single value', 'tab=table', 'table', []],
    ['keeps an empty value as given', 'tab=', '', []],
    [
      'keeps the first of a repeated key and reports the rest',
      'tab=table&tab=bogus',
      'table',
      [{ param: 'tab', value: 'bogus' }],
    ],
    [
      'reports every repeat, valid or not, in URL order',
      'tab=a&other=1&tab=b&tab=',
      'a',
      [
        { param: 'tab', value: 'b' },
        { param: 'tab', value: '' },
      ],
    ],
  ])('%s', (_name, query, expected, expectedNotices) => {
    const notices: SearchNotice[] = []
    expect(readSingleParam(new URLSearchParams(query), 'tab', notices)).toBe(expected)
    expect(notices).toEqual(expectedNotices)
  })
})
