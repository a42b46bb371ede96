import { describe, expect, it } from 'vitest'
import { firstSegmentOf, toSegments, type Highlight } from '../../../../src/features/sources/lib/to-segments'

const TEXT = 'Ticaret hacmi 1 milyar dolara ulaşacak.'

const h = (factId: string, start: number, end: number): Highlight => ({ factId, start, end })

function shape(highlights: Highlight[], text = TEXT) {
  return toSegments(text, highlights).map((segment) => [segment.text, segment.factIds])
}

describe('toSegments(text, highlights)', () => {
  it.each([
    ['leaves a text without highlights as one plain segment', [], [[TEXT, []]]],
    [
      'marks one mention and keeps the text around it',
      [h('a', 14, 29)],
      [
        ['Ticaret hacmi ', []],
        ['1 milyar dolara', ['a']],
        [' ulaşacak.', []],
      ],
    ],
    [
      'splits a sentence highlight around a nested mention, innermost fact first',
      [h('sentence', 0, 39), h('mention', 14, 29)],
      [
        ['Ticaret hacmi ', ['sentence']],
        ['1 milyar dolara', ['mention', 'sentence']],
        [' ulaşacak.', ['sentence']],
      ],
    ],
    [
      'cuts partly overlapping highlights into three pieces',
      [h('a', 0, 16), h('b', 8, 29)],
      [
        ['Ticaret ', ['a']],
        ['hacmi 1 ', ['a', 'b']],
        ['milyar dolara', ['b']],
        [' ulaşacak.', []],
      ],
    ],
    [
      'lists two facts that mark the very same words on one segment',
      [h('target', 14, 29), h('baseline', 14, 29)],
      [
        ['Ticaret hacmi ', []],
        ['1 milyar dolara', ['baseline', 'target']],
        [' ulaşacak.', []],
      ],
    ],
    [
      'keeps touching highlights apart',
      [h('a', 0, 7), h('b', 7, 13)],
      [
        ['Ticaret', ['a']],
        [' hacmi', ['b']],
        [' 1 milyar dolara ulaşacak.', []],
      ],
    ],
    [
      'clips spans that run past the text and drops empty ones',
      [h('a', 30, 500), h('empty', 5, 5), h('reversed', 9, 3)],
      [
        ['Ticaret hacmi 1 milyar dolara ', []],
        ['ulaşacak.', ['a']],
      ],
    ],
  ])('%s', (_name, highlights, expected) => {
    expect(shape(highlights)).toEqual(expected)
  })

  it('gives the text back exactly, whatever the overlaps', () => {
    const highlights = [h('a', 0, 20), h('b', 5, 25), h('c', 10, 15), h('d', 12, 39), h('e', 14, 29)]
    const segments = toSegments(TEXT, highlights)
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT)
    for (const segment of segments) expect(TEXT.slice(segment.start, segment.end)).toBe(segment.text)
    for (const [index, segment] of segments.entries()) {
      if (index > 0) expect(segment.start).toBe(segments[index - 1]?.end)
    }
  })
})

describe('firstSegmentOf(segments, factId)', () => {
  it('finds where a fact begins, even when a nested fact owns that segment', () => {
    const segments = toSegments(TEXT, [h('sentence', 0, 39), h('mention', 0, 7)])
    expect(firstSegmentOf(segments, 'sentence')?.text).toBe('Ticaret')
    expect(firstSegmentOf(segments, 'mention')?.text).toBe('Ticaret')
    expect(firstSegmentOf(segments, 'missing')).toBeUndefined()
  })
})
