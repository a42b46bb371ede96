import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and kind, in an article of 18 September 2025. */
const kinds = (sentence: string, lang: string) => extract([sentence], lang, '2025-09-18').map((f) => [f.words, f.kind])

describe('extractFigures: a forecast change starts from what is, as a planned one does', () => {
  it.each<[string, string, string[][]]>([
    [
      'en',
      "The project is expected to raise the line's annual capacity from 12 million tons to 30 million tons by 2030.",
      [
        ['12 million tons', 'achieved'],
        ['30 million tons', 'forecast'],
      ],
    ],
    [
      'en',
      'It should also cut the average travel time of container trains from 38 hours to about 14 hours.',
      [
        ['38 hours', 'achieved'],
        ['14 hours', 'forecast'],
      ],
    ],
    [
      'ru',
      'Ожидается, что мощность линии вырастет с 12 млн до 30 млн тонн к 2030 году.',
      [
        ['12 млн', 'achieved'],
        ['30 млн тонн', 'forecast'],
      ],
    ],
    [
      'tr',
      "Hattın kapasitesinin 2030'a kadar 12 milyon tondan 30 milyon tona çıkması bekleniyor.",
      [
        ['12 milyon tondan', 'achieved'],
        ['30 milyon tona', 'forecast'],
      ],
    ],
    [
      'az',
      'Xəttin tutumunun 2030-cu ilədək 12 milyon tondan 30 milyon tona çatacağı gözlənilir.',
      [
        ['12 milyon tondan', 'achieved'],
        ['30 milyon tona', 'forecast'],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(kinds(sentence, lang)).toEqual(expected)
  })
})
