import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { paragraphsOf } from './extraction-input'

/** The values and labels of the figures read from lines of one block, each line one sentence. */
function figures(lang: string, lines: readonly string[]): (string | number | null)[][] {
  const text = lines.join('\n')
  const { article } = paragraphsOf(lang, '2026-10-12', [[text]])
  let at = 0
  const sentences = lines.map((line) => {
    const start = at
    at += line.length + 1
    return { start, end: start + line.length, text: line }
  })
  return extractFigures({ article, sentences }).map((f) => [f.value, f.label])
}

describe('extractFigures: a list counting its items’ kinds under a lead-in names each count by its item', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'ru',
      [
        'По направлениям заявки распределились так:',
        '— таможня и пограничные процедуры — 71;',
        '— прочие решения — 49.',
      ],
      [
        [71, 'таможня и пограничные процедуры'],
        [49, 'прочие решения'],
      ],
    ],
    [
      'en',
      ['Applications by track:', '• customs and borders: 71', '• warehousing and the last mile: 44'],
      [
        [71, 'customs and borders'],
        [44, 'warehousing and the last mile'],
      ],
    ],
    [
      'tr',
      [
        'Başvuruların alanlara göre dağılımı:',
        '- gümrük ve sınır işlemleri — 71;',
        '- depolama ve son kilometre — 44.',
      ],
      [
        [71, 'gümrük ve sınır işlemleri'],
        [44, 'depolama ve son kilometre'],
      ],
    ],
    [
      'az',
      ['Müraciətlər istiqamətlər üzrə belə bölünüb:', '— gömrük və sərhəd prosedurları — 71;', '— digər həllər — 49.'],
      [
        [71, 'gömrük və sərhəd prosedurları'],
        [49, 'digər həllər'],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(figures(lang, lines)).toEqual(expected)
  })

  it('guard, ru: an item with no lead-in counts nothing named', () => {
    expect(figures('ru', ['Итоги года.', '— прочие решения — 49.'])).toEqual([])
  })
})
