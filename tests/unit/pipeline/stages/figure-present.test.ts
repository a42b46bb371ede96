import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The kind, year and metric of the figure of `value` in an article published on 2026-03-01. */
const figureOf = (lang: string, sentences: readonly string[], value: number) => {
  const figure = extract(sentences, lang, '2026-03-01').find((f) => f.value === value)
  return figure && { kind: figure.kind, year: figure.year, metric: figure.metric }
}

describe('a figure said to hold today is the article’s year’s, even in a story told about an earlier year', () => {
  it.each<[string, string[], number]>([
    [
      'tr',
      ['2024’te hat üzerinden 3 milyon ton yük taşındı.', 'Bir konteynerin Aktau’ya ulaşması bugün 9 gün sürüyor.'],
      9,
    ],
    [
      'az',
      ['2024-cü ildə xətt ilə 3 milyon ton yük daşınıb.', 'Bu gün konteynerin Bakıya çatdırılması 9 gün çəkir.'],
      9,
    ],
    ['tr', ['2024’te 3 milyon ton yük taşındı.', 'Yanıtta, ülkede halen 46 projenin sürdüğü kaydedildi.'], 46],
    ['tr', ['2024’te 3 milyon ton yük taşındı.', 'Şimdi terminalin kapasitesi 450 bin TEU.'], 450_000],
  ])('%s: %s', (lang, sentences, value) => {
    expect(figureOf(lang, sentences, value)).toMatchObject({ kind: 'achieved', year: 2026 })
  })

  it.each<[string, string[], number]>([
    ['en', ['In 2024 the line carried 3 million tonnes.', 'Today a container takes 9 days to reach Baku.'], 9],
    ['ru', ['В 2024 году по маршруту перевезли 3 млн тонн.', 'Сегодня доставка контейнера в Баку занимает 9 дней.'], 9],
  ])('guard: %s "today", "сегодня" did so already: %s', (lang, sentences, value) => {
    expect(figureOf(lang, sentences, value)).toMatchObject({ kind: 'achieved', year: 2026 })
  })
})

describe('the present value a plan starts from is achieved; the plan’s is a target', () => {
  it.each<[string, string, number, string, string]>([
    [
      'tr',
      'Haftalık sefer sayısının mevcut 42’den 56’ya çıkarılması konusunda mutabık kalındı.',
      42,
      'achieved',
      'sefer-sayisinin',
    ],
    [
      'tr',
      'Haftalık sefer sayısının mevcut 42’den 56’ya çıkarılması konusunda mutabık kalındı.',
      56,
      'target',
      'sefer-sayisinin',
    ],
    [
      'az',
      'Həftəlik reyslərin sayının mövcud 42-dən 56-ya çatdırılması razılaşdırılıb.',
      42,
      'achieved',
      'reyslerin-sayinin',
    ],
    [
      'az',
      'Həftəlik reyslərin sayının mövcud 42-dən 56-ya çatdırılması razılaşdırılıb.',
      56,
      'target',
      'reyslerin-sayinin',
    ],
  ])('%s: %s (the figure %d)', (lang, sentence, value, kind, metric) => {
    expect(figureOf(lang, [sentence], value)).toEqual({ kind, year: kind === 'achieved' ? 2026 : null, metric })
  })

  it.each<[string, string, number]>([
    [
      'az',
      'Yüklərin təxminən 70 faizi bu gün Azərbaycan gəmiləri ilə daşınır, amma bu payı qorumaq üçün gəmi lazımdır.',
      70,
    ],
    ['ru', 'Уставный капитал компании, сейчас составляющий 500 млн долларов, будет увеличен вдвое.', 500e6],
  ])('%s: what holds now beside a plan in the next clause: %s', (lang, sentence, value) => {
    expect(figureOf(lang, [sentence], value)).toMatchObject({ kind: 'achieved', year: 2026 })
  })

  it.each<[string, string]>([
    ['en', 'The port plans to raise capacity from the current 15 million tonnes to 25 million tonnes.'],
    ['ru', 'Мощность порта планируют увеличить с нынешних 15 млн тонн до 25 млн тонн.'],
  ])('%s "from the current 15 million tonnes": the current value is this year’s: %s', (lang, sentence) => {
    expect(figureOf(lang, [sentence], 15e6)).toMatchObject({ kind: 'achieved', year: 2026 })
    expect(figureOf(lang, [sentence], 25e6)).toMatchObject({ kind: 'target', year: null })
  })
})

