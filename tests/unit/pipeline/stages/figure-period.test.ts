import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { extract, makeInput } from './figure-input'

/** The year of each figure the sentences give, in order. */
const years = (sentences: string[], lang: string, published: string | null = '2025-10-21') =>
  extract(sentences, lang, published).map((f) => [f.words, f.year])

describe('periodOf: the article’s running year frames figures that give none', () => {
  it.each<[string, string, string[]]>([
    [
      'az "2025-ci ildə …" then "… təşkil edib"',
      'az',
      [
        '2025-ci ildə Ələt limanında 7,2 milyon ton yük aşırılıb.',
        'Konteyner daşımalarının həcmi isə 88 min TEU olub.',
      ],
    ],
    [
      'tr "2025 yılında …" then "… oldu"',
      'tr',
      ['Liman 2025 yılında 7,2 milyon ton yük elleçledi.', 'Konteyner taşımacılığı 96 bin TEU oldu.'],
    ],
    [
      'en "In 2025 …" then "… amounted to"',
      'en',
      ['In 2025 the port handled 7.2 million tonnes of cargo.', 'Container traffic amounted to 96,000 TEU.'],
    ],
    [
      'ru "В 2025 году …" then "… составили"',
      'ru',
      ['В 2025 году порт перевалил 7,2 млн тонн грузов.', 'Контейнерные перевозки составили 96 тысяч TEU.'],
    ],
  ])('%s: both figures are 2025', (_name, lang, sentences) => {
    expect(extract(sentences, lang, '2026-01-20').map((f) => f.year)).toEqual([2025, 2025])
  })

  it('frames an undated article by the latest year it states (az)', () => {
    const sentences = [
      '2025-ci ildə Ələt limanında 7,2 milyon ton yük aşırılıb.',
      'Konteyner daşımalarının həcmi isə 88 min TEU olub.',
    ]
    expect(years(sentences, 'az', null)).toEqual([
      ['7,2 milyon ton', 2025],
      ['88 min TEU', 2025],
    ])
  })

  it('in an undated article, a plan’s year said once does not outweigh the report’s (ru)', () => {
    const sentences = [
      'В 2025 году порт перевалил 7,2 млн тонн грузов, в 2025 году открыт новый терминал.',
      'План на 2027 год — 9 млн тонн.',
      'Контейнерные перевозки составили 96 тысяч TEU.',
    ]
    expect(years(sentences, 'ru', null).at(-1)).toEqual(['96 тысяч TEU', 2025])
  })

  it.each<[string, string[]]>([
    [
      'az',
      [
        '2025-ci ildə Ələt limanında 7,2 milyon ton yük aşırılıb.',
        'Yeni terminalın 2029-cu ildə istismara veriləcəyi bildirilib.',
        'Konteyner daşımalarının həcmi isə 88 min TEU olub.',
      ],
    ],
    [
      'en',
      [
        'In 2025 the port handled 7.2 million tonnes of cargo.',
        'In 2029 a new terminal will open.',
        'Container traffic amounted to 96,000 TEU.',
      ],
    ],
  ])(
    '%s: in an undated article, a year told in the future is no “now” that would push the report’s year out',
    (lang, sentences) => {
      expect(years(sentences, lang, null).at(-1)?.[1]).toBe(2025)
    },
  )

  it.each<[string, string, string[]]>([
    [
      'en',
      'Season 2026 in numbers',
      [
        'When we started moving live animals across the Caspian back in 2023, people told us it was a niche.',
        'Here is where we stand this year so far:',
        '▪️ 61,500 sheep shipped out of Kazakhstan across the Caspian',
        '➡️ A new, larger vessel joins the line in spring 2027, with room for 6,500 sheep per voyage',
        'Our livestock trucks waited up to 14 hours at the border last month.',
      ],
    ],
    [
      'tr',
      '2026 sezonu rakamlarla',
      [
        '2023 yılında Hazar üzerinden canlı hayvan taşımaya başladığımızda bunun niş bir iş olduğunu söylediler.',
        'Bu yıl şimdiye kadar 61.500 koyun taşıdık.',
        'Yeni ve daha büyük gemimiz 2027 baharında hatta katılıyor.',
        'Geçen ay sınırda kamyonlarımız 14 saate kadar bekledi.',
      ],
    ],
    [
      'ru',
      'Сезон 2026 в цифрах',
      [
        'Когда в 2023 году мы начали возить скот через Каспий, нам говорили, что это ниша.',
        'В этом году мы уже перевезли 61 500 овец.',
        'Новое, более крупное судно выходит на линию весной 2027 года.',
        'В прошлом месяце наши грузовики простояли на границе до 14 часов.',
      ],
    ],
  ])(
    '%s: an undated post’s headline year is its now: “this year” takes the frame back, and a plan’s 2027 frames nothing',
    (lang, title, sentences) => {
      const input = makeInput(sentences, lang, null)
      const figures = extractFigures({ ...input, article: { ...input.article, title } })
      const yearOf = (value: number) => figures.find((f) => f.value === value)?.year
      expect(yearOf(61500)).toBe(2026)
      expect(yearOf(14)).not.toBe(2027)
      expect(yearOf(14)).not.toBe(2023)
    },
  )

  it('guard: an undated article whose headline states no year keeps the body’s latest year as its now', () => {
    const input = makeInput(['In 2025 the port handled 7.2 million tonnes of cargo.'], 'en', null)
    const figures = extractFigures({ ...input, article: { ...input.article, title: 'The port in numbers' } })
    expect(figures.map((f) => f.year)).toEqual([2025])
  })

  it.each<[string, string[]]>([
    [
      'en',
      [
        'Foot passengers now use the new passenger terminal at Alat, opened in October 2025.',
        'Day 11 – Baku to Ganja (about 360 km, 5 hours by train).',
      ],
    ],
    [
      'tr',
      [
        "Yolcular artık 2025'te açılan yeni terminali kullanıyor.",
        'Bakü–Gence arası yaklaşık 360 km ve trenle 5 saat sürüyor.',
      ],
    ],
    [
      'ru',
      [
        'Пассажиры пользуются новым терминалом в Алате, открытым в октябре 2025 года.',
        'Дорога от Баку до Гянджи занимает около 5 часов.',
      ],
    ],
  ])('%s: a thing’s own past told by its participle ("opened in October 2025") moves no frame', (lang, sentences) => {
    const figures = extract(sentences, lang, '2026-01-19')
    expect(figures.length).toBeGreaterThan(0)
    expect(figures.map((f) => f.year)).not.toContain(2025)
  })

  it('guard: an article that states no year leaves figures undated', () => {
    expect(years(['Контейнерные перевозки составили 96 тысяч TEU.'], 'ru', null)).toEqual([['96 тысяч TEU', null]])
  })

  it.each<[string, string[]]>([
    ['en', ['2025 results in brief', '– Revenue: KZT 742.5 billion (+2.4%)']],
    ['tr', ['2025 sonuçları özetle', '– Net satışlar: 6,74 milyar TL']],
    ['az', ['2025 nəticələri qısaca', '– Gəlir: 742,5 milyard tenge']],
    ['ru', ['2025 итоги года кратко', '– Выручка: 742,5 млрд тенге']],
  ])('%s: a heading opened by its year frames the list under it', (lang, sentences) => {
    const figures = extract(sentences, lang, '2026-04-20')
    expect(figures.map((f) => f.year)).toEqual(figures.map(() => 2025))
    expect(figures.length).toBeGreaterThan(0)
  })

  it.each<[string, string[]]>([
    [
      'ru',
      [
        'Рынок вырос до 410 млн долларов.',
        'Для сравнения: в 2023 году поставки составили 0,7 млн долларов.',
        'Пошлина составляет 15%.',
      ],
    ],
    [
      'en',
      ['The market grew to $410 million.', 'For comparison, in 2023 imports were $0.7 million.', 'The duty is 15%.'],
    ],
  ])('%s: a year given "for comparison" moves no frame', (lang, sentences) => {
    expect(extract(sentences, lang, '2026-04-20').at(-1)?.year).toBe(2026)
  })

  it.each<[string, string, string[]]>([
    [
      'az "(2023 – 6,7 milyon ton)"',
      'az',
      [
        'Limanda 7,2 milyon ton yük aşırılıb (2023 – 6,7 milyon ton).',
        'Konteyner daşımalarının həcmi isə 88 min TEU olub.',
      ],
    ],
    [
      'en "(2023: 6.7 million tonnes)"',
      'en',
      ['The port handled 7.2 million tonnes (2023: 6.7 million tonnes).', 'Container traffic amounted to 96,000 TEU.'],
    ],
  ])('never frames the narrative with a parenthetical year, %s', (_name, lang, sentences) => {
    expect(extract(sentences, lang, '2026-01-20').map((f) => f.year)).toEqual([null, 2023, null])
  })
})

