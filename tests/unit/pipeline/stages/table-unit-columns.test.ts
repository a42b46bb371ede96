import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

const read = (lang: string, lines: string[], published = '2026-04-28') =>
  extract(lines, lang, published).map((f) => [f.value, f.valueMax, f.unit, f.year])

describe('tableRows: a column of units between the rows’ names and the years', () => {
  it('az: reads each row in its own unit, each column in its year, and the head of years as none', () => {
    const figures = read('az', [
      'Cədvəl 2.1. Əsas göstəricilər',
      'Göstərici | Vahid | 2023 | 2024 | 2025',
      'Qarışıq yem istehsalı | min ton | 212,4 | 238,9 | 265,7',
      'Bərpa olunan enerjinin payı | % | 4 | 9 | 15',
      'İşçilərin sayı | nəfər | 612 | 655 | 701',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [212400, null, 't', 2023],
        [265700, null, 't', 2025],
        [15, null, 'percent', 2025],
        [701, null, 'count', 2025],
      ]),
    )
    expect(figures.map(([value]) => value)).not.toContain(2023)
  })

  it('en and ru: kilowatt-hours, cubic metres and money in their scales', () => {
    expect(
      read('en', [
        'Table 4.1 Key indicators',
        'Indicator | Unit | 2023 | 2024 | 2025',
        'Containers shipped via the Middle Corridor | TEU | 1,240 | 1,610 | 2,150',
        'Water withdrawal | m³ | 212,000 | 204,500 | 189,300',
        'Electricity use | million kWh | 18.6 | 19.2 | 19.9',
      ]),
    ).toEqual(
      expect.arrayContaining([
        [2150, null, 'TEU', 2025],
        [189300, null, 'm3', 2025],
        [19900000, null, 'kWh', 2025],
      ]),
    )
    expect(
      read('ru', [
        'Основные показатели компании',
        'Показатель | Ед. изм. | 2024 | 2025',
        'Выручка | млн долл. | 86,3 | 97,5',
        'Экспорт | тыс. т | 48,2 | 55,6',
      ]),
    ).toEqual(
      expect.arrayContaining([
        [97500000, null, 'USD', 2025],
        [55600, null, 't', 2025],
      ]),
    )
  })

  it('guard: a row whose unit it cannot read gives no count', () => {
    const figures = read('en', [
      'Table 3 Indicators',
      'Indicator | Unit | 2024 | 2025',
      'Dust emissions | mg/Nm³ | 42 | 38',
      'Production | tonnes | 131,200 | 148,600',
      'Exports | tonnes | 18,400 | 27,900',
    ])
    expect(figures.map(([value]) => value)).not.toContain(38)
    expect(figures).toContainEqual([148600, null, 't', 2025])
  })
})

describe('tableRows: a market’s price bulletin', () => {
  it('tr: money beside "kg" in the unit column is a price per kilogram, the change a signed percent', () => {
    const figures = read(
      'tr',
      [
        'Hal fiyatları',
        'Ürün | Birim | Dün Ort. (TL) | Bugün Ort. (TL) | Değişim | Giriş (ton)',
        'Mandalina | kg | 24,50 | 22,00 | -%10,2 | 412',
        'Limon | kg | 27,00 | 28,50 | +%5,6 | 238',
        'Karpuz | kg | 9,50 | 11,00 | +%15,8 | 61',
      ],
      '2026-10-21',
    )
    expect(figures).toEqual(
      expect.arrayContaining([
        [24.5, null, 'TRY/kg', 2026],
        [22, null, 'TRY/kg', 2026],
        [-10.2, null, 'percent', 2026],
        [5.6, null, 'percent', 2026],
        [412, null, 't', 2026],
      ]),
    )
  })

  it('ru: ranges of prices in tenge a kilogram ("тг/кг"), changes by arrows', () => {
    const figures = read(
      'ru',
      [
        'Оптовые цены по основным позициям',
        'Товар | Происхождение | Вчера, тг/кг | Сегодня, тг/кг | Изм., % | Завоз сегодня, т',
        'Мандарины | Грузия | 780–850 | 720–800 | ▼6,7 | 96',
        'Апельсины | Турция | 950–1 050 | 980–1 080 | ▲3 | 54',
        'Арбузы | Узбекистан | 230 | 260 | ▲13 | 140',
      ],
      '2026-11-17',
    )
    expect(figures).toEqual(
      expect.arrayContaining([
        [780, 850, 'KZT/kg', 2026],
        [980, 1080, 'KZT/kg', 2026],
        [260, null, 'KZT/kg', 2026],
        [-6.7, null, 'percent', 2026],
        [13, null, 'percent', 2026],
        [96, null, 't', 2026],
      ]),
    )
  })

  it('guard: a span of years in a cell is no range of values', () => {
    const figures = read('az', [
      'Tədbirlər Planı (milyon manat)',
      'Tədbir | Müddət | Dəyər',
      '30 ədəd elektrovozun alınması | 2026–2027 | 168,0',
      'Deponun modernləşdirilməsi | 2027 | 16,0',
      'Heyətin hazırlanması | 2026–2028 | 8,0',
    ])
    expect(figures.map(([value]) => value)).not.toContain(2026)
  })
})