describe('the number a planned change starts from is its value today; the number it goes to is the plan', () => {
  it.each<[string, string, number, number]>([
    ['tr', "THY, Ankara-Taşkent seferlerini haftada 3'ten 5'e çıkaracak.", 3, 5],
    ['az', 'Bakıdan Gürcüstan sərhədinədək səfər müddəti 14 saatdan 8 saata endiriləcək.', 14, 8],
    ['tr', 'Limanın kapasitesi 6 milyon tondan 10 milyon tona çıkarılacak.', 6e6, 10e6],
    ['en', "The port's capacity will be raised from 6 million tonnes to 10 million tonnes.", 6e6, 10e6],
    ['ru', 'Мощность порта будет увеличена с 6 млн до 10 млн тонн.', 6e6, 10e6],
  ])('%s: %s', (lang, sentence, from, to) => {
    expect(figureOf(lang, [sentence], from)).toMatchObject({ kind: 'achieved' })
    expect(figureOf(lang, [sentence], to)).toMatchObject({ kind: 'target' })
  })

  it('guard, tr: a change told as done keeps both ends achieved, in their year', () => {
    const sentence = "İhracat 2024'te 3 milyar dolardan 5 milyar dolara çıktı."
    expect(figureOf('tr', [sentence], 3e9)).toMatchObject({ kind: 'achieved', year: 2024 })
    expect(figureOf('tr', [sentence], 5e9)).toMatchObject({ kind: 'achieved', year: 2024 })
  })
})

describe('a figure of yesterday is the article’s year’s, even after a sentence about last year', () => {
  it.each<[string, string[], number]>([
    [
      'tr',
      [
        'Geçen yıl iki ülke arasında 186 bin yolcu taşındı.',
        'Banka, 280 milyon dolarlık kredi anlaşmasını dün imzaladı.',
      ],
      280e6,
    ],
    ['az', ['Ötən il 186 min sərnişin daşınıb.', 'Bank 280 milyon dollarlıq kredit sazişini dünən imzalayıb.'], 280e6],
    ['en', ['Last year 186,000 passengers flew the route.', 'The bank signed a $280 million loan yesterday.'], 280e6],
    [
      'ru',
      ['В прошлом году перевезено 186 тысяч пассажиров.', 'Вчера банк подписал кредит на 280 млн долларов.'],
      280e6,
    ],
  ])('%s', (lang, sentences, value) => {
    expect(figureOf(lang, sentences, value)).toMatchObject({ kind: 'achieved', year: 2026 })
  })
})

describe('a figure summed up to now, or a thing the subject has, is the article’s year’s after a past year', () => {
  it.each<[string, string[], number]>([
    [
      'tr',
      ['İmtiyaz sözleşmesi Aralık 2024’te imzalandı.', 'Şirket bugüne kadar 120 milyon dolar yatırım yaptı.'],
      120e6,
    ],
    [
      'az',
      ['Konsessiya sazişi 2024-cü ilin dekabrında imzalanıb.', 'Şirkət indiyədək 120 milyon dollar sərmayə qoyub.'],
      120e6,
    ],
    [
      'en',
      ['The concession agreement was signed in December 2024.', 'We have invested about $120 million so far.'],
      120e6,
    ],
    [
      'ru',
      [
        'Концессионное соглашение подписано в декабре 2024 года.',
        'На сегодняшний день компания вложила 120 млн долларов.',
      ],
      120e6,
    ],
    ['en', ['The concession agreement was signed in December 2024.', 'We have four ship-to-shore cranes on site.'], 4],
    [
      'en',
      [
        'The concession agreement was signed in December 2024.',
        'The first phase has a capacity of 250,000 TEU a year.',
      ],
      250000,
    ],
    ['ru', ['Концессионное соглашение подписано в декабре 2024 года.', 'Терминал располагает 12 кранами.'], 12],
    ['tr', ['İmtiyaz sözleşmesi Aralık 2024’te imzalandı.', 'Terminal 12 vinçe sahip.'], 12],
  ])('%s: %j', (lang, sentences, value) => {
    expect(figureOf(lang, sentences, value)?.year).toBe(2026)
  })

  it('gives en "down from seven days a year ago" the year before the article’s', () => {
    const figures = extract(
      ['Average container dwell time is now 2.5 days, down from seven days a year ago.'],
      'en',
      '2026-05-22',
    )
    expect(figures.map((f) => [f.value, f.year])).toEqual([
      [2.5, 2026],
      [7, 2025],
    ])
  })
})

