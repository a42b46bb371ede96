import { describe, expect, it } from 'vitest'
import { parseBakePages, selectBakedPaths, type BakePages } from '../../../scripts/bake-pages'

describe('parseBakePages(value)', () => {
  it.each<[string, string | undefined, BakePages]>([
    ['bakes everything when unset', undefined, { kind: 'all' }],
    ['bakes everything when empty', '', { kind: 'all' }],
    ['reads all', 'all', { kind: 'all' }],
    ['reads none', 'none', { kind: 'none' }],
    ['reads a number of reader pages', '25', { kind: 'views', articles: 25 }],
    ['reads zero reader pages', ' 0 ', { kind: 'views', articles: 0 }],
  ])('%s', (_, value, expected) => {
    expect(parseBakePages(value)).toEqual(expected)
  })

  it.each([['-1'], ['some'], ['2.5']])('refuses %s', (value) => {
    expect(() => parseBakePages(value)).toThrow(/BAKE_PAGES/)
  })
})

describe('selectBakedPaths(paths, setting)', () => {
  const paths = ['/', '/targets', '/targets/trade', '/sources', '/search', '/sources/a', '/sources/b', '/sources/c']
  it.each<[string, BakePages, string[]]>([
    ['keeps every path for all', { kind: 'all' }, paths],
    ['keeps none for none', { kind: 'none' }, []],
    ['keeps the views and no reader page for 0', { kind: 'views', articles: 0 }, paths.slice(0, 5)],
    ['keeps the views and the first two reader pages for 2', { kind: 'views', articles: 2 }, paths.slice(0, 7)],
    ['keeps every path when the number is larger', { kind: 'views', articles: 10 }, paths],
  ])('%s', (_, setting, expected) => {
    expect(selectBakedPaths(paths, setting)).toEqual(expected)
  })
})
