import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of an article of lines: its cell, value and unit. */
const cellsOf = (lang: string, lines: readonly string[]) =>
  extract(lines, lang, '2026-11-05').map((f) => [f.words, f.value, f.unit])

describe('table rows: a column of changes gives its percent to no other column', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'ru',
      [
        'Таблица 4.1. Обращения по категориям',
        'Категория | 2024 | 2025 | Изменение, %',
        'Таможенная стоимость | 214 | 287 | +34,1',
        'Очереди на пунктах пропуска | 178 | 246 | +38,2',
      ],
      [
        ['214', 214, 'count'],
        ['287', 287, 'count'],
        ['+34,1', 34.1, 'percent'],
        ['178', 178, 'count'],
        ['246', 246, 'count'],
        ['+38,2', 38.2, 'percent'],
      ],
    ],
    [
      'en',
      [
        'Table 1. International visitor trips by country of residence',
        'Country | October 2026 | Change, % | January–October 2026 | Change, %',
        'Kazakhstan | 21,870 | +21.9 | 198,640 | +17.5',
        'Uzbekistan | 12,415 | +23.9 | 109,780 | +19.8',
      ],
      [
        ['21,870', 21_870, 'count'],
        ['+21.9', 21.9, 'percent'],
        ['198,640', 198_640, 'count'],
        ['+17.5', 17.5, 'percent'],
        ['12,415', 12_415, 'count'],
        ['+23.9', 23.9, 'percent'],
        ['109,780', 109_780, 'count'],
        ['+19.8', 19.8, 'percent'],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(cellsOf(lang, lines)).toEqual(expected)
  })
})

describe('table rows: a named column among heads that give their own units counts', () => {
  it.each<[string, string[], (string | number)[][]]>([
    [
      'en',
      [
        'Table 1. Cargo claims on Caspian ro-ro voyages by cause, policy years 2023–2025',
        'Cause | Claims | Incurred cost, USD | Average per claim, USD',
        'Heavy weather damage | 71 | 3,960,000 | 55,800',
        'Reefer malfunction | 37 | 1,540,000 | 41,600',
      ],
      [
        ['71', 71, 'count'],
        ['3,960,000', 3_960_000, 'USD'],
        ['55,800', 55_800, 'USD'],
        ['37', 37, 'count'],
        ['1,540,000', 1_540_000, 'USD'],
        ['41,600', 41_600, 'USD'],
      ],
    ],
    [
      'tr',
      [
        'Tablo 2. Bölgelere göre ihracat gönderileri, 2026',
        'Bölge | Gönderiler | Tutar, milyon TL',
        'Azerbaycan | 18.400 | 96,5',
        'Kazakistan | 9.150 | 52,1',
      ],
      [
        ['18.400', 18_400, 'count'],
        ['96,5', 96_500_000, 'TRY'],
        ['9.150', 9_150, 'count'],
        ['52,1', 52_100_000, 'TRY'],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(cellsOf(lang, lines)).toEqual(expected)
  })

  it('guard, az: a head of years shares the unit its last year names', () => {
    expect(
      cellsOf('az', [
        'Cədvəl 3. Ölkələr üzrə ixrac',
        'Ölkə | 2024 | 2025, mln dollar',
        'Gürcüstan | 412,5 | 468,0',
        'Türkiyə | 1 204,3 | 1 318,9',
      ]).map(([, value, unit]) => [value, unit]),
    ).toEqual([
      [412_500_000, 'USD'],
      [468_000_000, 'USD'],
      [1_204_300_000, 'USD'],
      [1_318_900_000, 'USD'],
    ])
  })
})

describe('table rows: visitors by country of residence are each country’s visits to the article’s, by the column’s date', () => {
  /** Each figure's cell, unit, countries and year. */
  const visits = (lang: string, lines: readonly string[]) =>
    extract(lines, lang, '2026-11-05').map((f) => [f.words, f.unit, f.countries.join('-'), f.year])

  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'en',
      [
        'Georgia received 1.2 million international visitor trips in October.',
        'Table 1. International visitor trips by country of residence',
        'Country | October 2026 | Change, % | January–October 2026 | Change, %',
        'Kazakhstan | 21,870 | +21.9 | 198,640 | +17.5',
        'Uzbekistan | 12,415 | +23.9 | 109,780 | +19.8',
      ],
      [
        ['1.2 million', 'count', 'GE', 2026],
        ['21,870', 'count', 'GE-KZ', 2026],
        ['+21.9', 'percent', 'GE-KZ', 2026],
        ['198,640', 'count', 'GE-KZ', 2026],
        ['+17.5', 'percent', 'GE-KZ', 2026],
        ['12,415', 'count', 'GE-UZ', 2026],
        ['+23.9', 'percent', 'GE-UZ', 2026],
        ['109,780', 'count', 'GE-UZ', 2026],
        ['+19.8', 'percent', 'GE-UZ', 2026],
      ],
    ],
    [
      'tr',
      [
        'Türkiye’ye eylülde 5,1 milyon yabancı ziyaretçi geldi.',
        'Tablo 3. Milliyetlere göre gelen ziyaretçi sayısı',
        'Ülke | Eylül 2026 | Değişim, % | Ocak–Eylül 2026 | Değişim, %',
        'Kazakistan | 48.200 | +12,4 | 412.900 | +9,8',
        'Özbekistan | 36.150 | +18,1 | 301.400 | +15,2',
      ],
      [
        ['5,1 milyon', 'count', 'TR', 2026],
        ['48.200', 'count', 'KZ-TR', 2026],
        ['+12,4', 'percent', 'KZ-TR', 2026],
        ['412.900', 'count', 'KZ-TR', 2026],
        ['+9,8', 'percent', 'KZ-TR', 2026],
        ['36.150', 'count', 'TR-UZ', 2026],
        ['+18,1', 'percent', 'TR-UZ', 2026],
        ['301.400', 'count', 'TR-UZ', 2026],
        ['+15,2', 'percent', 'TR-UZ', 2026],
      ],
    ],
  ])('%s', (lang, lines, expected) => {
    expect(visits(lang, lines)).toEqual(expected)
  })
})

