import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeSearchParams, toSearchString } from '../../../src/lib/search-notice'
import { parseSharedSearch, SHARED_KEYS, toSharedSearchParams } from '../../../src/lib/shared-search'
import { sharedLinker } from '../../../src/lib/use-shared-search'

/** The link as the app wrote it before: the link's query merged with the shared parameters, then serialised. */
function mergedLink(search: string, to: string): string {
  const shared = toSharedSearchParams(parseSharedSearch(new URLSearchParams(search)))
  const [path = '', query = ''] = to.split('?')
  return `${path}${toSearchString(mergeSearchParams(new URLSearchParams(query), SHARED_KEYS, shared))}`
}

describe('sharedLinker', () => {
  it('carries the filters and language to a quote’s link, keeping the link’s own parameters first', () => {
    const link = sharedLinker('?sector=transport~energy&country=KZ&lang=tr&page=3')
    expect(link('/sources/kz-az?fact=f-1')).toBe('/sources/kz-az?fact=f-1&sector=energy~transport&country=KZ&lang=tr')
    expect(link('/timeline')).toBe('/timeline?sector=energy~transport&country=KZ&lang=tr')
  })

  it('leaves a link alone when the address holds no shared parameter, and replaces shared ones the link carries', () => {
    expect(sharedLinker('?page=2')('/agreements?agreement=a%201')).toBe('/agreements?agreement=a+1')
    expect(sharedLinker('?lang=az')('/targets?lang=tr&metric=m')).toBe('/targets?metric=m&lang=az')
  })

  it('writes the same link as merging the parameters would, for any address and link', () => {
    const key = fc.constantFrom('sector', 'country', 'lang', 'page', 'fact', 'q', 'x y')
    const value = fc.oneof(fc.constantFrom('energy', 'transport~trade', 'KZ', 'tr', 'az', '2'), fc.string())
    const query = fc.array(fc.tuple(key, value), { maxLength: 4 }).map((pairs) => new URLSearchParams(pairs).toString())
    fc.assert(
      fc.property(query, fc.constantFrom('/sources/a', '/timeline', ''), query, (search, path, own) => {
        const to = own === '' ? path : `${path}?${own}`
        expect(sharedLinker(`?${search}`)(to)).toBe(mergedLink(`?${search}`, to))
      }),
    )
  })
})
