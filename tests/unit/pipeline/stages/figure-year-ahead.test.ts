import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of each figure the sentences give, in order, in an article of 10 March 2026. */
const years = (sentences: string[], lang: string) =>
  extract(sentences, lang, '2026-03-10').map((f) => [f.words, f.year])

describe('periodOf: a day or month still to come this year dates what was last year', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    ['en', ['On 12 November the terminal handled a record 4,200 TEU.'], [['4,200 TEU', 2025]]],
    ['tr', ["12 Kasım'da terminalde rekor düzeyde 4.200 TEU yük elleçlendi."], [['4.200 TEU', 2025]]],
    ['az', ['Noyabrın 12-də terminalda rekord həcmdə 4.200 TEU yük emal edilib.'], [['4.200 TEU', 2025]]],
    [
      'ru',
      [
        '4 июля мы ввели в эксплуатацию ветровую электростанцию мощностью 300 МВт, а в декабре подключили к сети солнечную станцию на 150 МВт.',
      ],
      [
        ['300 МВт', 2025],
        ['150 МВт', 2025],
      ],
    ],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(years(sentences, lang)).toEqual(expected)
  })

  it('guard: a present figure beside a plan’s month to come stays this year’s', () => {
    const found = years(
      ['The number of direct flights between Baku and Tashkent will rise to 21 a week from June, from 14 at present.'],
      'en',
    )
    expect(found).toContainEqual(['14', 2026])
  })
})

describe('frameYears: a quarter still to come this year frames no later figure as last year’s', () => {
  // an article of 12 May 2026: the fourth quarter may be last year's or this year's, and the report stays in 2026
  it.each<[string, string[], string]>([
    [
      'tr',
      ['Teslimatların dördüncü çeyrekte başlaması öngörülüyor.', 'FAVÖK’ümüz 690 milyon TL oldu.'],
      '690 milyon TL',
    ],
    ['en', ['Deliveries are to start in the fourth quarter.', 'EBITDA came in at $131 million.'], '$131 million'],
    ['ru', ['Поставки начнутся в четвертом квартале.', 'Выручка составила 412 млн долларов.'], '412 млн долларов'],
    [
      'az',
      ['Tədarüklərin dördüncü rübdə başlanması gözlənilir.', 'Gəlir 412 milyon dollar olub.'],
      '412 milyon dollar',
    ],
  ])('%s', (lang, sentences, words) => {
    const found = extract(sentences, lang, '2026-05-12').find((f) => f.words === words)
    expect(found?.year).toBe(2026)
  })
})

describe('frameYears: the date of a comparison’s base frames no later figure', () => {
  it.each<[string, string[], string]>([
    [
      'en',
      [
        'Pellet sales reached 1.1 million tonnes in the quarter, up from 640,000 tonnes in Q1 last year.',
        'Türkiye took 47% of our pellet sales.',
      ],
      '47%',
    ],
    // a guard: the Russian base was read so already
    [
      'ru',
      [
        'Продажи окатышей выросли до 1,1 млн тонн по сравнению с 2025 годом.',
        'На Турцию пришлось 47% продаж окатышей.',
      ],
      '47%',
    ],
  ])('%s', (lang, sentences, words) => {
    const found = extract(sentences, lang, '2026-04-29').find((f) => f.words === words)
    expect(found?.year).toBe(2026)
  })
})