describe('periodOf: a pluperfect tells a past before the story’s and moves no frame', () => {
  it.each<[string, string, string[]]>([
    [
      'az "… olmuşdu"',
      'az',
      [
        '2025-ci ilin yanvar-sentyabr aylarında ticarət dövriyyəsi 1,6 milyard dollar təşkil edib.',
        '2024-cü ilin yanvar-sentyabr aylarında dövriyyə 1,4 milyard dollar olmuşdu.',
        'Qazaxıstanla ticarət dövriyyəsi 412,6 milyon dollar olub.',
      ],
    ],
    [
      'tr "… olmuştu"',
      'tr',
      [
        '2025 yılının ocak-eylül döneminde ticaret hacmi 1,6 milyar dolar oldu.',
        '2024 yılının aynı aylarında hacim 1,4 milyar dolar olmuştu.',
        'Kazakistan ile ticaret 412,6 milyon dolar oldu.',
      ],
    ],
    [
      'en "had reached"',
      'en',
      [
        'In January-September 2025 trade turnover amounted to $1.6 billion.',
        'In the same months of 2024 it had reached $1.4 billion.',
        'Trade with Kazakhstan amounted to $412.6 million.',
      ],
    ],
  ])('%s', (_name, lang, sentences) => {
    expect(extract(sentences, lang, '2025-10-21').map((f) => f.year)).toEqual([2025, 2024, 2025])
  })

  it('az "artmışdır" is a perfect, not a pluperfect: it frames as before', () => {
    const sentences = [
      '2024-cü ildə ticarət dövriyyəsi 1,4 milyard dollara qədər artmışdır.',
      'Qazaxıstanla ticarət dövriyyəsi 412,6 milyon dollar olub.',
    ]
    expect(extract(sentences, 'az', '2025-10-21').map((f) => f.year)).toEqual([2024, 2024])
  })
})

