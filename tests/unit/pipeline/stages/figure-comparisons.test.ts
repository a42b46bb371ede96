import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of the figure of `value` in an article of 16 October 2026. */
const yearOf = (lang: string, sentences: string[], value: number) =>
  extract(sentences, lang, '2026-10-16').find((f) => f.value === value)?.year

describe('frameYears: "a year earlier" compares, it does not move the story to that year', () => {
  it.each<[string, string[], number]>([
    [
      'ru',
      [
        'Транзит по территории Казахстана в январе–сентябре 2026 года составил 19,7 млн тонн.',
        'Годом ранее порты обработали 9,93 млн тонн.',
        'Перевалка контейнеров в портах Каспия достигла 86,3 тыс. ДФЭ.',
      ],
      86_300,
    ],
    [
      'en',
      [
        'Transit across Kazakhstan reached 19.7 million tonnes in January–September 2026.',
        'A year earlier the ports handled 9.93 million tonnes.',
        'Container handling at the Caspian ports reached 86,300 TEU.',
      ],
      86_300,
    ],
    [
      'tr',
      [
        'Kazakistan üzerinden transit 2026 yılının ocak-eylül döneminde 19,7 milyon ton oldu.',
        'Bir yıl önce limanlar 9,9 milyon ton yük elleçledi.',
        'Hazar limanlarında konteyner elleçlemesi 86 bin TEU’ya ulaştı.',
      ],
      86_000,
    ],
    [
      'az',
      [
        'Qazaxıstan ərazisindən tranzit 2026-cı ilin yanvar-sentyabr aylarında 19,7 milyon ton olub.',
        'Bir il əvvəl limanlar 9,9 milyon ton yük emal edib.',
        'Xəzər limanlarında konteyner daşımaları 86 min TEU-ya çatıb.',
      ],
      86_000,
    ],
  ])('%s: the figure after the comparison stays in 2026', (lang, sentences, value) => {
    expect(yearOf(lang, sentences, value)).toBe(2026)
  })
})

describe('findDates: months of last year, the year named first', () => {
  it.each<[string, string]>([
    ['az', 'Ötən il yanvar–aprel aylarında dəniz yolu ilə 2,27 milyon ton yük daşınıb.'],
    ['tr', 'Geçen yıl ocak-nisan döneminde deniz yoluyla 2,27 milyon ton yük taşındı.'],
    ['ru', 'В прошлом году в январе–апреле морем перевезено 2,27 млн тонн грузов.'],
    ['en', 'Last year, in January–April, 2.27 million tonnes were shipped by sea.'],
  ])('%s: %s', (lang, sentence) => {
    expect(yearOf(lang, [sentence], 2_270_000)).toBe(2025)
  })

  it('guard: "year-on-year in January–September" names no year first', () => {
    const sentence = 'Freight on the line rose 17% year-on-year in January–September to 1.6 million tonnes.'
    expect(yearOf('en', [sentence], 1_600_000)).toBe(2026)
  })
})

describe('changeDirection: a percentage less or lower than its base is a fall', () => {
  /** The value and metric of the percentage a sentence gives. */
  const percentOf = (lang: string, sentence: string) => {
    const found = extract([sentence], lang, '2026-05-20').find((f) => f.unit === 'percent')
    return [found?.value, found?.metric.endsWith('-growth')]
  }

  it.each<[string, string, number]>([
    ['az', 'Dəniz yolu ilə daşınan yük ötən ilin eyni dövrü ilə müqayisədə 1,8 faiz azdır.', -1.8],
    ['tr', 'Bu rakam geçen yılın aynı dönemine göre yüzde 18 daha düşük.', -18],
    ['ru', 'Объем перевалки в порту на 8% меньше, чем годом ранее.', -8],
    ['en', 'Port throughput was 8% lower than a year earlier.', -8],
    ['ru', 'Детский билет – на 50% дешевле взрослого.', -50],
    ['en', 'A child’s ticket is 50% cheaper than an adult’s.', -50],
    ['tr', 'Çocuk bileti yetişkin biletinden yüzde 50 daha ucuz.', -50],
    ['az', 'Uşaq bileti böyüklər üçün olandan 50 faiz ucuzdur.', -50],
  ])('%s: %s', (lang, sentence, value) => {
    expect(percentOf(lang, sentence)).toEqual([value, true])
  })

  it.each<[string, string, number]>([
    ['tr', 'Bu rakam geçen yılın aynı dönemine göre yüzde 18 daha fazla.', 18],
    ['az', 'Daşınan yük ötən ilin eyni dövrü ilə müqayisədə 12 faiz çoxdur.', 12],
  ])('guard: %s: more than its base stays a rise: %s', (lang, sentence, value) => {
    expect(percentOf(lang, sentence)).toEqual([value, true])
  })

  it.each<[string, string]>([
    ['az', 'Ləğv haqqı tur qiymətinin 10 faizidir (lakin 150 avrodan az olmamaqla).'],
    ['tr', 'Tur bedelinin yüzde 10’u (150 avrodan az olmamak üzere) kesilir.'],
  ])('guard: %s: "not less than" another amount bounds it, no fall: %s', (lang, sentence) => {
    expect(percentOf(lang, sentence)).toEqual([10, false])
  })
})

