import { describe, expect, it } from 'vitest'
import { toSearchString } from '../../../src/lib/search-notice'
import {
  matchesSharedFilter,
  parseSharedSearch,
  toSharedSearchParams,
  type SharedSearch,
} from '../../../src/lib/shared-search'

const parse = (query: string) => parseSharedSearch(new URLSearchParams(query))

describe('parseSharedSearch(params)', () => {
  it.each([
    ['reads nothing from an empty query', '', { sectors: [], countries: [], lang: null, notices: [] }],
    [
      'reads ~-separated sectors in canonical order',
      'sector=transport~energy',
      { sectors: ['energy', 'transport'], countries: [], lang: null, notices: [] },
    ],
    [
      'upper-cases and sorts country codes, dropping duplicates',
      'country=kz~AZ~KZ',
      { sectors: [], countries: ['AZ', 'KZ'], lang: null, notices: [] },
    ],
    ['reads the interface language', 'lang=tr', { sectors: [], countries: [], lang: 'tr', notices: [] }],
    [
      'drops an unknown sector and reports it',
      'sector=energy~space',
      { sectors: ['energy'], countries: [], lang: null, notices: [{ param: 'sector', value: 'space' }] },
    ],
    [
      'drops malformed and unknown country codes and reports them',
      'country=KZ~XX~kaz',
      {
        sectors: [],
        countries: ['KZ'],
        lang: null,
        notices: [
          { param: 'country', value: 'XX' },
          { param: 'country', value: 'kaz' },
        ],
      },
    ],
    [
      'drops an unsupported language and reports it',
      'lang=fr',
      { sectors: [], countries: [], lang: null, notices: [{ param: 'lang', value: 'fr' }] },
    ],
    [
      'keeps the first of a repeated sector list and reports the dropped one',
      'sector=energy&sector=transport',
      { sectors: ['energy'], countries: [], lang: null, notices: [{ param: 'sector', value: 'transport' }] },
    ],
    [
      'reports a dropped repeat of country and lang like any ignored value',
      'country=KZ&country=AZ&lang=tr&lang=az',
      {
        sectors: [],
        countries: ['KZ'],
        lang: 'tr',
        notices: [
          { param: 'country', value: 'AZ' },
          { param: 'lang', value: 'az' },
        ],
      },
    ],
    ['ignores empty list items', 'sector=~energy~~', { sectors: ['energy'], countries: [], lang: null, notices: [] }],
  ])('%s', (_name, query, expected) => {
    expect(parse(query)).toEqual(expected)
  })
})

describe('toSharedSearchParams(search)', () => {
  it('writes nothing for the defaults', () => {
    expect(toSharedSearchParams({ sectors: [], countries: [], lang: null }).toString()).toBe('')
  })

  it('writes lists with readable ~ separators', () => {
    const params = toSharedSearchParams({ sectors: ['transport', 'energy'], countries: ['KZ', 'AZ'], lang: 'az' })
    expect(toSearchString(params)).toBe('?sector=energy~transport&country=AZ~KZ&lang=az')
  })

  // inputs in canonical order (sectors as SECTORS lists them, countries sorted), which parsing always yields
  it.each<[string, SharedSearch]>([
    ['defaults', { sectors: [], countries: [], lang: null }],
    ['one of each', { sectors: ['trade'], countries: ['TM'], lang: 'en' }],
    [
      'several sectors and countries',
      { sectors: ['energy', 'transport', 'digital'], countries: ['AZ', 'KZ', 'TR'], lang: null },
    ],
  ])('round-trips %s through the URL', (_name, search) => {
    const query = toSearchString(toSharedSearchParams(search))
    expect(parseSharedSearch(new URLSearchParams(query))).toEqual({ ...search, notices: [] })
  })
})

describe('matchesSharedFilter(item, filter)', () => {
  const item = { sectors: ['energy' as const], countries: ['AZ', 'KZ'] }
  it.each([
    ['passes everything through an empty filter', { sectors: [], countries: [] }, true],
    ['passes an item in one of the chosen sectors', { sectors: ['trade', 'energy'] as const, countries: [] }, true],
    ['rejects an item outside the chosen sectors', { sectors: ['trade'] as const, countries: [] }, false],
    ['needs both the sector and the country to match', { sectors: ['energy'] as const, countries: ['TM'] }, false],
    ['passes an item naming one of the chosen countries', { sectors: [], countries: ['KZ'] }, true],
  ])('%s', (_name, filter, expected) => {
    expect(matchesSharedFilter(item, { sectors: [...filter.sectors], countries: [...filter.countries] })).toBe(expected)
  })
})
