import { describe, expect, it } from 'vitest'
import { argOf, median, medianOfRuns } from '../../../bench/bench-args'

describe('argOf(name, fallback, argv)', () => {
  it.each([
    ['reads the value after the option', ['--sizes', '1000,10000'], '1000,10000'],
    ['falls back when the option is absent', ['--runs', '3'], '100'],
    ['falls back when the option has no value', ['--sizes'], '100'],
  ])('%s', (_, argv, expected) => {
    expect(argOf('sizes', '100', argv)).toBe(expected)
  })
})

describe('median(values)', () => {
  it.each([
    ['takes the middle of an odd count', [5, 1, 3], 3],
    ['takes the mean of the middle two of an even count', [4, 1, 3, 2], 2.5],
    ['takes the only value', [7], 7],
  ])('%s', (_, values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('gives NaN for no values', () => {
    expect(median([])).toBeNaN()
  })
})

describe('medianOfRuns(runs, key)', () => {
  it.each<[string, { ms: number | null }[], number | null]>([
    ['takes the median of a field', [{ ms: 30 }, { ms: 10 }, { ms: 20 }], 20],
    ['gives null when a run lacks the field', [{ ms: 30 }, { ms: null }], null],
    ['gives null for no runs', [], null],
  ])('%s', (_, runs, expected) => {
    expect(medianOfRuns(runs, 'ms')).toBe(expected)
  })
})