describe('a year told of the figure just given is a comparison’s, and the story stays in its year', () => {
  it.each<[string, string[], number]>([
    [
      'tr',
      [
        'Navlun yaklaşık 4.800 dolar seviyesinde; geçen yıl bu rakam 4.200 dolardı.',
        'Katılımcıların yüzde 37’si kontrolleri sorun olarak gösterdi.',
      ],
      37,
    ],
    [
      'az',
      [
        'Fraxt təxminən 4.800 dollardır; ötən il bu göstərici 4.200 dollar idi.',
        'İştirakçıların 37 faizi yoxlamaları problem kimi göstərib.',
      ],
      37,
    ],
    [
      'en',
      [
        'Freight is about $4,800; last year that figure was $4,200.',
        'Some 37% of respondents named the checks as a problem.',
      ],
      37,
    ],
    [
      'ru',
      [
        'Фрахт составляет около 4 800 долларов; в прошлом году этот показатель составлял 4 200 долларов.',
        'Проверки назвали проблемой 37% участников.',
      ],
      37,
    ],
  ])('%s', (lang, sentences, value) => {
    expect(extract(sentences, lang, '2025-11-18').find((f) => f.value === value)?.year).toBe(2025)
  })
})

describe('Turkish "artık" (now) puts a figure in the article’s year', () => {
  it('reads "ticaretin yüzde 22’si artık manat ve lira ile yapılıyor" after last year’s total as this year’s', () => {
    const sentences = [
      'Ticaret geçen yıl 48 milyar doları aştı.',
      'Ticaretin yüzde 22’si artık manat ve lira ile yapılıyor.',
    ]
    expect(figureOf('tr', sentences, 22)?.year).toBe(2026)
  })
})

describe('a word of the moment before a figure says what is now, though a plan stands in the same sentence', () => {
  it.each<[string, string, number]>([
    ['tr', 'Şirket 2030’a kadar payı yüzde 25’e çıkarmayı hedefliyor; bugün bu pay yüzde 9 civarında.', 9],
    [
      'az',
      'Hazırda yüklərin çatdırılması 14 gün çəkir, 2028-ci ilədək bu müddəti 8 günə endirmək nəzərdə tutulur.',
      14,
    ],
    ['ru', 'Сейчас через порт проходит около 12% грузов, к 2028 году этот показатель планируется удвоить.', 12],
    ['ru', 'К 2029 году хотим довести долю до 40%, сейчас она чуть выше трети.', 33.3],
    [
      'en',
      'Currently about 12% of declarations go through the green lane, and the customs service plans to double that.',
      12,
    ],
  ])('%s: %s', (lang, sentence, value) => {
    expect(figureOf(lang, [sentence], value)).toMatchObject({ kind: 'achieved', year: 2026 })
  })

  it.each<[string, string, number]>([
    ['en', 'The number of weekly flights will rise from 42 at present to 60 by 2027.', 60],
    ['en', 'Shipping will cost $2,950, against about $3,600 under today’s separate rates, a cut of roughly 18%.', 18],
    ['ru', 'Сейчас мы планируем увеличить перевалку до 5 млн тонн.', 5_000_000],
    ['en', 'From June the ferry will now make 12 crossings a month.', 12],
  ])('guard, %s: a figure the word closes, or one a plan governs, stays planned: %s', (lang, sentence, value) => {
    expect(figureOf(lang, [sentence], value)?.kind).not.toBe('achieved')
  })
})

