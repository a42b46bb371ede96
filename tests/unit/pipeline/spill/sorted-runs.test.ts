import { describe, expect, it } from 'vitest'
import { memoryRuns, SortedRuns } from '../../../../src/pipeline/spill/sorted-runs'

const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key

describe('SortedRuns', () => {
  it.each([[1], [3], [7], [100]])('gives every item in order, stable, with runs of %i items', (runItems) => {
    const items = [5, 3, 9, 3, 1, 5, 5, 0, 8, 3].map((key, added) => ({ key, added }))
    const runs = new SortedRuns<{ key: number; added: number }>(memoryRuns(), byKey, runItems)
    for (const item of items) runs.add(item)
    expect([...runs.sorted()]).toEqual([...items].sort(byKey))
    expect([...runs.all()].sort((a, b) => a.added - b.added)).toEqual(items)
    expect(runs.size).toBe(items.length)
  })

  it('takes items added after a read into the next one', () => {
    const runs = new SortedRuns(memoryRuns(), byKey, 2)
    for (const key of [4, 2, 3]) runs.add({ key })
    expect([...runs.sorted()].map((item) => item.key)).toEqual([2, 3, 4])
    runs.add({ key: 1 })
    expect([...runs.sorted()].map((item) => item.key)).toEqual([1, 2, 3, 4])
  })
})
