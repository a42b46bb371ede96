import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { cleanBody } from '../../../../src/pipeline/stages/clean'

/** A classifieds page: a market overview in prose, a filter row, then listings in labelled fields, then its footer. */
const listingsPage = (lang: 'az' | 'ru') =>
  lang === 'az'
    ? [
        'Ələt ətrafında müasir anbar fondu təxminən 310 min m² təşkil edir və boş sahələrin payı 3,8 faizə enib.',
        '',
        'Filtr: Anbar · İcarə · Qaradağ r. · Sahə: 300 m²-dən · Tapıldı: 38 elan',
        '',
        'Elan № 48213577',
        'Ələt, liman yolu – A sinifli quru anbar icarəyə verilir',
        'Sahə: 4 800 m² · Tavan hündürlüyü: 12 m · Limana qədər: 3,5 km',
        'Qiymət: 10,5 AZN/m² aylıq (cəmi 50 400 AZN/ay)',
        'Ümumi sahə: 2 200 m² · Kameralar: 8 · Tutum: 1 600 ton',
        'Daha çox elan göstər (32)',
        'Oxşar axtarışlar: Bakıda anbar icarəsi | Sumqayıtda soyuducu anbar',
      ]
    : [
        'Средняя ставка аренды складов класса А в Актау выросла за год на 12% и достигла 4 500 тенге за квадратный метр.',
        '',
        'Фильтр: Склад · Аренда · Актау · Найдено: 21 объявление',
        '',
        'Объявление № 7712',
        'Тёплый склад у порта',
        'Площадь: 1 200 м² · Высота потолков: 9 м · До порта: 4 км',
        'Цена: 4 800 тенге за м² в месяц',
        'Площадь: 640 м² · Камеры: 3 · Вместимость: 900 тонн',
        'Показать ещё 20',
        'Похожие запросы: склады в Астане | склады в Алматы',
      ]

describe('cleanBody: a classifieds page’s listings are its content, though no sentence states them', () => {
  it.each(['az', 'ru'] as const)('%s: the listings’ fields stay, the filter row goes', (lang) => {
    const page = listingsPage(lang)
    const { text } = cleanBody(page)
    expect(text).toContain(page[6])
    expect(text).toContain(page[7])
    expect(text).toContain(page[8])
    expect(text).not.toContain(page[2])
  })

  it('guard, en: a footer’s fields that measure nothing keep nothing after the story', () => {
    const page = [
      'Cargo through the port rose 12% in January, the port authority said on Monday.',
      'Related',
      'Ferry fares rise again',
      'Tel: +994 12 404 00 00 · Fax: +994 12 404 00 01',
    ]
    expect(cleanBody(page).text).not.toContain('Ferry fares rise again')
  })
})

describe('findQuantities: a listing’s field lends its unit to no other field', () => {
  it.each([
    [
      'az',
      'Ümumi sahə: 2 200 m² · Kameralar: 8, o cümlədən 3 dondurucu',
      [
        [2200, 'm2'],
        [8, 'count'],
        [3, 'count'],
      ],
    ],
    [
      'ru',
      'Площадь: 640 м² · Камеры: 3, из них 1 морозильная',
      [
        [640, 'm2'],
        [3, 'count'],
        [1, 'count'],
      ],
    ],
    [
      'tr',
      'Alan: 1.500 m² • Rampa: 4, ikisi kapalı',
      [
        [1500, 'm2'],
        [4, 'count'],
      ],
    ],
    [
      'en',
      'Area: 1,500 m² · Docks: 4, two of them covered',
      [
        [1500, 'm2'],
        [4, 'count'],
        [2, 'count'],
      ],
    ],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(findQuantities(text, lang).map((q) => [q.value, q.unit])).toEqual(expected)
  })
})