describe('tableRows: a column of origins', () => {
  const countriesOf = (lang: string, lines: string[]) =>
    extract(lines, lang, '2026-11-17').map((f) => [f.value, f.countries.join('-')])

  it('ru: each row’s goods come from its origin to the market the article is about', () => {
    const figures = countriesOf('ru', [
      'Казахстан в этом году завёз больше фруктов, чем годом ранее, и Казахстан остаётся главным рынком.',
      'Оптовые цены на рынке Алматы',
      'Товар | Происхождение | Вчера, тг/кг | Сегодня, тг/кг | Изм., %',
      'Мандарины | Грузия | 780–850 | 720–800 | ▼6,7',
      'Апельсины | Турция | 950–1 050 | 980–1 080 | ▲3',
      'Курага | Узбекистан | 3 600–4 200 | 3 700–4 200 | ▲1,3',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [780, 'GE-KZ'],
        [980, 'KZ-TR'],
        [1.3, 'KZ-UZ'],
      ]),
    )
  })

  it('en: a row whose origin is no country’s name is no country’s', () => {
    const figures = countriesOf('en', [
      'Kazakhstan imports most of its citrus, and Kazakhstan buyers watch these prices.',
      'Wholesale prices in Almaty',
      'Product | Origin | Yesterday, KZT/kg | Today, KZT/kg',
      'Tangerines | Georgia | 780 | 720',
      'Oranges | Türkiye | 950 | 980',
      'Lemons | various | 600 | 610',
    ])
    expect(figures).toEqual(
      expect.arrayContaining([
        [720, 'GE-KZ'],
        [980, 'KZ-TR'],
        [610, ''],
      ]),
    )
  })
})

describe('tableRows: a column of units under heads of periods, closed by a change in percent', () => {
  it('az: each row keeps its unit, the change column its percent', () => {
    const figures = read(
      'az',
      [
        'Cədvəl 1. Seçilmiş məhsullar üzrə xarici ticarət',
        'Məhsul | Ölçü vahidi | Oktyabr 2026 | Yanvar–oktyabr 2026 | Yanvar–oktyabr 2025 | Dəyişmə, faizlə',
        'İdxal: kömür və kömür briketləri | min ton | 41,2 | 218,6 | 197,3 | +10,8',
        'İxrac: ev tekstili və dəsmallar | milyon ABŞ dolları | 6,3 | 54,7 | 47,9 | +14,2',
      ],
      '2026-11-18',
    )
    expect(figures).toEqual(
      expect.arrayContaining([
        [41200, null, 't', 2026],
        [197300, null, 't', 2025],
        [10.8, null, 'percent', 2026],
        [54700000, null, 'USD', 2026],
        [14.2, null, 'percent', 2026],
      ]),
    )
    expect(figures.filter(([, , unit]) => unit === 'percent')).toHaveLength(2)
  })
})