describe('draftFor: a number inside a quoted name is part of the name', () => {
  it.each<[string, string]>([
    ['ru', 'Дильноза Каримова, Шухрат Ахмедов, «Евразия 24», Навои.'],
    ['tr', 'Haberi “Kanal 7” muhabiri Ayşe Demir aktardı.'],
  ])('%s: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-06-05')).toEqual([])
  })

  it('guard: a quoted number of things outside a name stays ("“12 new ferries”")', () => {
    const found = extract(['The plan, titled “12 new ferries”, was approved.'], 'en', '2026-06-05')
    expect(found.map((f) => f.value)).toContain(12)
  })
})

describe('figurePeriod: the days of the report’s own week are its year', () => {
  const FRAME: Record<string, string> = {
    en: 'In 2025 Kazakhstan exported 9 million tonnes of wheat.',
    tr: 'Kazakistan 2025 yılında 9 milyon ton buğday ihraç etti.',
    az: 'Qazaxıstan 2025-ci ildə 9 milyon ton buğda ixrac edib.',
    ru: 'В 2025 году Казахстан экспортировал 9 млн тонн пшеницы.',
  }

  it.each<[string, string, number]>([
    ['en', 'Milling wheat traded at $236 a tonne FOB Aktau on Tuesday.', 236],
    ['tr', 'Kazak buğdayı bu hafta ton başına 228 dolardan işlem gördü.', 228],
    ['az', 'Bu həftə buğdanın hər tonu 230 dollara satılıb.', 230],
    ['ru', 'На этой неделе пшеница торговалась по 240 долларов за тонну.', 240],
  ])('%s: %s', (lang, sentence, value) => {
    const found = extract([FRAME[lang] ?? '', sentence], lang, '2026-09-23').find((f) => f.value === value)
    expect(found?.year).toBe(2026)
  })
})

describe('changeDirection: a verb of cutting or easing, maybe before its object and "by", makes a fall', () => {
  const percentOf = (lang: string, sentence: string) =>
    extract([sentence], lang, '2026-05-20').find((f) => f.unit === 'percent')?.value

  it.each<[string, string, number]>([
    ['en', 'Jafarov expects spot rates to ease by about 15% by April.', -15],
    ['en', 'Digitising permits could cut total transit time on the road leg of the corridor by up to 40%.', -40],
    ['en', 'The new ferries reduced waiting times at Alat by 25% last year.', -25],
    ['ru', 'Цифровые разрешения позволят сократить время на границе на 40%.', -40],
    ['tr', 'Yeni sistem bekleme süresini yüzde 40 azaltacak.', -40],
    ['az', 'Yeni sistem gözləmə müddətini 40 faiz azaldacaq.', -40],
    ['tr', 'Yetkililer, elektronik sıra sisteminin bekleme süresini %40 kısaltmasını bekliyor.', -40],
    ['az', 'Elektron növbə sistemi gözləmə müddətini 40 faiz qısaldacaq.', -40],
    ['ru', 'Электронная очередь обеспечит сокращение времени ожидания на 40%.', -40],
    ['ru', 'Ожидается снижение тарифа на 12%.', -12],
    ['tr', 'Tarifelerin yüzde 15 indirilmesi planlanıyor.', -15],
    ['az', 'Tariflərin 15 faiz endirilməsi nəzərdə tutulur.', -15],
  ])('%s: %s', (lang, sentence, value) => {
    expect(percentOf(lang, sentence)).toBe(value)
  })

  it.each<[string, string, number]>([
    ['en', 'Exports fell in March, while imports grew by 5% on the year.', 5],
    ['en', 'The port plans to raise capacity by up to 40% by 2028.', 40],
  ])('guard: %s: the nearer verb of rise decides, and "up to" tells no direction: %s', (lang, sentence, value) => {
    expect(percentOf(lang, sentence)).toBe(value)
  })
})