describe('periodOf: a comparison’s base is never the figure’s year', () => {
  it.each<[string, string, string, (number | null)[]]>([
    [
      'tr "geçen yılın aynı dönemine göre": this year’s months against last year’s (see figure-period-same-period)',
      'tr',
      'Kazakistan’ın Türkiye’ye ihracatı geçen yılın aynı dönemine göre yüzde 12 artarak 1,8 milyar dolara ulaştı.',
      [2025, 2025],
    ],
    [
      'en "than in the same period last year", the period being January–September',
      'en',
      'Exports rose 12% to $1.8 billion in January–September, more than in the same period last year.',
      [2025, 2025],
    ],
    [
      'ru "чем за январь – сентябрь прошлого года"',
      'ru',
      'Экспорт вырос на 12% и составил 1,8 млрд долларов, что больше, чем за январь – сентябрь прошлого года.',
      [null, null],
    ],
    [
      'az "2023-cü illə müqayisədə": a rise over a finished base year is the next year’s',
      'az',
      'Ticarət dövriyyəsi 2023-cü illə müqayisədə 12 faiz artaraq 1,8 milyard dollar təşkil edib.',
      [2024, 2024],
    ],
  ])('%s', (_name, lang, sentence, expected) => {
    expect(extract([sentence], lang).map((f) => f.year)).toEqual(expected)
  })

  it('dates en "$1.8 billion in January–September, 12% more than in the same period last year" to 2025', () => {
    const sentence = 'Exports rose to $1.8 billion in January–September, 12% more than in the same period last year.'
    expect(years([sentence], 'en')).toEqual([
      ['$1.8 billion', 2025],
      ['12%', 2025],
    ])
  })
})

