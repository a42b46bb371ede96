import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and kind, in an article of 6 April 2026. */
const kinds = (sentences: string[], lang: string) =>
  extract(sentences, lang, '2026-04-06').map((f) => [f.words, f.kind])

describe('extractFigures: a tender’s lots and a sum "planned" are what is yet to be', () => {
  it.each<[string, string[], string[][]]>([
    [
      'ru',
      ['Лот № 3.', 'Укладка 12,4 км железнодорожных путей — 9,85 млрд тенге'],
      [
        ['12,4 км', 'target'],
        ['9,85 млрд тенге', 'target'],
      ],
    ],
    [
      'en',
      ['Lot 2: supply and installation of 4 gantry cranes — $14 million'],
      [
        ['4', 'target'],
        ['$14 million', 'target'],
      ],
    ],
    [
      'az',
      ['Lot №1. 6 min TEU tutumlu konteyner meydançasının tikintisi — 18,6 milyon manat'],
      [
        ['6 min TEU', 'target'],
        ['18,6 milyon manat', 'target'],
      ],
    ],
    ['ru', ['Инвестиции во вторую очередь запланированы в объёме 95 млрд тенге.'], [['95 млрд тенге', 'target']]],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(kinds(sentences, lang)).toEqual(expected)
  })

  it('guard: a lot’s past result stays achieved when a past date says so', () => {
    const found = kinds(['Лот № 1 в 2024 году был исполнен: уложено 8 км путей.'], 'ru')
    expect(found).toContainEqual(['8 км', 'achieved'])
  })
})
