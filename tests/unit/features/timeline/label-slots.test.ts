import { describe, expect, it } from 'vitest'
import { labelRun, labelSlots } from '../../../../src/features/timeline/lib/label-slots'

// A plot from x = 100 to x = 1100; labels are cut at 6.6 px a character.
const [LEFT, RIGHT] = [100, 1100]
const mark = (id: string, cx: number, label = 'Meeting in Baku', lane = 0) => ({ id, lane, cx, label })

describe('labelRun(label, cx, left, right)', () => {
  it('runs right from just before a dot in the left half, and left from just after it in the right half', () => {
    expect(labelRun('Summit', 200, LEFT, RIGHT)).toMatchObject({ runsRight: true, text: 'Summit', start: 188 })
    const run = labelRun('Summit', 1000, LEFT, RIGHT)
    expect(run).toMatchObject({ runsRight: false, text: 'Summit', end: 1012 })
    expect(run.end - run.start).toBeCloseTo(6 * 6.6)
  })

  it('cuts a label to the room on its side', () => {
    // a 200 px plot: a dot 50 px from its right edge runs left, with 162 px of room
    const run = labelRun('Azerbaijan–Georgia–Kazakhstan–Turkmenistan forum in Baku', 250, 100, 300)
    expect(run.text).toBe('Azerbaijan–Georgia–Kaza…')
    expect(run.text.length).toBe(Math.floor(162 / 6.6))
  })
})

describe('labelSlots(marks, left, right)', () => {
  it('puts labels far apart above their dots', () => {
    const slots = labelSlots([mark('a', 200), mark('b', 600), mark('c', 1000)], LEFT, RIGHT)
    expect([...slots]).toEqual([
      ['a', 'above'],
      ['b', 'above'],
      ['c', 'above'],
    ])
  })

  it('puts a close neighbour’s label below, and a third close one nowhere, rather than over another', () => {
    // three occasions a few days apart on one lane, as the development corpus's Azerbaijan–Kazakhstan visits
    const slots = labelSlots([mark('c', 1010), mark('a', 990), mark('b', 1000)], LEFT, RIGHT)
    expect(Object.fromEntries(slots)).toEqual({ a: 'above', b: 'below', c: null })
  })

  it('lays each lane out on its own', () => {
    const slots = labelSlots([mark('a', 990, 'Visit', 0), mark('b', 995, 'Visit', 1)], LEFT, RIGHT)
    expect(Object.fromEntries(slots)).toEqual({ a: 'above', b: 'above' })
  })
})