describe('periodOf: the start of a span up to now is never the figure’s year', () => {
  it.each([
    ['az "2018-ci ildən bəri"', 'az', '2018-ci ildən bəri limandan 5 milyon tondan çox taxıl keçib.'],
    ['tr "2018 yılından bu yana"', 'tr', '2018 yılından bu yana limandan 5 milyon tondan fazla tahıl geçti.'],
    ['ru "с начала 2018 года"', 'ru', 'С начала 2018 года через порт перевалено 5 млн тонн зерна.'],
  ])('%s', (_name, lang, sentence) => {
    expect(extract([sentence], lang).map((f) => f.year)).toEqual([null])
  })

  it('gives en "Since 2018, … have passed" no year: the present perfect sums up to now, it is no present state', () => {
    expect(years(['Since 2018, more than 5 million tonnes of grain have passed through the port.'], 'en')).toEqual([
      ['5 million tonnes', null],
    ])
  })

  it('does not date ru "С 2018 года через порт прошло более 5 млн тонн зерна" to 2018', () => {
    expect(years(['С 2018 года через порт прошло более 5 млн тонн зерна.'], 'ru')).toEqual([['5 млн тонн', null]])
  })
})

describe('periodOf: the present dates a figure to the publication year, over the running frame', () => {
  it.each<[string, string, string[]]>([
    [
      'az "hazırda"',
      'az',
      ['Ötən il Ələt limanında 7 milyon ton yük aşırılıb.', 'Hazırda limanda 40 min TEU konteyner saxlanılır.'],
    ],
    [
      'tr "faaliyet gösteriyor"',
      'tr',
      ['Geçen yıl limanda 7 milyon ton yük elleçlendi.', 'Limanda şu anda 12 terminal faaliyet gösteriyor.'],
    ],
    [
      'en "currently operates"',
      'en',
      ['Last year the port handled 7 million tonnes of cargo.', 'The port currently operates 12 container terminals.'],
    ],
    [
      'ru "сейчас … работают"',
      'ru',
      ['В прошлом году порт перевалил 7 млн тонн грузов.', 'Сейчас в порту работают 12 терминалов.'],
    ],
  ])('%s', (_name, lang, sentences) => {
    expect(extract(sentences, lang).map((f) => f.year)).toEqual([2024, 2025])
  })
})

describe('periodOf: a span up to now gives no year, even inside a running frame', () => {
  it.each<[string, string, string[]]>([
    [
      'az "son üç ildə"',
      'az',
      ['2024-cü ildə limanda 7 milyon ton yük aşırılıb.', 'Son üç ildə limanda 12 milyon ton taxıl aşırılıb.'],
    ],
    [
      'tr "son 3 yılda"',
      'tr',
      ['Liman 2024 yılında 7 milyon ton yük elleçledi.', 'Son 3 yılda limandan 12 milyon ton tahıl geçti.'],
    ],
    [
      'en "over the past three years"',
      'en',
      [
        'In 2024 the port handled 7 million tonnes of cargo.',
        'Over the past three years it shipped 12 million tonnes of grain.',
      ],
    ],
    [
      'ru "за последние три года"',
      'ru',
      ['В 2024 году порт перевалил 7 млн тонн грузов.', 'За последние три года через него прошло 12 млн тонн зерна.'],
    ],
  ])('%s', (_name, lang, sentences) => {
    expect(extract(sentences, lang).map((f) => f.year)).toEqual([2024, null])
  })
})

