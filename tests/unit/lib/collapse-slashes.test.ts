import { describe, expect, it } from 'vitest'
import { collapseSlashes } from '../../../src/lib/collapse-slashes'

describe('collapseSlashes(pathname)', () => {
  it.each([
    ['leaves the root alone', '/', '/'],
    ['leaves a clean path alone', '/targets/oil-btc', '/targets/oil-btc'],
    ['keeps a single trailing slash', '/targets/', '/targets/'],
    ['collapses a doubled leading slash', '//targets', '/targets'],
    ['collapses a doubled inner slash', '/targets//oil-btc', '/targets/oil-btc'],
    ['collapses long runs everywhere', '///sources////001_a//', '/sources/001_a/'],
    ['collapses under a sub-path base', '/corridor-watch//timeline', '/corridor-watch/timeline'],
    ['leaves encoded slashes in a segment alone', '/sources/a%2F%2Fb', '/sources/a%2F%2Fb'],
  ])('%s', (_name, pathname, expected) => {
    expect(collapseSlashes(pathname)).toBe(expected)
  })
})
