import { describe, expect, it } from 'vitest'
import { writeJsonObject } from '../../../../src/pipeline/stream/write-json'

/** Writes through writeJsonObject into a string. */
async function written(entries: readonly [string, unknown][]): Promise<string> {
  const chunks: string[] = []
  await writeJsonObject(async (chunk) => {
    chunks.push(chunk)
  }, entries)
  return chunks.join('')
}

const items = (list: readonly unknown[]) => ({ items: list.map((item) => JSON.stringify(item, null, 2)) })
async function* lazily(list: readonly unknown[]) {
  for (const item of list) yield JSON.stringify(item, null, 2)
}

describe('writeJsonObject(sink, entries)', () => {
  const nested = { id: 'a', sources: [{ quote: 'line\nbreak "quoted"', mention: null }], tags: [], empty: {} }
  it.each([
    ['an empty object', {}],
    ['plain values only', { schemaVersion: 1, title: 'x', list: [1, 2] }],
    ['empty and full lists', { schemaVersion: 1, articles: [], figures: [nested, { id: 'b' }], issues: [] }],
  ])('writes %s as JSON.stringify(value, null, 2) would', async (_name, value) => {
    const entries = Object.entries(value).map(([key, inner]): [string, unknown] => [
      key,
      Array.isArray(inner) && key !== 'list' ? items(inner) : inner,
    ])
    expect(await written(entries)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it('takes items from an async iterable', async () => {
    const value = { articles: [nested, nested] }
    expect(await written([['articles', { items: lazily(value.articles) }]])).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })
})