describe('periodOf: "this year" is a target’s deadline, the publication year', () => {
  it.each([
    ['tr "bu yıl"', 'tr', 'Ticaret hacminin bu yıl 2 milyar dolara çıkarılması hedefleniyor.'],
    ['az "bu il"', 'az', 'Bu il ticarət dövriyyəsinin 2 milyard dollara çatdırılması nəzərdə tutulur.'],
    ['en "this year"', 'en', 'The sides plan to raise trade turnover to $2 billion this year.'],
    ['ru "в текущем году"', 'ru', 'В текущем году товарооборот планируется довести до 2 млрд долларов.'],
  ])('%s', (_name, lang, sentence) => {
    expect(extract([sentence], lang).map((f) => [f.kind, f.year, f.deadline])).toEqual([['target', null, '2025']])
  })
})

describe('periodOf: a clause’s own "this year" beats another clause’s deadline', () => {
  it.each([
    [
      'tr',
      'Taraflar ticaret hacmini 2030 yılına kadar 10 milyar dolara çıkarmayı hedefliyor, analistler ise ticaretin bu yıl 5 milyar doları aşmasını bekliyor.',
    ],
    [
      'az',
      'Tərəflər ticarət dövriyyəsini 2030-cu ilədək 10 milyard dollara çatdırmağı hədəfləyir, analitiklər isə dövriyyənin bu il 5 milyard dolları keçəcəyini gözləyir.',
    ],
    [
      'en',
      'The sides intend to raise trade to $10 billion by 2030, and analysts expect trade to exceed $5 billion as early as this year.',
    ],
    [
      'ru',
      'Стороны намерены довести товарооборот до 10 млрд долларов к 2030 году, а аналитики ожидают, что в этом году он превысит 5 млрд долларов.',
    ],
  ])('%s', (lang, sentence) => {
    expect(extract([sentence], lang).map((f) => [f.value, f.deadline])).toEqual([
      [10e9, '2030'],
      [5e9, '2025'],
    ])
  })
})

/** A case: its name, the language, the publication date, one sentence and the years of its figures in order. */
type YearCase = [string, string, string, string, (number | null)[]]
const yearsOfSentence = (lang: string, published: string, sentence: string) =>
  extract([sentence], lang, published).map((f) => f.year)

describe('periodOf: a year counted back from the sentence’s own date', () => {
  it.each<YearCase>([
    [
      'en "last year, up from … a year earlier"',
      'en',
      '2026-03-12',
      'Trade with Türkiye reached $3.6 billion last year, up from $3.1 billion a year earlier.',
      [2025, 2024],
    ],
    [
      'ru "в июне 2026 года …, против … год назад"',
      'ru',
      '2026-07-09',
      'В июне 2026 года ставка составляла 1 800 долларов против 1 200 долларов год назад.',
      [2026, 2025],
    ],
    [
      'az "2025-ci ildə …, bir il əvvəl isə …"',
      'az',
      '2026-07-09',
      '2025-ci ildə 3 milyon ton yük daşınıb, bir il əvvəl bu göstərici 2 milyon ton olub.',
      [2025, 2024],
    ],
  ])('%s', (_name, lang, published, sentence, expected) => {
    expect(yearsOfSentence(lang, published, sentence)).toEqual(expected)
  })

  it('reads "twice as many as a year earlier" as a comparison, not the figure’s year (en)', () => {
    const sentences = [
      'Between January and June 2026, 4,120 container trains crossed the country.',
      'Some 870 trains went to Aktau, almost twice as many as a year earlier.',
    ]
    expect(extract(sentences, 'en', '2026-07-09').map((f) => f.year)).toEqual([2026, 2026, 2026])
  })
})