describe('table rows: under a programme’s caption, a column of a year’s results is no plan', () => {
  it('az: plan columns are targets by their year, results and execution are the year’s', () => {
    const figures = extract(
      [
        'Cədvəl 1. Proqramın əsas nəticə göstəriciləri',
        'Göstərici | Vahid | 2024 plan | 2024 fakt | 2025 plan | 2025 fakt | İcra, %',
        '2. Rezidentlərin investisiyaları | mln ABŞ dolları | 250 | 212 | 400 | 436 | 109,0',
        '5. Konteyner aşırması | min TEU | 60 | 58 | 75 | 81,4 | 108,5',
      ],
      'az',
      '2026-02-27',
    ).map((f) => [f.value, f.kind, f.year, f.deadline])
    expect(figures).toEqual([
      [250_000_000, 'target', null, '2024'],
      [212_000_000, 'achieved', 2024, null],
      [400_000_000, 'target', null, '2025'],
      [436_000_000, 'achieved', 2025, null],
      [109, 'achieved', 2025, null],
      [60_000, 'target', null, '2024'],
      [58_000, 'achieved', 2024, null],
      [75_000, 'target', null, '2025'],
      [81_400, 'achieved', 2025, null],
      [108.5, 'achieved', 2025, null],
    ])
  })
})

describe('table rows: a column of priority orders ranks its rows, no count', () => {
  it('ru: a register of creditors’ claims keeps only the claims', () => {
    const cells = cellsOf('ru', [
      'Реестр требований кредиторов',
      '№ | Кредитор | Очередь | Сумма требования, тенге',
      '1 | Работники ТОО | 2 | 186 420 000',
      '2 | РГУ «УГД по г. Актау» | 3 | 412 870 500',
    ])
    expect(cells.map(([, value, unit]) => [value, unit])).toEqual([
      [186_420_000, 'KZT'],
      [412_870_500, 'KZT'],
    ])
  })
})

describe('table rows: a table nothing dates is the year the text around it tells of', () => {
  it.each<[string, string[]]>([
    [
      'ru',
      [
        'В 2025 году Уполномоченному поступило 6 412 обращений предпринимателей.',
        'Таблица 4.2. Обращения по регионам',
        'Регион | Поступило | Решено в пользу заявителя',
        'Туркестанская область | 276 | 169',
        'Мангистауская область | 198 | 127',
        'Прочие регионы | 234 | 140',
      ],
    ],
    [
      'en',
      [
        'In 2025 the ombudsman received 6,412 complaints from businesses.',
        'Table 4.2. Complaints by region',
        'Region | Received | Resolved in favour of the applicant',
        'Turkestan region | 276 | 169',
        'Mangystau region | 198 | 127',
        'Other regions | 234 | 140',
      ],
    ],
  ])('%s', (lang, lines) => {
    const years = extract(lines, lang, '2026-03-27').map((f) => [f.value, f.year])
    expect(years).toEqual([
      [6_412, 2025],
      [276, 2025],
      [169, 2025],
      [198, 2025],
      [127, 2025],
      [234, 2025],
      [140, 2025],
    ])
  })
})