describe('tableRows: a tender’s lots are bought by each row’s own delivery date', () => {
  it('ru: the lots’ prices and sums are targets by the row’s date', () => {
    const figures = extract(
      [
        'Перечень лотов',
        '№ лота | Наименование товара | Ед. изм. | Кол-во | Цена за ед., тенге | Сумма, тенге | Срок поставки',
        '1 | Монитор пациента прикроватный | шт. | 24 | 1 850 000 | 44 400 000 | до 30.04.2026',
        '2 | Кровать медицинская функциональная | шт. | 60 | 1 120 000 | 67 200 000 | до 15.05.2026',
      ],
      'ru',
      '2026-02-09',
    ).map((f) => [f.value, f.kind, f.deadline])
    expect(figures).toEqual(
      expect.arrayContaining([
        [44400000, 'target', '2026-04-30'],
        [1120000, 'target', '2026-05-15'],
      ]),
    )
    expect(figures.filter(([, kind]) => kind === 'achieved')).toEqual([])
  })
})

describe('tableRows: a tender’s lots under a paragraph, each cell naming its own unit', () => {
  it.each<[string, string[]]>([
    [
      'tr',
      [
        'a) Niteliği, türü ve miktarı: Kısmi teklife açık mal alımı. Kısımların miktarları, tahmini bedelleri ve son teslim tarihleri aşağıdaki tabloda gösterilmiştir.',
        'Kısım No | Malzemenin Cinsi | Miktar | Tahmini Bedel (KDV hariç) | Geçici Teminat | Son Teslim Tarihi',
        '1 | 60E1 tipi, R260 kalite ray | 18.400 ton | 27.600.000 EUR | 828.000 EUR | 30.11.2026',
        '2 | B70 tipi öngerilmeli beton travers | 265.000 adet | 18.020.000 EUR | 540.600 EUR | 31.03.2027',
        '3 | B 50/70 sınıfı yol bitümü | 12.500 ton | 186.250.000 TRY | 5.587.500 TRY | 15.10.2026',
      ],
    ],
    [
      'en',
      [
        'Quantities, estimated values, bid securities and delivery dates of the lots are given in the table below, which forms part of this notice.',
        'Lot No. | Description | Quantity | Estimated value | Bid security | Delivery by',
        '1 | Rails 60E1, grade R260 | 18,400 t | EUR 27,600,000 | EUR 828,000 | 30.11.2026',
        '2 | Prestressed concrete sleepers B70 | 265,000 pcs | EUR 18,020,000 | EUR 540,600 | 31.03.2027',
        '3 | Road bitumen 50/70 | 12,500 t | TRY 186,250,000 | TRY 5,587,500 | 15.10.2026',
      ],
    ],
  ])('%s: the quantities and sums are targets by the row’s own date', (lang, lines) => {
    const figures = extract(lines, lang, '2026-05-12').map((f) => [f.value, f.unit, f.kind, f.deadline])
    expect(figures).toEqual(
      expect.arrayContaining([
        [18400, 't', 'target', '2026-11-30'],
        [27600000, 'EUR', 'target', '2026-11-30'],
        [265000, 'count', 'target', '2027-03-31'],
        [5587500, 'TRY', 'target', '2026-10-15'],
      ]),
    )
    expect(figures.filter(([, , kind]) => kind === 'achieved')).toEqual([])
  })
})

describe('tableRows: a tender’s results tell what was awarded', () => {
  it('ru: a winners’ rates with no date of delivery stay achieved', () => {
    const figures = extract(
      [
        'Результаты тендера на аренду хопперов-цементовозов',
        '| Лот | Вагонов | Победитель | Ставка, тенге в сутки за вагон |',
        '| 1 | 600 | ТОО «Темир Лизинг Групп» | 10 450 |',
        '| 2 | 500 | АО «КазВагонЛизинг» | 10 900 |',
      ],
      'ru',
      '2026-04-20',
    ).map((f) => [f.value, f.kind])
    expect(figures).toContainEqual([10450, 'achieved'])
    expect(figures.filter(([, kind]) => kind !== 'achieved')).toEqual([])
  })
})
