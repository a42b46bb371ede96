import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

/** What each quantity of a sentence reads: value, upper bound and unit. */
const read = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.value, q.valueMax, q.unit])

describe('findQuantities: standards, short phone numbers and compound adjectives count nothing', () => {
  it.each<[string, string]>([
    ['ru', 'Система экологического менеджмента сертифицирована по стандарту ISO 14001.'],
    ['en', 'The terminal is certified to ISO 9001 and ISO 45001.'],
    ['ru', 'Узнать статус посылки можно по номеру 1414.'],
    ['en', 'Drivers can book a slot by calling the 1414 contact centre.'],
    ['az', 'Ətraflı məlumat üçün fermerlər 1590 qısa nömrəsinə zəng edə bilərlər.'],
    ['tr', 'Başvurular için 444 kısa numarası aranabilir.'],
    ['en', 'The loan will help to double-track the railway line between Beyneu and Aktau.'],
    ['en', 'Lot 4'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findQuantities: a good’s code in a trade nomenclature names the good and counts nothing', () => {
  it.each<[string, string, (number | string | null)[][]]>([
    ['az', 'Azərbaycana 1.078,5 min ton buğda (XİF MN 1001) idxal edilib.', [[1078500, null, 't']]],
    ['tr', 'GTİP 7214 kapsamındaki inşaat demiri ihracatı 120 bin tona ulaştı.', [[120000, null, 't']]],
    ['ru', 'Экспорт аммиачной селитры (код ТН ВЭД 3102) составил 85 тыс. т.', [[85000, null, 't']]],
    ['en', 'Shipments of urea (HS 3102) rose to 640,000 tonnes.', [[640000, null, 't']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a term with a number word in it', () => {
  it('guard: "to double" exports is still a multiplier', () => {
    expect(read('The two countries aim to double exports by 2030.', 'en')).toContainEqual([2, null, 'multiplier'])
  })
})

describe('findQuantities: a count with its own noun before a dash is no range’s lower end', () => {
  it.each<[string, string, (number | string | null)[][]]>([
    [
      'en',
      'Lot 2: supply and installation of four gantry cranes — $14 million',
      [
        [4, null, 'count'],
        [14000000, null, 'USD'],
      ],
    ],
    [
      'tr',
      '12 lokomotif — 96 milyon avro',
      [
        [12, null, 'count'],
        [96000000, null, 'EUR'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: two whole amounts joined by a dash stay one range', () => {
    expect(read('The cost is put at $3.5 billion – $4 billion.', 'en')).toEqual([[3500000000, 4000000000, 'USD']])
  })
})

describe('findQuantities: a term that lasts "up to" years, or is said to go on for years', () => {
  it.each<[string, string, (number | string | null)[]]>([
    ['az', 'Dövlət texnikanın dəyərinin bir hissəsini ödəyir, lizinq müddəti isə 10 ilədəkdir.', [10, null, 'years']],
    ['az', 'Parkın yenilənməsi təxminən 5-6 il davam edəcək.', [5, 6, 'years']],
    ['tr', 'Hattın modernizasyonu yaklaşık 3 yıl devam edecek.', [3, null, 'years']],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toContainEqual(expected)
  })
})

describe('findQuantities: a price per tonne carries to the end of its change, and reaches a longer haul', () => {
  it.each<[string, string, (number | string | null)[][]]>([
    [
      'tr',
      'Özbek pamuğunun ton fiyatı ekim başındaki 1.780 dolardan bu hafta 1.695 dolara indi.',
      [
        [1780, null, 'USD/t'],
        [1695, null, 'USD/t'],
      ],
    ],
    [
      'az',
      'Pambığın ton qiyməti sentyabrdakı 1.780 dollardan bu həftə 1.695 dollara enib.',
      [
        [1780, null, 'USD/t'],
        [1695, null, 'USD/t'],
      ],
    ],
    [
      'en',
      'The price fell from $236 a tonne to $221 this week.',
      [
        [236, null, 'USD/t'],
        [221, null, 'USD/t'],
      ],
    ],
    [
      'ru',
      'Перевозка тонны масла из Костаная в Баку через Актау обходится экспортёрам в 95–110 долларов.',
      [[95, 110, 'USD/t']],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('guard: a price in the ablative is no change’s start when a sum in another case follows', () => {
    const text =
      'Şirket ton başına ortalama 356 dolardan alım yaptığını ve 9,7 milyon dolarlık zarara uğradığını söyledi.'
    expect(read(text, 'tr')).toEqual([
      [356, null, 'USD/t'],
      [9700000, null, 'USD'],
    ])
  })
})

describe('findQuantities: a programme’s slot of times opening its line', () => {
  it.each<[string, string]>([
    ['tr', '09.45 – 10.30 Açılış Konuşmaları'],
    ['tr', '13.30 – 15.00 Oturum II: Azerbaycan’da Türk cam ve seramik yatırımları'],
    ['en', '10:30 – 12:00 Session I: Bitumen for corridor highways'],
    ['ru', '15.00 – 15.30 Церемония подписания'],
  ])('%s: %s', (lang, line) => {
    expect(findQuantities(line, lang)).toEqual([])
  })

  it('guard: a range of prices inside a sentence is still read ("1.20–1.50 dollars")', () => {
    expect(findQuantities('Prices ranged between 1.20–1.50 dollars a kilo.', 'en').map((q) => q.value)).toEqual([1.2])
  })
})

describe('findQuantities: a voltage, a frequency, a day named by "число" or a lone "одного" is no figure', () => {
  it.each<[string, string]>([
    ['az', 'Xəttin 3 kV sabit cərəyan sistemindən 25 kV dəyişən cərəyan sisteminə keçirilməsi nəzərdə tutulur.'],
    ['tr', 'Hat 25 kV alternatif akımla elektriklendirilecek.'],
    ['en', 'The line will be electrified at 25 kV, 50 Hz.'],
    ['ru', 'Линия будет переведена на переменный ток напряжением 25 киловольт.'],
    ['ru', 'Отчет представляется не позднее 10 числа месяца, следующего за отчетным кварталом.'],
    ['ru', 'Грузовик идет от одного терминала до другого, а Актау остается одного из узлов маршрута.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findQuantities: pieces, a tonne with its case endings, a lira in Azerbaijani, a dollar abbreviated', () => {
  it.each<[string, string, (number | string | null)[][]]>([
    // "adet" counts pieces: the plant's price lends it no euros
    [
      'tr',
      '65 milyon avroluk tesis, yılda 1,2 milyon adet vitrifiye ürün üretecek.',
      [
        [65e6, null, 'EUR'],
        [1.2e6, null, 'count'],
      ],
    ],
    ['az', 'Zavodun illik istehsal gücü 4 milyon ədəd plitə idi.', [[4e6, null, 'count']]],
    ['tr', 'SOCAR, bitümün yılda 150 bin tonunu Türk yüklenicilere satacak.', [[150000, null, 't']]],
    ['tr', 'Üretimin 20 bin tonunda artış bekleniyor.', [[20000, null, 't']]],
    ['az', 'İstanbul–Bakı reysinin qiyməti 2 900 lirədir.', [[2900, null, 'TRY']]],
    // Russian abbreviates the dollar: "млрд долл. США"
    ['ru', 'Экспорт составил 3,42 млрд долл. США.', [[3.42e9, null, 'USD']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a house’s number, a class of goods, a programme’s hour, a basis of counting', () => {
  it.each<[string, string]>([
    ['ru', 'Место проведения: Баку, проспект Нефтяников, 153, пресс-центр.'],
    ['az', 'Ünvan: Bakı şəhəri, Nizami küçəsi, 45.'],
    ['tr', 'Adres: Ziya Gökalp Caddesi No: 7, Çankaya.'],
    ['en', 'The ro-ro vessels are certified for Class 7 dangerous goods.'],
    ['tr', '10.30 Açılış konuşmaları'],
    ['az', '11.00 Yaşıl dəhlizin təqdimatı'],
    ['ru', '10.30 Открытие пресс-конференции'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it.each<[string, string, (number | string | null)[][]]>([
    ['en', 'Production on a 100% basis totalled 25,840 tonnes.', [[25840, null, 't']]],
    ['tr', 'Şirket 2025’te yüzde 100 bazında 25 bin 840 ton uranyum üretti.', [[25840, null, 't']]],
    ['az', 'Brakonyerlərdən 740 kiloqram nərə balığı müsadirə edilib.', [[0.74, null, 't']]],
    ['ru', 'Изъято 300 кг осетровой рыбы.', [[0.3, null, 't']]],
    ['az', 'Təsərrüfatlar ildə 25 tonadək kürü istehsal edə bilər.', [[25, null, 't']]],
    // guards: a street's length is a figure; a decimal with a dot in English is a number
    ['ru', 'По улице прошли 300 машин.', [[300, null, 'count']]],
    ['en', '10.30 tonnes were shipped.', [[10.3, null, 't']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: addresses, standards, files, page counts and a speaker’s age count nothing', () => {
  it.each<[string, string]>([
    ['az', 'Hüquqi ünvan: Bakı şəhəri, Nizami küçəsi 96, ofis 14.'],
    ['ru', 'Адрес: ул. Мангилик Ел, 8, подъезд 5.'],
    ['en', 'Gala dinner at Flame Towers, Tower 2; the roundtable is on Level 3.'],
    ['ru', 'Продукция сертифицирована по EN 14411.'],
    ['tr', 'Ürünlerimiz TS EN 997 standartlarına uygundur.'],
    ['tr', 'Dosya: anahaber_20260917_koridor_hasat.srt'],
    ['en', 'Download the full programme (PDF, 24 pages).'],
    ['en', 'BAKHODIR ERGASHEV (FARMER, 58): At the farm gate prices fell.'],
    ['tr', 'RUSTAM ERGAŞEV (Tır şoförü, 52): Yolda çok bekliyoruz.'],
  ])('%s: %s', (lang, sentence) => {
    expect(read(sentence, lang)).toEqual([])
  })

  it.each<[string, string, (number | string | null)[][]]>([
    ['az', 'Təkliflər 30 təqvim günü ərzində qəbul edilir.', [[30, null, 'days']]],
    ['az', 'Saxlanma 10 sutkadan artıq olmamalıdır.', [[10, null, 'days']]],
    ['tr', "Gemilerin sayısı 20'yi geçmiyor.", [[20, null, 'count']]],
    ['tr', 'Depoda en az 500 ton yük var.', [[500, null, 't']]],
  ])('guard and days, %s: %s', (lang, sentence, expected) => {
    expect(read(sentence, lang)).toEqual(expected)
  })
})
