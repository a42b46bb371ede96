import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../../src/pipeline/build-dataset'

/** The kinds of an article's figures by value, built from its text as a file. */
const kinds = (file: string, text: string) => {
  const { dataset } = buildDataset([{ file, bytes: new TextEncoder().encode(text) }])
  return new Map(dataset.figures.map((f) => [f.value, f.kind]))
}

const page = (title: string, date: string, lines: string[]) => [title, '', date, '', ...lines].join('\n\n')

describe('a clause of a draft act put to public comment sets a proposed term: a target', () => {
  it.each([
    [
      'az',
      page('Tranzit daşınması Qaydalarının layihəsi ictimai müzakirəyə çıxarılır', '08.07.2026', [
        'Nazirlik layihəni ictimai müzakirəyə çıxarır.',
        'Maddə 4. Rüsumlar\n4.1. Tranzit icazəsinə görə rüsum hər partiya üçün 150 manatdır.',
      ]),
      150,
    ],
    [
      'ru',
      page('Проект приказа «Об утверждении Правил транзита»', '02.11.2026', [
        'Министерство выносит проект на публичное обсуждение.',
        'Пункт 7. Сбор за установку навигационной пломбы — 9 800 тенге за контейнер.',
      ]),
      9800,
    ],
    [
      'en',
      page('Draft regulation on transit of critical minerals published for comment', '8 July 2026', [
        'The ministry invites comments on the draft.',
        'Article 4. The permit fee is AZN 150 per consignment.',
      ]),
      150,
    ],
    [
      'tr',
      page('Transit Taşımacılığı Yönetmelik Taslağı görüşe açıldı', '08.07.2026', [
        'Bakanlık taslağı kamuoyunun görüşüne sundu.',
        'Madde 4. İzin ücreti parti başına 3.500 liradır.',
      ]),
      3500,
    ],
  ])('%s', (lang, text, value) => {
    expect(kinds(`${lang}-draft.txt`, text).get(value)).toBe('target')
  })

  it('guard, az: a numbered clause of an act in force keeps its plain reading', () => {
    const text = page('Tranzit daşınması Qaydaları qüvvəyə minib', '08.07.2026', [
      'Nazirlik qaydaları təsdiq edib.',
      'Maddə 4. Rüsumlar\n4.1. Tranzit icazəsinə görə rüsum hər partiya üçün 150 manatdır.',
    ])
    expect(kinds('az-rules.txt', text).get(150)).toBe('achieved')
  })
})
