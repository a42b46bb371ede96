import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { paragraphsOf } from './extraction-input'
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

/** Each figure's words and kind, for an article of paragraphs (one line each), of 6 April 2026. */
const kindsOfLines = (lines: string[], lang: string) => {
  const input = paragraphsOf(
    lang,
    '2026-04-06',
    lines.map((line) => [line]),
  )
  return extractFigures(input).map((f) => [
    f.source.mention ? input.article.text.slice(f.source.mention.start, f.source.mention.end) : null,
    f.kind,
  ])
}

describe('extractFigures: the terms of an agreement whose text the page gives are targets', () => {
  it.each<[string, string[], string]>([
    [
      'az',
      [
        'Tərəflər aşağıdakılar barədə razılığa gəlmişlər:',
        'Maddə 3. Karantin',
        '3.2. Karantin müddəti qoyunlar üçün 21 gün, iribuynuzlu mal-qara üçün 30 gündür.',
      ],
      '30 gündür',
    ],
    [
      'en',
      [
        'Have agreed as follows:',
        'Article 3. Financing',
        'The costs of the pilot are shared equally, and each Party contributes USD 2 million.',
      ],
      'USD 2 million',
    ],
  ])('%s: %s', (lang, lines, words) => {
    expect(kindsOfLines(lines, lang)).toContainEqual([words, 'target'])
  })

  it('guard: the news note before the text reports what was', () => {
    const found = kindsOfLines(
      [
        'Last year the two countries traded goods worth USD 186 million.',
        'Have agreed as follows:',
        'Article 1. Purpose',
      ],
      'en',
    )
    expect(found).toEqual([['USD 186 million', 'achieved']])
  })

  it('guard: the page’s note after the signing formula reports what was', () => {
    const found = kindsOfLines(
      [
        'Tərəflər aşağıdakılar barədə razılığa gəlmişlər:',
        'Maddə 9. Qüvvəyə minmə',
        'Astana şəhərində 2026-cı il aprelin 8-də iki əsl nüsxədə imzalanmışdır.',
        'Ötən il Transxəzər marşrutu ilə təxminən 3,6 min ton uran daşınıb.',
      ],
      'az',
    )
    expect(found).toEqual([['3,6 min ton', 'achieved']])
  })
})