describe('figurePeriod: a year that dates a change’s start ("2023-cü ildəki", "from 2,500 in 2022 to") dates only it', () => {
  const yearsOf = (lang: string, sentences: string[]) =>
    extract(sentences, lang, '2025-12-29').map((f) => [f.value, f.year])

  it.each<[string, string[], (number | null)[][]]>([
    [
      'az',
      [
        'Bir platformanın gündəlik icarə haqqı 2023-cü ildəki 18 dollardan 27 dollara qalxıb.',
        'KTZ ilin əvvəlində zavodlara 2 000 yeni vaqon sifariş edib.',
      ],
      [
        [18, 2023],
        [27, 2025],
        [2000, 2025],
      ],
    ],
    [
      'tr',
      ['Şirketin konteyner filosu 2022’deki 2.500 adetten 8.000 adede ulaştı.', 'Şirket bu yıl 900 yeni vagon aldı.'],
      [
        [2500, 2022],
        [8000, 2025],
        [900, 2025],
      ],
    ],
    [
      'en',
      [
        'The company’s container fleet grew from 2,500 units in 2022 to 8,000 units.',
        'KTZ ordered 2,000 new wagons at the start of the year.',
      ],
      [
        [2500, 2022],
        [8000, 2025],
        [2000, 2025],
      ],
    ],
    [
      'ru',
      [
        'Парк контейнеров компании вырос с 2 500 единиц в 2022 году до 8 000.',
        'КТЖ в начале года заказала 2 000 новых вагонов.',
      ],
      [
        [2500, 2022],
        [8000, 2025],
        [2000, 2025],
      ],
    ],
  ])('%s', (lang, sentences, expected) => {
    expect(yearsOf(lang, sentences)).toEqual(expected)
  })

  it('guard: az: a year in the locative dates the whole change', () => {
    expect(yearsOf('az', ['2023-cü ildə icarə haqqı 18 dollardan 27 dollara qalxıb.'])).toEqual([
      [18, 2023],
      [27, 2023],
    ])
  })
})

describe('frameYears: the same stretch of an earlier year is a comparison’s background, not the story’s year', () => {
  it.each<[string, string[], number, number]>([
    [
      'tr',
      [
        'Lif pamuğun tonu bu hafta 1.745 dolara yükseldi.',
        'Geçen yılın aynı haftasında ton fiyatı 1.890 dolar seviyesindeydi.',
        'Kamyon navlunu tır başına 4.300 dolar oldu.',
      ],
      1_890,
      4_300,
    ],
    [
      'az',
      [
        'Bu həftə buğdanın tonu 230 dollara qalxıb.',
        'Ötən ilin eyni həftəsində qiymət 255 dollar olub.',
        'Aktauda gözləyən vaqonların sayı 640-a çatıb.',
      ],
      255,
      640,
    ],
    [
      'en',
      [
        'Ferry rates rose to $1,350 per truck this week.',
        'In the same week last year the rate stood at $1,100.',
        'Some 220 trucks were waiting at Kuryk.',
      ],
      1_100,
      220,
    ],
    [
      'ru',
      [
        'Ставка фрахта выросла до 25 долларов за тонну.',
        'За аналогичную неделю прошлого года ставка составляла 21 доллар.',
        'В очереди на паром стояли 310 грузовиков.',
      ],
      21,
      310,
    ],
    [
      'az',
      [
        'Bir ton buğdanın orta idxal qiyməti 241 dollar olub.',
        'Ötən ilin müvafiq dövründə orta qiymət 257 dollar olub.',
        'İyun ayında buğda idxalı 148 min ton olub.',
      ],
      257,
      148_000,
    ],
    [
      'ru',
      [
        'Средняя цена тонны пшеницы составила 241 доллар.',
        'В соответствующем периоде прошлого года она составляла 257 долларов.',
        'В июне импорт пшеницы составил 148 тыс. тонн.',
      ],
      257,
      148_000,
    ],
    [
      'en',
      [
        'The average price of a tonne of wheat was $241.',
        'In the corresponding period last year it was $257.',
        'Wheat imports in June came to 148,000 tonnes.',
      ],
      257,
      148_000,
    ],
  ])('%s', (lang, sentences, back, after) => {
    expect([yearOf(lang, sentences, back), yearOf(lang, sentences, after)]).toEqual([2025, 2026])
  })
})

