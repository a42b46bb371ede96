import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words and year, in a report published on 6 November 2025. */
const years = (sentence: string, lang: string) => extract([sentence], lang, '2025-11-06').map((f) => [f.words, f.year])

describe('periodOf: a comparison with the same period last year dates the figure this year', () => {
  it.each<[string, string, [string, number][]]>([
    [
      'ru',
      'Продажи катодной меди выросли на 8,8% по сравнению с аналогичным периодом прошлого года, до 142,5 тыс. тонн.',
      [
        ['8,8%', 2025],
        ['142,5 тыс. тонн', 2025],
      ],
    ],
    [
      'en',
      'Copper sales rose 8.8% from the same period last year to 142,500 tonnes.',
      [
        ['8.8%', 2025],
        ['142,500 tonnes', 2025],
      ],
    ],
    [
      'az',
      'Mis satışı ötən ilin eyni dövrü ilə müqayisədə 8,8 faiz artaraq 142,5 min tona çatıb.',
      [
        ['8,8 faiz', 2025],
        ['142,5 min tona', 2025],
      ],
    ],
    [
      'tr',
      'Bakır satışları geçen yılın aynı dönemine göre yüzde 8,8 artarak 142,5 bin tona ulaştı.',
      [
        ['yüzde 8,8', 2025],
        ['142,5 bin tona', 2025],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(sentence, lang)).toEqual(expected)
  })

  // a Russian comparative takes its base in the genitive, and "than" may stand five words before "last year"
  it.each<[string, string, [string, number][]]>([
    [
      'ru',
      'С начала года через терминал прошло 8,7 тыс. TEU, что вдвое больше показателя аналогичного периода прошлого года.',
      [
        ['8,7 тыс. TEU', 2025],
        ['вдвое', 2025],
      ],
    ],
    [
      'ru',
      'В январе–августе перевезено 3,9 млн тонн грузов, что на 18% больше уровня прошлого года.',
      [
        ['3,9 млн тонн', 2025],
        ['18%', 2025],
      ],
    ],
    [
      'en',
      'In the first eight months, 61,400 trucks crossed, 18 percent more than in the same period of last year.',
      [
        ['61,400', 2025],
        ['18 percent', 2025],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(sentence, lang)).toEqual(expected)
  })

  it('guard: ru "по сравнению с прошлым годом" (no same period) stays undated rather than guessed', () => {
    expect(years('Продажи меди выросли на 8,8% по сравнению с прошлым годом.', 'ru')).toEqual([['8,8%', null]])
  })
})

describe('periodOf: how long or how much something takes now is the article’s year, whatever year the story told before', () => {
  it.each<[string, string[], string]>([
    [
      'az',
      [
        '2025-ci ildə terminaldan 1,2 milyon ton yük keçib.',
        'Təkər arabacıqlarının dəyişdirilməsi orta hesabla 4 saat çəkir.',
      ],
      '4 saat',
    ],
    [
      'ru',
      ['В 2025 году по маршруту прошло 1,2 млн тонн.', 'Весь путь до Поти занимает от 12 до 15 дней.'],
      '12 до 15 дней',
    ],
    [
      'tr',
      ['2025 yılında hattan 1,2 milyon ton yük geçti.', 'Bakü’den Poti’ye yolculuk ortalama 12 gün sürüyor.'],
      '12 gün',
    ],
    ['en', ['In 2025 the route carried 1.2 million tonnes.', 'The whole journey to Poti takes 12 days.'], '12 days'],
  ])('%s', (lang, sentences, words) => {
    const figure = extract(sentences, lang, '2026-04-09').find((f) => f.words === words)
    expect(figure?.year).toBe(2026)
  })

  it('guard: ru "занимает третье место" ranks, it tells no present duration', () => {
    const sentences = ['В 2025 году товарооборот Грузии вырос.', 'Китай занимает третье место с долей 8%.']
    expect(extract(sentences, 'ru', '2026-04-09').find((f) => f.words === '8%')?.year).toBe(2025)
  })
})

describe('frameYears: the same date last year is a comparison’s, and the story goes on in its own year', () => {
  it.each<[string, string[], string]>([
    [
      'ru',
      [
        'Уборка (по данным на 31 августа).',
        'На ту же дату прошлого года в области было убрано 21,4% площадей.',
        'В Акмолинской области убрано 1 128,7 тыс. га.',
      ],
      '1 128,7 тыс. га',
    ],
    [
      'en',
      [
        'Harvest progress as of 31 August.',
        'On the same date last year 21.4% of the area had been harvested.',
        'Akmola region has harvested 1.13 million hectares.',
      ],
      '1.13 million hectares',
    ],
    [
      'tr',
      [
        'Hasat 31 Ağustos itibarıyla sürüyor.',
        'Geçen yılın aynı gününde alanın yüzde 21,4’ü hasat edilmişti.',
        'Akmola bölgesinde 1,13 milyon hektar hasat edildi.',
      ],
      '1,13 milyon hektar',
    ],
  ])('%s', (lang, sentences, words) => {
    const figure = extract(sentences, lang, '2026-09-01').find((f) => f.words === words)
    expect(figure?.year).toBe(2026)
  })
})
