import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.unit])

describe('findQuantities: a currency pair’s quote is the second currency per one of the first', () => {
  it.each([
    ['tr', 'USD/TRY bu sabah 44,85 seviyesinde işlem görüyor.', [[44.85, 'TRY/USD']]],
    ['tr', "Dün 44,72'den kapanan USD/TRY yükseldi.", [[44.72, 'TRY/USD']]],
    ['tr', 'EUR/USD paritesi ise 1,168 düzeyinde.', [[1.168, 'USD/EUR']]],
    ['en', 'The USD/KZT rate closed at 528.6 yesterday.', [[528.6, 'KZT/USD']]],
    [
      'az',
      'Məzənnələr: USD/KZT 528,6, USD/UZS 12.950.',
      [
        [528.6, 'KZT/USD'],
        [12950, 'UZS/USD'],
      ],
    ],
    ['az', 'Ödəniş Mərkəzi Bankın məzənnəsi ilə aparılır (hazırda 1 USD = 1,70 AZN).', [[1.7, 'AZN/USD']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a rate quoted for one, ten or a hundred units ("100 TRY = 3,92 AZN", "1 dollar üçün") is per one', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'ru',
      'Официальные курсы на 03.11.2026: 1 EUR = 1,9635 AZN; 100 TRY = 3,92 AZN; 1 GEL = 0,6290 AZN.',
      [
        [1.9635, 'AZN/EUR'],
        [0.0392, 'AZN/TRY'],
        [0.629, 'AZN/GEL'],
      ],
    ],
    ['az', 'Mərkəzi Bankın məzənnəsi: 100 RUB = 2,05 AZN.', [[0.0205, 'AZN/RUB']]],
    ['en', 'The central bank set 10 CNY = 2.38 AZN for Monday.', [[0.238, 'AZN/CNY']]],
    ['tr', 'Kur tablosunda 100 KZT = 8,46 TRY olarak görünüyor.', [[0.0846, 'TRY/KZT']]],
    ['az', 'Tengenin məzənnəsi hazırda 1 dollar üçün 505 tengedir.', [[505, 'KZT/USD']]],
    ['en', 'at the official exchange rate on the date of signing (KZT 505.18 per US dollar).', [[505.18, 'KZT/USD']]],
    ['tr', 'Kur bugün 1 dolar için 44,85 lira oldu.', [[44.85, 'TRY/USD']]],
    // a currency named with its country, as a central bank's table names it
    [
      'az',
      '10 noyabr üçün: 100 Türk lirəsi = 3,9120 manat; 1 Rusiya rublu = 0,0209 manat.',
      [
        [0.03912, 'AZN/TRY'],
        [0.0209, 'AZN/RUB'],
      ],
    ],
    ['ru', 'Курс на сегодня: 100 российских рублей = 560 тенге.', [[5.6, 'KZT/RUB']]],
    ['en', 'The bank quotes 1 Russian rouble = 5.6 tenge today.', [[5.6, 'KZT/RUB']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: an amount for each of the same currency is no rate (tr)', () => {
    expect(read('Her 1 dolar için 3 dolar yatırım geldi.', 'tr')).toEqual([
      [1, 'USD'],
      [3, 'USD'],
    ])
  })

  it('guard: an amount of goods set equal to money is no rate (en)', () => {
    expect(read('By the contract 100 tonnes = 3 USD of fees.', 'en')).toEqual([
      [100, 't'],
      [3, 'USD'],
    ])
  })
})

describe('findQuantities: the rouble as English spells it and Azerbaijani names the lira with its country', () => {
  it.each([
    ['en', 'Sanctions froze 5 million roubles of its deposits.', [[5e6, 'RUB']]],
    ['az', 'Turist oteldə 2 500 Türk lirəsi ödəyib.', [[2500, 'TRY']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: an index’s name and level, a metal’s fineness and a pack’s size are no figures', () => {
  it.each([
    ['tr', 'BIST 100 endeksi dünü %1,2 yükselişle 11.240 puandan kapattı.', [[1.2, 'percent']]],
    ['tr', 'S&P 500 endeksi günü %0,6 yükselişle tamamladı.', [[0.6, 'percent']]],
    ['ru', 'Индекс KASE прибавил 1,1% и закрылся на отметке 7 215 пунктов.', [[1.1, 'percent']]],
    ['en', 'The Nikkei 225 rose 0.3% as the index closed at 38,400 points.', [[0.3, 'percent']]],
    ['tr', 'Kuyumcular 14 ayar zincir satışlarının %18 arttığını söyledi.', [[18, 'percent']]],
    ['az', 'Zərgərlər 22 əyar qızıl satışının 12 faiz artdığını bildirib.', [[12, 'percent']]],
    ['en', 'A 10-kg bag of dog food retails at UZS 420,000.', [[420000, 'UZS']]],
    ['en', 'A box takes 24 tonnes of pistachios in 25-kg bags.', [[24, 't']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, tr: points without an index are a rate’s change and stay', () => {
    expect(read('Politika faizi 0,5 puan düştü.', 'tr').map(([value]) => value)).toEqual([0.5])
  })

  it('en: a hyphenated load in kilograms is tonnes, by the kilogram’s factor', () => {
    expect(read('Each truck carries a 500-kg load.', 'en')).toEqual([[0.5, 't']])
  })

  it('tr: a hotline’s short number is no count', () => {
    expect(read("Çiftçimiz ALO 174'ü arayıp şikâyet ediyor.", 'tr')).toEqual([])
  })
})

describe('findQuantities: an exchange rate told in prose is one currency per the one its rate’s noun names', () => {
  it.each([
    [
      'ru',
      'На бирже курс доллара составил 12 742,15 сума, что на 0,12% ниже уровня пятницы.',
      [
        [12742.15, 'UZS/USD'],
        [0.12, 'percent'],
      ],
    ],
    [
      'ru',
      'Официальный курс — 12 738,60 сума за доллар, евро — 13 915,30 сума, российского рубля — 143,05 сума.',
      [
        [12738.6, 'UZS/USD'],
        [13915.3, 'UZS/EUR'],
        [143.05, 'UZS/RUB'],
      ],
    ],
    ['az', 'Dolların rəsmi məzənnəsi 1,70 manat olaraq qalır.', [[1.7, 'AZN/USD']]],
    ['tr', 'Doların kuru 44,85 liraya yükseldi.', [[44.85, 'TRY/USD']]],
    ['en', 'The dollar rate stood at 12,742 soums on Monday.', [[12742, 'UZS/USD']]],
    // the currency the amount's is measured against: "nisbətdə", "karşısındaki", "against", "к"
    ['az', 'Oktyabrda manatın ABŞ dollarına nisbətdə orta rəsmi məzənnəsi 1,70 manat olmuşdur.', [[1.7, 'AZN/USD']]],
    ['tr', 'Liranın dolar karşısındaki ortalama kuru 41,20 lira oldu.', [[41.2, 'TRY/USD']]],
    ['en', 'The tenge’s average rate against the dollar was 512 tenge.', [[512, 'KZT/USD']]],
    ['ru', 'Средний курс тенге к доллару составил 512 тенге.', [[512, 'KZT/USD']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each([
    [
      'ru',
      'Экспорт — 5 млн долларов, импорт — 3 млн долларов.',
      [
        [5_000_000, 'USD'],
        [3_000_000, 'USD'],
      ],
    ],
    ['ru', 'Курс обучения стоит 2 млн сумов.', [[2_000_000, 'UZS']]],
    ['tr', 'Dolar bazında ihracat 5 milyar dolara ulaştı.', [[5_000_000_000, 'USD']]],
  ])('guard, %s: amounts without a rate’s noun stay money: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a price for one unit said with its numeral, and table cells that lend no unit', () => {
  it.each([
    [
      'ru',
      '15%, но не менее 1,5 долл. США за 1 кг',
      [
        [15, 'percent'],
        [1.5, 'USD/kg'],
      ],
    ],
    [
      'az',
      '10%, lakin 1 kq üçün 0,4 ABŞ dollarından az olmayaraq',
      [
        [10, 'percent'],
        [0.4, 'USD/kg'],
      ],
    ],
    ['en', 'a duty of at least $1.50 per 1 kg', [[1.5, 'USD/kg']]],
    ['az', 'Kisələr 25 kq-dır.', [[0.025, 't']]],
    [
      'az',
      'Sahə: 4 800 m² | Tavan hündürlüyü: 12 m | Dok qapıları: 6',
      [
        [4800, 'm2'],
        [12, 'm'],
        [6, 'count'],
      ],
    ],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard, ru: a bare number after a unit in running prose still takes it', () => {
    expect(read('Путь занимал 35 суток, теперь укладывается в 18.', 'ru')).toEqual([
      [35, 'days'],
      [18, 'days'],
    ])
  })
})

describe('findQuantities: a chat’s shorthand for prices and rates', () => {
  it.each([
    ['az', 'Türk alıcı kq-ı 3,40 $ verir, EXW Zaqatala', [[3.4, 'USD/kg']]],
    ['tr', "Fındığın kg'ı 4 dolar", [[4, 'USD/kg']]],
    [
      'az',
      'Bu gün dollar 1,70 manat, lirə 41,30.',
      [
        [1.7, 'AZN/USD'],
        [41.3, 'TRY/USD'],
      ],
    ],
    ['en', 'at an average rate of KZT 511.8 per USD for 2025', [[511.8, 'KZT/USD']]],
    ['az', '40 HC, tütün məmulatı, 22 ton', [[22, 't']]],
    ['en', "Aktau to Poti, 40' now $2,950 per box", [[2950, 'USD']]],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each([
    ['az', 'ABŞ dolları ilə 500 milyon manat', [[500_000_000, 'AZN']]],
    [
      'en',
      'We moved 40 containers and 20 trucks.',
      [
        [40, 'count'],
        [20, 'count'],
      ],
    ],
  ])('guard, %s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: an index named far before its level in points, and a date’s year before a clock time', () => {
  it.each([
    [
      'ru',
      'Евразийский контейнерный индекс (ЕКИ), который рассчитывается по спотовым ставкам на перевозку 40-футового контейнера на ключевых направлениях между Китаем, Центральной Азией, Кавказом и Европой, по итогам прошлой недели снизился до 1 864 пунктов.',
      [],
    ],
    ['tr', "Teklifler en geç 8 Ekim 2026 saat 17.00'ye kadar Başkanlığa teslim edilebilecektir.", []],
    ['az', 'Sənədlər 2026-cı il 8 oktyabr saat 17:00-dək qəbul edilir.', []],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: points with no index named are a rate’s change in points', () => {
    expect(read('Politika faizi 250 baz puan düştü, kredi faizleri ise 2 puan geriledi.', 'tr').length).toBeGreaterThan(
      0,
    )
  })
})

describe('findQuantities: an amount glued to its currency’s code, as rating agencies write it', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Revenue rose to KZT146.8 billion in 2025.', [[146.8e9, 'KZT']]],
    ['en', 'The remaining USD38 million facility matures in 2028.', [[38e6, 'USD']]],
    ['en', 'It placed EUR1.2bn of notes.', [[1.2e9, 'EUR']]],
    ['ru', 'Выручка составила KZT146,8 млрд.', [[146.8e9, 'KZT']]],
    ['tr', 'Şirketin borcu TRY2,5 milyar oldu.', [[2.5e9, 'TRY']]],
    ['az', 'Şirkət AZN12 milyon investisiya qoyub.', [[12e6, 'AZN']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each([
    ['en', 'The G20 summit and the A321neo jets'],
    ['en', 'The bonds (ISIN KZ2C00012345) mature in May 2029.'],
  ])('guard: a code of letters glued to digits is no amount (%s: %s)', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findQuantities: Turkish "kat" in its cases is a multiple, as a leverage ratio gives it', () => {
  it.each<[string, number]>([
    ['Net borç/FAVÖK oranı 2025 sonunda 1,9 kata gerilemiştir.', 1.9],
    ['Oranın 3,0 katın üzerine çıkması notu düşürebilir.', 3],
    ['Bu örnekte oran 2,0 kattır.', 2],
  ])('%s', (text, value) => {
    expect(read(text, 'tr')).toEqual([[value, 'multiplier']])
  })
})