describe('changeDirection: a Turkic noun of change before the percent names its way', () => {
  const signed = (lang: string, sentence: string) =>
    extract([sentence], lang, '2026-05-22').map((f) => [f.value, f.label])
  it.each<[string, string, number]>([
    ['tr', 'Yıllık bazda düşüş yüzde 7,7 oldu.', -7.7],
    ['tr', 'İhracattaki gerileme yüzde 4 olarak gerçekleşti.', -4],
    ['tr', 'Aylık artış yüzde 2,1 oldu.', 2.1],
    ['az', 'İllik artım 9,5 faiz təşkil edib.', 9.5],
    ['az', 'Yük daşımalarında azalma 3,2 faiz olub.', -3.2],
  ])('%s: %s', (lang, sentence, value) => {
    const [figure] = signed(lang, sentence)
    expect(figure?.[0]).toBe(value)
    expect(String(figure?.[1])).toMatch(/growth$/u)
  })

  it.each<[string, string]>([
    ['tr', 'Limanın pazardaki payı yüzde 7,7 oldu.'],
    ['az', 'Tranzitin payı 9,5 faiz təşkil edib.'],
  ])('guard: %s: a share stays a share: %s', (lang, sentence) => {
    const [figure] = signed(lang, sentence)
    expect(String(figure?.[1])).not.toMatch(/growth$/u)
  })
})

describe('periodOf: a change beside the same stretch of last year, in the next clause, is this year’s', () => {
  it.each<[string, string, number]>([
    ['tr', 'Geçen yılın aynı döneminde bu sayı 31’di; artış yaklaşık üç kat.', 3],
    ['az', 'Ötən ilin eyni dövründə bu rəqəm 40 idi; artım təxminən iki dəfədir.', 2],
    ['en', 'In the same period last year there were 31 trains; the increase was about 200%.', 200],
    ['ru', 'За аналогичный период прошлого года их было 31; рост составил около 30%.', 30],
  ])('%s: %s', (lang, sentence, value) => {
    const figure = extract([sentence], lang, '2026-07-30').find((f) => f.value === value)
    expect(figure?.year).toBe(2026)
  })
})

describe('frameYears: a previous record is background; its year moves no frame', () => {
  it.each<[string, string[], number]>([
    [
      'en',
      [
        'The company raised $250 million.',
        'The previous record, $120 million, was set last year.',
        'The bonds pay 6.85%.',
      ],
      6.85,
    ],
    [
      'tr',
      [
        'Şirket 250 milyon dolar topladı.',
        'Önceki rekor geçen yıl 120 milyon dolarla kırıldı.',
        'Tahviller yüzde 6,85 faiz ödüyor.',
      ],
      6.85,
    ],
    [
      'az',
      [
        'Şirkət 250 milyon dollar cəlb edib.',
        'Əvvəlki rekord ötən il 120 milyon dollar olub.',
        'İstiqrazların gəliri 6,85 faizdir.',
      ],
      6.85,
    ],
    [
      'ru',
      [
        'Компания привлекла 250 млн долларов.',
        'Предыдущий рекорд — 120 млн долларов — был установлен в прошлом году.',
        'Купон составил 6,85%.',
      ],
      6.85,
    ],
  ])('%s', (lang, sentences, value) => {
    expect(yearOf(lang, sentences, value)).toBe(2026)
  })
})

describe('periodOf: "a year earlier" with no year in its sentence is the year before the narrative’s', () => {
  it.each<[string, string[], number, number]>([
    [
      'ru',
      ['В 2025 году Казахстан добыл 25,8 тыс. тонн урана.', 'Годом ранее добыча составила 23,3 тыс. тонн.'],
      23_300,
      2024,
    ],
    [
      'en',
      ['In 2025 Kazakhstan mined 25,800 tonnes of uranium.', 'A year earlier output was 23,300 tonnes.'],
      23_300,
      2024,
    ],
  ])('%s', (lang, sentences, value, year) => {
    expect(yearOf(lang, sentences, value)).toBe(year)
  })

  it('guard: "iki il əvvəl" counts back from now (az, 2026)', () => {
    const sentences = ['2025-ci ildə gözləmə müddəti 3 gün olub.', 'İki il əvvəl gözləmə müddəti 7 gün idi.']
    expect(yearOf('az', sentences, 7)).toBe(2024)
  })
})

