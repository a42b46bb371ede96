import { describe, expect, it } from 'vitest'
import { memoryRuns, SortedRuns, type RunStore } from '../../../../src/pipeline/spill/sorted-runs'

const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key

/** Runs in memory that also tell how many lines each saved run had. */
function countedRuns(): RunStore & { saved: number[] } {
  const runs = memoryRuns()
  const saved: number[] = []
  return { saved, save: (lines) => (saved.push(lines.length), runs.save(lines)), read: (run) => runs.read(run) }
}

describe('SortedRuns', () => {
  it.each([[1], [20], [50], [100_000]])('gives every item in order, stable, with runs of %i characters', (chars) => {
    const items = [5, 3, 9, 3, 1, 5, 5, 0, 8, 3].map((key, added) => ({ key, added }))
    const runs = new SortedRuns<{ key: number; added: number }>(memoryRuns(), byKey, chars)
    for (const item of items) runs.add(item)
    expect([...runs.sorted()]).toEqual([...items].sort(byKey))
    expect([...runs.all()].sort((a, b) => a.added - b.added)).toEqual(items)
    expect(runs.size).toBe(items.length)
  })

  it('takes items added after a read into the next one', () => {
    const runs = new SortedRuns(memoryRuns(), byKey, 10)
    for (const key of [4, 2, 3]) runs.add({ key })
    expect([...runs.sorted()].map((item) => item.key)).toEqual([2, 3, 4])
    runs.add({ key: 1 })
    expect([...runs.sorted()].map((item) => item.key)).toEqual([1, 2, 3, 4])
  })

  it('saves a run after fewer items when the items are big, and merges them in the order of one stable sort', () => {
    // a merged occasion grows with the corpus: a run bounded by a count of them would grow with it
    const keys = [7, 2, 9, 2, 4, 0, 7, 1, 2, 8, 5, 2, 6, 3, 7, 0]
    const item = (key: number, added: number, quote: string) => ({ key, added, quote })
    const small = keys.map((key, added) => item(key, added, ''))
    const big = keys.map((key, added) => item(key, added, 'x'.repeat(400)))
    const store = { small: countedRuns(), big: countedRuns() }
    const runs = { small: new SortedRuns(store.small, byKey, 1000), big: new SortedRuns(store.big, byKey, 1000) }
    for (const [size, items] of [['small', small] as const, ['big', big] as const]) {
      for (const entry of items) runs[size].add(entry)
      expect([...runs[size].sorted()]).toEqual([...items].sort(byKey))
    }
    expect(store.small.saved).toEqual([keys.length]) // 16 lines of ~30 characters: one run
    expect(store.big.saved).toEqual([3, 3, 3, 3, 3, 1]) // each line ~430 characters: a run of 1000 holds three
  })
})
