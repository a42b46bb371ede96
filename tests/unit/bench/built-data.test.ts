import { describe, expect, it } from 'vitest'
import { busiestMetric, searchWordOf } from '../../../bench/built-data'

describe('busiestMetric(figures)', () => {
  it.each([
    ['picks the metric with the most figures', ['a', 'b', 'b'], { metric: 'b', figures: 2 }],
    ['breaks ties by name', ['b', 'a'], { metric: 'a', figures: 1 }],
    ['gives null without figures', [], null],
  ])('%s', (_, metrics, expected) => {
    expect(busiestMetric(metrics.map((metric) => ({ metric })))).toEqual(expected)
  })
})

describe('searchWordOf(articles)', () => {
  it.each([
    [
      'takes the longest word of the first title, in lower case',
      ['Kazakhstan and Turkey agree', 'Other'],
      'kazakhstan',
    ],
    ['reads letters of any script', ['Türkiyə ilə əməkdaşlıq'], 'əməkdaşlıq'],
    ['gives null without articles', [], null],
  ])('%s', (_, titles, expected) => {
    expect(searchWordOf(titles.map((title) => ({ title })))).toBe(expected)
  })
})
