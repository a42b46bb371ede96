import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, kind and deadline, in an article of 12 May 2026. */
const kinds = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-05-12').map((f) => [f.words, f.kind, f.deadline])

describe('readKind: a Russian participle after "быть" that a word of duty governs is a plan', () => {
  it.each<[string, (string | null)[][]]>([
    ['К 2030 году число курсантов должно быть доведено до 4 тыс.', [['4 тыс', 'target', '2030']]],
    [
      'До 2028 года должны быть построены три завода общей мощностью 120 тыс. тонн.',
      [['120 тыс. тонн', 'target', '2028']],
    ],
  ])('%s', (sentence, expected) => {
    expect(kinds('ru', sentence)).toEqual(expected)
  })

  it.each<[string, (string | null)[][]]>([
    ['Объем может быть увеличен до 5 млн тонн.', [['5 млн тонн', 'forecast', null]]],
    ['В 2025 году было перевезено 5 млн тонн.', [['5 млн тонн', 'achieved', null]]],
  ])('guard: %s', (sentence, expected) => {
    expect(kinds('ru', sentence)).toEqual(expected)
  })
})
