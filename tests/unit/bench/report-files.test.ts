import { describe, expect, it } from 'vitest'
import { replaceBetweenMarkers } from '../../../bench/report-files'

describe('replaceBetweenMarkers(text, name, block)', () => {
  it.each([
    [
      'replaces what stands between the markers',
      'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb',
      'a\n<!-- x:start -->\nnew\n<!-- x:end -->\nb',
    ],
    ['fills empty markers', '<!-- x:start -->\n<!-- x:end -->', '<!-- x:start -->\nnew\n<!-- x:end -->'],
    ['gives null without markers', 'a\nb', null],
    ['gives null when the end comes first', '<!-- x:end -->\n<!-- x:start -->', null],
  ])('%s', (_, text, expected) => {
    expect(replaceBetweenMarkers(text, 'x', 'new')).toBe(expected)
  })
})
