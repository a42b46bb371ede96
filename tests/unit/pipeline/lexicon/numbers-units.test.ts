import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'

type Read = [words: string, value: number, valueMax: number | null, unit: string]

/** Reads each quantity back as the words it spans, so a span that swallows or drops a suffix fails. */
const read = (text: string, lang: string): Read[] =>
  findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.valueMax, q.unit])

describe('findQuantities: power capacity in GW and MW, every spelling', () => {
  it.each<[string, string, string, Read[]]>([
    [
      'tr "gigavata" (dative)',
      'tr',
      'Santralin kurulu gücünün 2 gigavata çıkarılması planlanıyor.',
      [['2 gigavata', 2, null, 'GW']],
    ],
    [
      'tr "megavatlık"',
      'tr',
      'Güneş santrali 100 megavatlık kapasiteyle devreye alındı.',
      [['100 megavatlık', 100, null, 'MW']],
    ],
    [
      'az "qiqavata" (dative)',
      'az',
      'Bərpa olunan enerji gücünün 25 qiqavata çatdırılması nəzərdə tutulur.',
      [['25 qiqavata', 25, null, 'GW']],
    ],
    [
      'az "meqavat"',
      'az',
      'Xızı-Abşeron külək stansiyasının gücü 240 meqavat olacaq.',
      [['240 meqavat', 240, null, 'MW']],
    ],
    [
      'en "GW"',
      'en',
      'The subsea cable is designed to carry 4 GW of green power to Europe.',
      [['4 GW', 4, null, 'GW']],
    ],
    [
      'en "megawatts"',
      'en',
      'The solar park near Bukhara has a capacity of 230 megawatts.',
      [['230 megawatts', 230, null, 'MW']],
    ],
    [
      'en "4-GW" glued by a hyphen',
      'en',
      'Officials discussed a 4-GW link across the Caspian.',
      [['4-GW', 4, null, 'GW']],
    ],
    ['ru "ГВт"', 'ru', 'Мощность новой электростанции составит 1 ГВт.', [['1 ГВт', 1, null, 'GW']]],
    ['ru "МВт"', 'ru', 'Ветровая станция мощностью 240 МВт введена в строй.', [['240 МВт', 240, null, 'MW']]],
  ])('reads %s', (_name, lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('reads tr "GW\'dan fazla" with its case ending as more than 1 GW', () => {
    const [found, ...rest] = findQuantities("Projeyle Türkiye'ye 1 GW'dan fazla elektrik aktarılacak.", 'tr')
    expect(rest).toEqual([])
    expect(found).toMatchObject({ value: 1, unit: 'GW', qualifier: 'more-than' })
  })

  it('reads az "1 GW-dan artıq" (hyphenated case ending after the unit) as more than 1 GW', () => {
    const text = 'Layihə ilə Azərbaycana 1 GW-dan artıq elektrik ötürüləcək.'
    const [found, ...rest] = findQuantities(text, 'az')
    expect(rest).toEqual([])
    expect(found).toMatchObject({ value: 1, unit: 'GW', qualifier: 'more-than' })
    expect(found && text.slice(found.start, found.end)).toBe('1 GW-dan')
  })
})

describe('findQuantities: lengths of time as units (days, hours, minutes)', () => {
  it.each<[string, string, string, Read[]]>([
    ['tr "11–13 gün"', 'tr', 'Yüklerin Çin’den Avrupa’ya ulaşması 11–13 gün sürüyor.', [['11–13 gün', 11, 13, 'days']]],
    [
      'tr "18 saate"',
      'tr',
      'Sınır kapısında tırların bekleme süresi 18 saate düştü.',
      [['18 saate', 18, null, 'hours']],
    ],
    ['az "2–3 günə"', 'az', 'Yük qatarları Ələtdən Poti limanına 2–3 günə çatır.', [['2–3 günə', 2, 3, 'days']]],
    ['az "40 dəqiqə"', 'az', 'Gəminin bərəyə yüklənməsi indi 40 dəqiqə çəkir.', [['40 dəqiqə', 40, null, 'minutes']]],
    ['en "18 days"', 'en', 'The trip from Xian to Baku now takes 18 days.', [['18 days', 18, null, 'days']]],
    ['en "36 hours"', 'en', 'Transit time at the border fell to 36 hours.', [['36 hours', 36, null, 'hours']]],
    ['ru "12–14 часов"', 'ru', 'Время в пути сократилось до 12–14 часов.', [['12–14 часов', 12, 14, 'hours']]],
    ['ru "5–7 суток"', 'ru', 'Контейнерный поезд проходит маршрут за 5–7 суток.', [['5–7 суток', 5, 7, 'days']]],
  ])('reads %s', (_name, lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('reads az "6 saata" (dative of "saat") as 6 hours', () => {
    expect(read('Sərhəd keçidində yük maşınlarının gözləmə müddəti 6 saata düşüb.', 'az')).toEqual([
      ['6 saata', 6, null, 'hours'],
    ])
  })
})

describe('findQuantities: compound numerals and scale abbreviations', () => {
  it.each<[string, string, string, Read[]]>([
    [
      'az "3 milyon 420 min ton"',
      'az',
      'Ötən il limanda 3 milyon 420 min ton yük aşırılıb.',
      [['3 milyon 420 min ton', 3_420_000, null, 't']],
    ],
    [
      'tr "7 milyon 412 bin ton"',
      'tr',
      'Demiryoluyla 7 milyon 412 bin ton yük taşındı.',
      [['7 milyon 412 bin ton', 7_412_000, null, 't']],
    ],
    [
      'ru "один млн 73 тысячи тонн"',
      'ru',
      'Через порт перевалено один млн 73 тысячи тонн грузов.',
      [['один млн 73 тысячи тонн', 1_073_000, null, 't']],
    ],
    [
      'ru "2 млрд 300 млн"',
      'ru',
      'Инвестиции составили 2 млрд 300 млн рублей.',
      [['2 млрд 300 млн рублей', 2_300_000_000, null, 'RUB']],
    ],
    ['ru "96 тыс. TEU"', 'ru', 'Порт Актау обработал 96 тыс. TEU контейнеров.', [['96 тыс. TEU', 96_000, null, 'TEU']]],
    [
      'ru "12,6 млн. тонн"',
      'ru',
      'Объём перевалки составил 12,6 млн. тонн.',
      [['12,6 млн. тонн', 12_600_000, null, 't']],
    ],
    [
      'az "12,6 mln. ton"',
      'az',
      'Ötən il dəmir yolu ilə 12,6 mln. ton yük daşınıb.',
      [['12,6 mln. ton', 12_600_000, null, 't']],
    ],
    [
      'ru "полмиллиарда"',
      'ru',
      'Инвестиции в новый терминал составят полмиллиарда долларов.',
      [['полмиллиарда долларов', 5e8, null, 'USD']],
    ],
  ])('reads %s', (_name, lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('keeps the full stop out of en "$3 billion." at a sentence end', () => {
    expect(read('Last year trade reached $3 billion.', 'en')).toEqual([['$3 billion', 3e9, null, 'USD']])
  })

  it('reads ru "около полумиллиарда долларов" (genitive of "полмиллиарда") as about 5e8 USD', () => {
    const text = 'Инвестиции в терминал составят около полумиллиарда долларов.'
    const [found, ...rest] = findQuantities(text, 'ru')
    expect(rest).toEqual([])
    expect(found).toMatchObject({ value: 5e8, valueMax: null, unit: 'USD', qualifier: 'about' })
    expect(found && text.slice(found.start, found.end)).toBe('полумиллиарда долларов')
  })
})

describe('findQuantities: units glued by a hyphen, and hyphenated adjectives', () => {
  it.each<[string, string, string, Read[]]>([
    [
      'en "the 1,768-km line"',
      'en',
      'Work began on the 1,768-km line to the Black Sea coast.',
      [['1,768-km', 1768, null, 'km']],
    ],
    [
      'en "836-km section"',
      'en',
      'The railway’s 836-km section through Georgia was upgraded.',
      [['836-km', 836, null, 'km']],
    ],
  ])('reads %s', (_name, lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each([
    ['en "40-foot"', 'en', 'The terminal now handles 40-foot containers around the clock.'],
    ['ru "40-футового"', 'ru', 'Погрузка 40-футового контейнера на платформу занимает час.'],
  ])('finds no quantity in the adjective %s', (_name, lang, text) => {
    expect(read(text, lang)).toEqual([])
  })

  it('finds no quantity in en "a five-year deal" (number word + hyphen + noun)', () => {
    expect(read('The railways signed a five-year deal on transit tariffs.', 'en')).toEqual([])
  })
})

describe('findQuantities: ranges with an en dash', () => {
  it.each<[string, string, string, Read[]]>([
    ['tr', 'tr', 'Yeni hattın uzunluğu 380–400 kilometre olacak.', [['380–400 kilometre', 380, 400, 'km']]],
    ['az', 'az', 'Yeni dəmir yolunun uzunluğu 380–400 kilometr olacaq.', [['380–400 kilometr', 380, 400, 'km']]],
    ['en', 'en', 'The new line will be 380–400 kilometres long.', [['380–400 kilometres', 380, 400, 'km']]],
    ['ru', 'ru', 'Протяжённость дороги составит 380–400 километров.', [['380–400 километров', 380, 400, 'km']]],
  ])('reads a %s range', (_name, lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: numbers that are no figures', () => {
  it.each([
    ['an az anniversary "30 illiyi"', 'az', 'Diplomatik əlaqələrin qurulmasının 30 illiyi Bakıda qeyd olundu.'],
    ['a tr anniversary "30 yıldönümü"', 'tr', 'Diplomatik ilişkilerin 30 yıldönümü Ankara’da kutlandı.'],
    ['an en anniversary', 'en', 'Officials marked the 30th anniversary of diplomatic ties.'],
    ['a ru anniversary "30-летие"', 'ru', 'В Астане отметили 30-летие дипломатических отношений.'],
    ['an en "On Oct. 15, he met"', 'en', 'On Oct. 15, he met the Georgian prime minister in Tbilisi.'],
    ['the tr idiom "bir gün"', 'tr', 'Tüccar gidip gelmedikçe tren vagonları da bir gün boş dönmeye başlar.'],
    ['the az idiom "bir gün"', 'az', 'Yük olmasa, vaqonlar bir gün boş qayıdacaq.'],
    ['the en idiom "one day"', 'en', 'One day the wagons will return empty.'],
    ['the ru "one hour later" in words', 'ru', 'Через один час делегация покинула порт.'],
  ])('finds nothing in %s', (_name, lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

it('guard: a day in digits, or two in words, is still a length of time', () => {
  expect(
    read('Transit süresi 1 gün kısaldı, bekleme iki güne indi.', 'tr').map(([, value, , unit]) => [value, unit]),
  ).toEqual([
    [1, 'days'],
    [2, 'days'],
  ])
})

describe('findQuantities: depths, heights and lengths in metres; speeds in metres per second', () => {
  it.each<[string, string, Read[]]>([
    ['tr', 'Hemen yanına 420 metre uzunluğunda ikinci bir köprü inşa edilecek.', [['420 metre', 420, null, 'm']]],
    ['tr', 'Limana en fazla 9 metre su çekimli gemiler yanaşabiliyor.', [['9 metre', 9, null, 'm']]],
    ['az', 'Bəzi yanalma yerlərində dərinlik artıq 4,5 metrdən azdır.', [['4,5 metrdən', 4.5, null, 'm']]],
    ['az', 'Xəzərin səviyyəsi ötən il təxminən 30 santimetr aşağı düşüb.', [['30 santimetr', 0.3, null, 'm']]],
    ['en', 'The channel was deepened to 6 metres this summer.', [['6 metres', 6, null, 'm']]],
    [
      'en',
      'In September it stood at minus 29.3 metres relative to the Baltic datum.',
      [['29.3 metres', -29.3, null, 'm']],
    ],
    ['en', 'Gusts reached 32 m/s on Wednesday.', [['32 m/s', 32, null, 'm/s']]],
    ['az', 'Bəzi anlarda küləyin sürəti saniyədə 32 metrə çatıb.', [['32 metrə', 32, null, 'm/s']]],
    ['tr', 'Rüzgârın hızı saniyede 32 metreye ulaştı.', [['32 metreye', 32, null, 'm/s']]],
    [
      'ru',
      'Порывы ветра достигали 32 м/с, высота волн – 6 метров.',
      [
        ['32 м/с', 32, null, 'm/s'],
        ['6 метров', 6, null, 'm'],
      ],
    ],
    [
      'en',
      'The hub should handle 250,000 twenty-foot equivalent units a year.',
      [['250,000 twenty-foot equivalent units', 250000, null, 'TEU']],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, Read[]]>([
    ['tr', 'Merkez 412 bin metrekare alan üzerine kuruldu.', [['412 bin metrekare', 412e3, null, 'm2']]],
    ['tr', 'Hat yılda 500 milyon metreküp gaz taşıyacak.', [['500 milyon metreküp', 500e6, null, 'm3']]],
    ['en', 'ASCO took a $30m loan for the yard.', [['$30m', 30e6, null, 'USD']]],
  ])('guard: %s: %s keeps its unit', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: a level written with its minus sign', () => {
  it.each<[string, string, Read[]]>([
    ['az', 'Xəzərin səviyyəsi bu ilin iyul ayında -29,3 metrə enib.', [['29,3 metrə', -29.3, null, 'm']]],
    ['tr', 'Hazar’ın seviyesi temmuzda −29,3 metreye indi.', [['29,3 metreye', -29.3, null, 'm']]],
    ['en', 'The Caspian stood at -29.3 metres in July.', [['29.3 metres', -29.3, null, 'm']]],
    ['ru', 'Уровень Каспия в июле составил -29,3 метра.', [['29,3 метра', -29.3, null, 'm']]],
    ['en', 'Ships need 4-5 metres of water at the berth.', [['4-5 metres', 4, 5, 'm']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: basis points are hundredths of a percentage point', () => {
  it.each<[string, string, Read[]]>([
    [
      'en',
      'Net interest margin was 5.9%, down 20 basis points from the second quarter.',
      [
        ['5.9%', 5.9, null, 'percent'],
        ['20 basis points', 0.2, null, 'percent'],
      ],
    ],
    ['en', 'The central bank cut its rate by 75 bps.', [['75 bps', 0.75, null, 'percent']]],
    ['tr', 'Merkez Bankası politika faizini 50 baz puan indirdi.', [['50 baz puan', 0.5, null, 'percent']]],
    ['az', 'Mərkəzi Bank uçot dərəcəsini 25 baza bəndi endirib.', [['25 baza bəndi', 0.25, null, 'percent']]],
    ['ru', 'Нацбанк снизил базовую ставку на 25 базисных пунктов.', [['25 базисных пунктов', 0.25, null, 'percent']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findQuantities: percentage points written the Russian and Azerbaijani way', () => {
  it.each<[string, string, number]>([
    ['ru', 'Доля выросла на 2,5 п.п.', 2.5],
    ['ru', 'Доля экспорта выросла на 3 процентных пункта.', 3],
    ['az', 'Türkiyənin payı 2 faiz bəndi artıb.', 2],
  ])('%s: %s', (lang, text, value) => {
    expect(findQuantities(text, lang).map((q) => [q.value, q.unit])).toEqual([[value, 'percent']])
  })
})

describe('findQuantities: Uzbekistan’s sum', () => {
  it.each<[string, string, number]>([
    ['en', 'A small parcel to Türkiye now costs 118,000 soums.', 118000],
    ['ru', 'Посылка в Турцию стоит 118 тыс. сумов.', 118000],
  ])('%s: %s', (lang, text, value) => {
    expect(findQuantities(text, lang).map((q) => [q.value, q.unit])).toEqual([[value, 'UZS']])
  })

  it('guard: a sum of money is no currency ("на сумму 5 млн долларов")', () => {
    expect(findQuantities('Контракт на сумму 5 млн долларов.', 'ru').map((q) => q.unit)).toEqual(['USD'])
  })
})

describe('findQuantities: a number in the locative ends its phrase', () => {
  it('tr: "Radyo 1\'de saat on üç" is a station and a clock, no hour counted', () => {
    const text = "TRT Radyo 1'de saat on üç."
    expect(findQuantities(text, 'tr').map((q) => [text.slice(q.start, q.end), q.unit])).toEqual([['on üç', 'count']])
  })

  it('guard: a distributive suffix keeps its unit ("5\'er saat")', () => {
    const text = "Her kapıda 5'er saat bekledik."
    expect(findQuantities(text, 'tr').map((q) => [text.slice(q.start, q.end), q.value, q.unit])).toEqual([
      ["5'er saat", 5, 'hours'],
    ])
  })
})

describe('findQuantities: a range whose top is an ordinal is a range of ordinals', () => {
  it.each<[string, string, string[]]>([
    ['az', 'Ümumi təhsil müəssisələrinin 1–11-ci sinifləri üçün 9,6 milyon nüsxə dərslik çap edilib.', ['9,6 milyon']],
    ['tr', '1-4’üncü sınıflar için 2 milyon kitap basıldı.', ['2 milyon']],
    ['en', 'Pupils in the 5th–7th grades got 300 books.', ['300']],
  ])('%s: %s', (lang, text, expected) => {
    expect(findQuantities(text, lang).map((q) => text.slice(q.start, q.end))).toEqual(expected)
  })
})

describe('findQuantities: a half after a whole', () => {
  it.each<[string, string, [string, number, string][]]>([
    ['tr', 'İki buçuk milyon ton yük taşındı.', [['İki buçuk milyon ton', 2500000, 't']]],
    ['tr', 'Sınırda bir buçuk saat bekledik.', [['bir buçuk saat', 1.5, 'hours']]],
    ['en', 'Exports reached one and a half million tonnes.', [['one and a half million tonnes', 1500000, 't']]],
    ['en', 'I spent an hour and a half there.', [['an hour and a half', 1.5, 'hours']]],
    ['en', 'Drivers had waited a day and a half.', [['a day and a half', 1.5, 'days']]],
    ['ru', 'Экспорт составил полтора миллиона тонн.', [['полтора миллиона тонн', 1500000, 't']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])).toEqual(expected)
  })
})

describe('findQuantities: British English joins tens to hundreds with "and"', () => {
  it.each<[string, string, [string, number, string][]]>([
    ['en', 'The fleet grew by two hundred and fifty trucks.', [['two hundred and fifty', 250, 'count']]],
    [
      'en',
      'for a total amount of up to KZT 9,120,000,000 (nine billion one hundred and twenty million tenge);',
      [['KZT 9,120,000,000 (nine billion one hundred and twenty million tenge)', 9120000000, 'KZT']],
    ],
    [
      'en',
      'It carried a hundred trucks and twenty wagons.',
      [
        ['hundred', 100, 'count'],
        ['twenty', 20, 'count'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(findQuantities(text, lang).map((q) => [text.slice(q.start, q.end), q.value, q.unit])).toEqual(expected)
  })
})

describe('findQuantities: litres are thousandths of a cubic metre, a container’s size in litres is none', () => {
  it.each<[string, string, Read[]]>([
    ['az', '2025-ci ildə ölkədə 38 milyon litr pivə istehsal olunub.', [['38 milyon litr', 38_000, null, 'm3']]],
    ['tr', 'Yılda 2 milyon litre zeytinyağı ihraç ediliyor.', [['2 milyon litre', 2000, null, 'm3']]],
    ['en', 'The plant bottles 2 million litres of juice a year.', [['2 million litres', 2000, null, 'm3']]],
    ['ru', 'Ферма сдаёт 500 литров молока в день.', [['500 литров', 0.5, null, 'm3']]],
    ['az', '1 litr benzin 1,10 manata satılır.', [['1,10 manata', 1.1, null, 'AZN/l']]],
    ['az', '15 litrlik vedrəsi 95 manata satılır.', [['95 manata', 95, null, 'AZN']]],
    ['tr', '5 litrelik bidonlar 300 liradan satılıyor.', [['300 liradan', 300, null, 'TRY']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})