describe('periodOf: "according to a year’s results" dates the figure, a comparison in the ablative does not', () => {
  it.each<YearCase>([
    [
      'az "2025-ci ilin yekunlarına görə"',
      'az',
      '2026-10-15',
      '2025-ci ilin yekunlarına görə xətt üzrə 1,2 milyon ton yük daşınıb.',
      [2025],
    ],
    [
      'tr "2025 yılı verilerine göre"',
      'tr',
      '2026-10-15',
      '2025 yılı verilerine göre hat üzerinden 1,2 milyon ton yük taşındı.',
      [2025],
    ],
    [
      'az "ötən ilin eyni dövründəkindən üç dəfə çoxdur"',
      'az',
      '2026-05-20',
      'Bu ilin yanvar-aprel aylarında 138 konteyner qatarı gəlib, bu da ötən ilin eyni dövründəkindən üç dəfə çoxdur.',
      [2026, 2026],
    ],
    [
      'tr "geçen yılın aynı döneminden daha fazla"',
      'tr',
      '2026-05-20',
      'Bu yılın ilk dört ayında 138 konteyner treni geldi, bu sayı geçen yılın aynı döneminden üç kat daha fazla.',
      [2026, 2026],
    ],
  ])('%s', (_name, lang, published, sentence, expected) => {
    expect(yearsOfSentence(lang, published, sentence)).toEqual(expected)
  })
})

describe('periodOf: a year counted back after another amount is that amount’s', () => {
  it.each<[string, string[], (number | null)[]]>([
    [
      'ru',
      [
        'В первом полугодии 2026 года порты перевалили 10 млн тонн.',
        'Ставка в июне составляла от 1 500 до 1 800 долларов против 1 200 долларов год назад.',
      ],
      [2026, 2026, 2025],
    ],
    [
      'en',
      [
        'In the first half of 2026 the ports handled 10 million tonnes.',
        'Rates were $1,800 against $1,200 a year earlier.',
      ],
      [2026, 2026, 2025],
    ],
  ])('%s', (lang, sentences, expected) => {
    expect(extract(sentences, lang, '2026-07-09').map((f) => f.year)).toEqual(expected)
  })
})

describe('periodOf: a story that has named no year yet tells of the article’s year', () => {
  it.each<[string, string[]]>([
    ['tr', ['Sarp Sınır Kapısı’nda tır kuyruğu 12 kilometreyi aştı.', 'Kuyrukta yaklaşık 1.800 tır bekliyor.']],
    ['az', ['Xəzərdə fırtına səbəbindən bərə reysləri dayandırılıb.', 'Ələt limanının reydində 11 gəmi gözləyir.']],
    ['en', ['Storms halted ferries across the Caspian.', 'Some 1,200 wagons piled up at Kuryk station.']],
    ['ru', ['Паромное сообщение через Каспий остановлено.', 'На станции Курык скопилось более 1 200 вагонов.']],
  ])(
    '%s: an undated figure in a report of 17 May is that year’s, and says it was read from the date',
    (lang, sentences) => {
      const figures = extract(sentences, lang, '2026-05-17')
      expect(figures.map((f) => [f.year, f.reviewReasons?.includes('year-from-context')])).toEqual(
        figures.map(() => [2026, true]),
      )
      expect(figures.length).toBeGreaterThan(0)
    },
  )

  it.each<[string, string]>([
    ['en', 'Container traffic amounted to 96,000 TEU.'],
    ['ru', 'Контейнерные перевозки составили 96 тысяч TEU.'],
  ])('guard: %s: in January the same figure may sum up the year just ended: no year', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-01-20').map((f) => f.year)).toEqual([null])
  })

  it('guard: a sum since an earlier year has no year of its own (ru "С 2018 года …")', () => {
    const sentence = 'С 2018 года через порт прошло более 5 млн тонн зерна.'
    expect(extract([sentence], 'ru', '2026-05-17').map((f) => f.year)).toEqual([null])
  })
})