describe('a figure told as gone by ("used to") is achieved, in no year the context gives, though a plan follows', () => {
  it.each<[string, string, number]>([
    ['en', 'From next month a transfer that used to take two days will be settled in under an hour.', 2],
    ['ru', 'Перевод, который раньше занимал два дня, будет проходить менее чем за час.', 2],
    ['tr', 'Eskiden 2 gün süren havale, gelecek aydan itibaren 1 saatten kısa sürede tamamlanacak.', 2],
    ['az', 'Əvvəllər 2 gün çəkən köçürmə gələn aydan 1 saatdan az müddətdə başa çatacaq.', 2],
  ])('%s: %s', (lang, sentence, value) => {
    expect(figureOf(lang, [sentence], value)).toMatchObject({ kind: 'achieved', year: null })
  })

  it('keeps the year its own clause names', () => {
    expect(figureOf('en', ['Previously, in 2020, the crossing took 14 days.'], 14)).toMatchObject({ year: 2020 })
  })

  it('guard: "a year earlier" dates a comparison, no time gone by', () => {
    const sentences = ['В 2025 году порты перевалили 10,2 млн тонн.', 'Годом ранее добыча составила 23,3 тыс. тонн.']
    expect(figureOf('ru', sentences, 23_300)).toMatchObject({ kind: 'achieved', year: 2024 })
  })
})

describe('what is done now and what is wanted, told as two predicates of one subject, are two clauses', () => {
  it.each<[string, string[], number]>([
    [
      'en',
      [
        'A container reaches Almaty in 24 days, against 50 days by sea.',
        'She now brings in 12 containers a year on the China route and wants to double that in 2027.',
      ],
      12,
    ],
    [
      'ru',
      [
        'Контейнер идёт до Алматы 24 дня против 50 дней морем.',
        'Сейчас компания ввозит 12 контейнеров в год и планирует удвоить поставки в 2027 году.',
      ],
      12,
    ],
  ])(
    '%s: the count before "wants to double that" is today’s count, not a plan nor the days before it',
    (lang, sentences, value) => {
      const figure = extract(sentences, lang, '2026-03-01').find((f) => f.value === value)
      expect(figure).toMatchObject({ unit: 'count', kind: 'achieved', year: 2026 })
    },
  )

  it('guard, en: "that figure" before a bare number still restates the amount before it', () => {
    const sentences = [
      'Transit through the port reached 3 million tonnes in 2025.',
      'Officials want to raise that figure to 5 million.',
    ]
    expect(extract(sentences, 'en', '2026-03-01').find((f) => f.value === 5_000_000)?.unit).toBe('t')
  })
})

describe('a short heading with its year in parentheses dates the lines under it', () => {
  it.each<[string, string[], number]>([
    [
      'tr',
      [
        "BTK hattı üzerinden 2025'te 1,9 milyon ton yük taşındı.",
        'İŞGÜCÜ MALİYETLERİ (2026, aylık brüt)',
        'Asgari ücret | 33.030 TL',
      ],
      33_030,
    ],
    [
      'en',
      ['In 2025 the line carried 1.9 million tonnes.', 'LABOUR COSTS (2026, gross monthly)', 'Technician | USD 1,150'],
      1150,
    ],
  ])('%s', (lang, sentences, value) => {
    expect(extract(sentences, lang, '2026-02-23').find((f) => f.value === value)?.year).toBe(2026)
  })

  it('guard, tr: a year in a parenthesis beside a number labels that number only', () => {
    const sentences = ["Hat 2026'da 2,4 milyon ton yük taşıdı (2025 – 1,9 milyon ton).", 'Limanda 14 rampa var.']
    expect(extract(sentences, 'tr', '2026-11-23').find((f) => f.value === 14)?.year).toBe(2026)
  })
})

describe('the value a demand would change, told as the one in force, is what is now', () => {
  it.each<[string, string[], number]>([
    ['en', ['The union demands a 40-hour working week instead of the current 48 hours by 2027.'], 48],
    ['ru', ['Профсоюз требует к 2027 году ввести отпуск в 28 дней вместо нынешних 24 дней.'], 24],
    ['tr', ['Sendika 2027 yılına kadar mevcut 48 saat yerine 40 saatlik çalışma haftası istiyor.'], 48],
    ['az', ['Memorandum 2027-ci ilədək yoxlama müddətini hazırkı 10 gündən 3 günə endirməyi nəzərdə tutur.'], 10],
  ])('%s: %s', (lang, sentences, value) => {
    expect(figureOf(lang, sentences, value)?.kind).toBe('achieved')
  })

  it('guard: the value wanted stays the plan', () => {
    expect(
      figureOf(
        'az',
        ['Memorandum 2027-ci ilədək yoxlama müddətini hazırkı 10 gündən 3 günə endirməyi nəzərdə tutur.'],
        3,
      )?.kind,
    ).toBe('target')
  })
})
