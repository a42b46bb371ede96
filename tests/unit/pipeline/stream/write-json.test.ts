import { describe, expect, it } from 'vitest'
import { compactJson, writeJsonObject, writeJsonObjects } from '../../../../src/pipeline/stream/write-json'

/** Writes through writeJsonObject into a string. */
function written(entries: readonly [string, unknown][]): string {
  const chunks: string[] = []
  writeJsonObject((chunk) => chunks.push(chunk), entries)
  return chunks.join('')
}

/** The pieces compactJson writes. */
function pieces(value: unknown, depth?: number): string[] {
  const written: string[] = []
  compactJson(value, (piece) => written.push(piece), depth)
  return written
}

const items = (list: readonly unknown[]) => ({ items: list.map((item) => JSON.stringify(item, null, 2)) })
function* lazily(list: readonly unknown[]) {
  for (const item of list) yield JSON.stringify(item, null, 2)
}

describe('writeJsonObject(sink, entries)', () => {
  const nested = { id: 'a', sources: [{ quote: 'line\nbreak "quoted"', mention: null }], tags: [], empty: {} }
  it.each([
    ['an empty object', {}],
    ['plain values only', { schemaVersion: 1, title: 'x', list: [1, 2] }],
    ['empty and full lists', { schemaVersion: 1, articles: [], figures: [nested, { id: 'b' }], issues: [] }],
  ])('writes %s as JSON.stringify(value, null, 2) would', (_name, value) => {
    const entries = Object.entries(value).map(([key, inner]): [string, unknown] => [
      key,
      Array.isArray(inner) && key !== 'list' ? items(inner) : inner,
    ])
    expect(written(entries)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('takes items from a lazy iterable', () => {
    const value = { articles: [nested, nested] }
    expect(written([['articles', { items: lazily(value.articles) }]])).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })
})

describe('writeJsonObjects(sinks, entries)', () => {
  it('writes two files that share members, each as JSON.stringify(value, null, 2) would, reading shared items once', () => {
    const full = { schemaVersion: 1, articles: [{ id: 'a', text: 'Bakı\nAstana' }], figures: [{ id: 'f' }], issues: [] }
    const slim = { ...full, articles: [{ id: 'a' }] }
    const chunks: [string[], string[]] = [[], []]
    let reads = 0
    function* figures() {
      for (const figure of full.figures) {
        reads++
        yield JSON.stringify(figure, null, 2)
      }
    }
    writeJsonObjects(
      [(chunk) => chunks[0].push(chunk), (chunk) => chunks[1].push(chunk)],
      [
        ['schemaVersion', 1],
        ['articles', { perSink: [items(full.articles), { items: lazily(slim.articles) }] }],
        ['figures', { items: figures() }],
        ['issues', items([])],
      ],
    )
    expect(chunks[0].join('')).toBe(`${JSON.stringify(full, null, 2)}\n`)
    expect(chunks[1].join('')).toBe(`${JSON.stringify(slim, null, 2)}\n`)
    expect(reads).toBe(1)
  })
})

describe('compactJson(value)', () => {
  const slice = {
    articles: [{ id: 'a', title: 'Bakı — Astana "yolu"\n', published: null }],
    figures: [],
    events: [{ id: 'e', sources: [{ quote: 'ş', mention: { start: 1, end: 2 } }], gone: undefined, n: NaN }],
    list: { total: 3, pages: [1, undefined, 3] },
    skipped: undefined,
    empty: {},
  }

  it.each([[0], [1], [2], [5]])('gives the bytes of JSON.stringify, in pieces down to %i levels', (depth) => {
    const written = pieces(slice, depth)
    expect(written.join('')).toBe(JSON.stringify(slice))
    // one piece at depth 0; below, each member of the top object and of its arrays is a piece of its own
    if (depth === 0) expect(written).toHaveLength(1)
    else expect(written.length).toBeGreaterThan(6)
  })

  it('writes plain values and empty containers as JSON does', () => {
    for (const value of [null, 0, 'x', [], {}, [undefined], { a: undefined }]) {
      expect(pieces(value).join('')).toBe(JSON.stringify(value))
    }
  })
})