describe('periodOf: a month named without a year, up to the article’s month, is this year’s', () => {
  it.each<[string, string]>([
    ['ru', 'За январь через Алят прошло 1,27 млн тонн грузов, на 3% меньше, чем годом ранее.'],
    ['az', 'Yanvar ayında Ələt limanından 1,27 milyon ton yük keçib.'],
    ['tr', 'Ocak ayında Alat Limanı’ndan 1,27 milyon ton yük geçti.'],
    ['en', 'In January, 1.27 million tonnes of cargo passed through Alat.'],
  ])('%s, in an article of 13 February: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-02-13').find((f) => f.unit === 't')?.year).toBe(2026)
  })

  it.each<[string, string]>([
    ['en', 'Traders offered 30,000 tonnes of wheat for November shipment.'],
    ['en', 'The port may handle 30,000 tonnes more.'],
  ])('guard: %s, a month still to come, or the modal "may", gives no year in February: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-02-13').find((f) => f.unit === 't')?.year ?? null).toBeNull()
  })
})

describe('frameYears: a background told in the pluperfect goes on in the pluperfect after it', () => {
  it.each<[string, string[]]>([
    [
      'tr',
      [
        'Türkiye geçen yıl 412 bin ton pirinç ithal etmiş, bunun yüzde 6’sı Kazakistan’dan gelmişti.',
        'Karabuğday ithalatı ise yüzde 27 artışla 18 bin 600 tona yükselmişti.',
      ],
    ],
    [
      'az',
      [
        'Türkiyə ötən il 412 min ton düyü idxal etmiş, bunun 6 faizi Qazaxıstandan gəlmişdi.',
        'Qarabaşaq idxalı isə 27 faiz artaraq 18 min 600 tona yüksəlmişdi.',
      ],
    ],
  ])('%s: the second sentence’s figures are last year’s', (lang, sentences) => {
    const figures = extract(sentences, lang, '2026-05-19').filter((f) => f.source.quote === sentences[1])
    expect(figures.map((f) => f.year)).toEqual(figures.map(() => 2025))
    expect(figures.length).toBeGreaterThan(0)
  })

  it('tr: the formal perfect ("ulaşmıştır") tells the story’s year, not now', () => {
    const sentences = [
      'İthalat 2025’te 148,6 milyon dolar olarak gerçekleşmiştir.',
      'Miktar bazında ise 21 bin 300 tona ulaşmıştır.',
    ]
    expect(extract(sentences, 'tr', '2026-04-28').map((f) => f.year)).toEqual([2025, 2025])
  })
})

describe('frameYears: a stretch that ended before the article’s year frames the story in its last year', () => {
  it.each<[string, string[]]>([
    [
      'az',
      [
        'Təqsirləndirilən şəxslər 2024-cü ilin avqustundan 2025-ci ilin mayınadək olan dövrdə ayaqqabı keçiriblər.',
        'Yüklərin çəkisi 86 ton olub.',
      ],
    ],
    ['tr', ['Sanıklar Ağustos 2024’ten Mayıs 2025’e kadar ayakkabı kaçırdı.', 'Yüklerin ağırlığı 86 ton oldu.']],
  ])('%s: the next figure is of the stretch’s last year', (lang, sentences) => {
    expect(extract(sentences, lang, '2026-06-23').map((f) => f.year)).toEqual([2025])
  })

  it('guard: a Russian "к 2025 г." in a table’s head is a comparison’s base, no frame', () => {
    const sentences = ['Показатель | Урожайность к 2025 г., %', 'Весной было посажено 142 тыс. тонн картофеля.']
    expect(extract(sentences, 'ru', '2026-06-23').map((f) => f.year)).toEqual([2026])
  })
})