describe('readKind: an estimate told in the past measured what was (ru)', () => {
  it('"в 2025 году оценивался в 2,4 млрд долларов" is achieved, and the share beside it too', () => {
    const found = extract(
      [
        'Фармацевтический рынок в 2025 году оценивался в 2,4 млрд долларов, при этом около 70% лекарств страна импортирует.',
      ],
      'ru',
      '2026-10-14',
    ).map((f) => [f.value, f.kind, f.year])
    expect(found).toEqual([
      [2.4e9, 'achieved', 2025],
      [70, 'achieved', 2025],
    ])
  })

  it('guard: "оценивается в 3 млрд долларов к 2030 году" stays a forecast', () => {
    const [figure] = extract(['Рынок оценивается в 3 млрд долларов к 2030 году.'], 'ru', '2026-10-14')
    expect(figure?.kind).toBe('forecast')
  })
})

describe('isBase: a change’s size right before "from" and a year makes that year its base', () => {
  it.each<[string, string, number]>([
    ['en', 'Ferries carried 1.2 million tonnes, up 9% from 2024.', 9],
    ['en', 'Imports fell 4% from 2024 to $2 billion.', -4],
  ])('%s: %s', (lang, sentence, value) => {
    const figure = extract([sentence], lang, '2026-03-05').find((f) => f.value === value)
    expect(figure?.year).toBe(2025)
  })

  it('guard: "к 2030 году" after a planned size is still the plan’s deadline (ru)', () => {
    const [figure] = extract(['Перевозки планируется увеличить на 30% к 2030 году.'], 'ru', '2026-03-05')
    expect([figure?.kind, figure?.deadline]).toEqual(['target', '2030'])
  })
})

describe('frameYears: a gallery’s caption stands alone, with no year from the caption before', () => {
  it.each<[string, string[], number]>([
    [
      'az',
      [
        '3/10 – Meyvə şirələri. 2025-ci ildə Qazaxıstana 12,6 min ton şirə ixrac olunub.',
        '5/10 – Konservlər. Müəssisələrin sayı 186-ya çatıb.',
      ],
      186,
    ],
    [
      'tr',
      [
        '3/10 – Meyve suları. 2025’te Kazakistan’a 12,6 bin ton meyve suyu satıldı.',
        '5/10 – Konserveler. Sertifikalı firma sayısı 186’ya ulaştı.',
      ],
      186,
    ],
    [
      'en',
      [
        '3/10 – Juices. In 2025 Azerbaijan sold 12,600 tonnes of juice to Kazakhstan.',
        '5/10 – Canned food. 186 plants now hold halal certificates.',
      ],
      186,
    ],
    [
      'ru',
      [
        '3/10 – Соки. В 2025 году в Казахстан продано 12,6 тыс. тонн соков.',
        '5/10 – Консервы. Сертификаты получили 186 предприятий.',
      ],
      186,
    ],
  ])('%s', (lang, sentences, value) => {
    expect(yearOf(lang, sentences, value)).not.toBe(2025)
  })
})

describe('a percent written with its sign is a change that way', () => {
  const changes = (lang: string, sentence: string) =>
    extract([sentence], lang, '2026-07-17')
      .filter((f) => f.unit === 'percent')
      .map((f) => f.value)
  it.each<[string, string, number[]]>([
    ['az', 'Rusiya — 152,9 min ton — ötən illə müqayisədə -21,3%', [-21.3]],
    ['tr', 'Kazakistan — 641,7 bin ton — geçen yıla göre +18,4%', [18.4]],
    ['en', 'Kazakhstan: 641,700 tonnes, year on year −4.2%', [-4.2]],
    ['ru', 'Казахстан — 641,7 тыс. тонн — к прошлому году +18,4%', [18.4]],
    ['en', 'The share of rail rose to 3-4% of the total.', [3]],
  ])('%s: %s', (lang, sentence, values) => {
    expect(changes(lang, sentence)).toEqual(values)
  })

  it('guard: a telephone code after a plus is no figure', () => {
    expect(extract(['Məlumat üçün +994 12 345 67 89 nömrəsinə zəng edin.'], 'az', '2026-07-17')).toEqual([])
  })
})
