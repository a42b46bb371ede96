import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { paragraphsOf } from './extraction-input'

/** The year of the figure of `value` in an article of 21 September 2026 told in these paragraphs. */
const yearOf = (lang: string, paragraphs: string[][], value: number) =>
  extractFigures(paragraphsOf(lang, '2026-09-21', paragraphs)).find((f) => f.value === value)?.year

describe('frameYears: a question on its own line opens a new topic, and the year the answer before told ends there', () => {
  it.each<[string, string[][], number]>([
    [
      'tr',
      [
        ['C: Geçen yıl koridor üzerinden taşınan yük 4,5 milyon tona ulaştı.'],
        ['S: Bu programların finansmanı nasıl sağlanıyor?'],
        ['C: İlk etapta 4,8 milyon dolarlık bir bütçe ayırdık.'],
      ],
      4_800_000,
    ],
    [
      'az',
      [
        ['Ötən il marşrutla 1,8 milyard kubmetr qaz nəql olunub.'],
        ['Sual: Layihə necə maliyyələşdirilir?'],
        ['Cavab: İlk mərhələdə 4,8 milyon dollar ayırmışıq.'],
      ],
      4_800_000,
    ],
    [
      'en',
      [
        ['Last year the corridor carried 4.5 million tonnes.'],
        ['2. How is the programme funded?'],
        ['The ministry has set aside $4.8 million for a first phase.'],
      ],
      4_800_000,
    ],
    [
      'ru',
      [
        ['В прошлом году по коридору перевезли 4,5 млн тонн.'],
        ['— Как финансируется программа?'],
        ['— На первый этап мы выделили 4,8 млн долларов.'],
      ],
      4_800_000,
    ],
  ])('%s', (lang, paragraphs, value) => {
    expect(yearOf(lang, paragraphs, value)).toBe(2026)
  })

  it('guard: a question inside a paragraph keeps the paragraph’s year', () => {
    const paragraphs = [
      ['In 2024 exports reached 290,000 tonnes.'],
      ['So where does the rest come from? Most of it was sulphur, 120,000 tonnes of it.'],
    ]
    expect(yearOf('en', paragraphs, 120_000)).toBe(2024)
  })
})

describe('relative years: "this academic year", "bu akademik yılda" are the calendar year they start in', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Geçen yıl 4,5 milyon ton yük taşındı.',
      'Bu akademik yılda Türk üniversitelerinde 340 öğrenci okuyor; geçen yıl bu sayı 210 idi.',
    ],
    ['az', 'Ötən il 4,5 milyon ton yük daşınıb.', 'Bu tədris ilində universitetlərdə 340 tələbə oxuyur.'],
    ['en', 'Last year 4.5 million tonnes were carried.', 'This academic year 340 students are enrolled.'],
    ['ru', 'В прошлом году перевезли 4,5 млн тонн.', 'В этом учебном году в вузах учатся 340 студентов.'],
  ])('%s: %s', (lang, lastYear, sentence) => {
    expect(yearOf(lang, [[lastYear], [sentence]], 340)).toBe(2026)
  })
})

describe('frameYears: a date that names a document moves no frame', () => {
  it.each<[string, string[]]>([
    [
      'tr',
      [
        'Bu tutar Şirketimizin 31.12.2025 tarihli konsolide finansal tablolarında yer alan hasılatın yüzde 9,6’sına karşılık gelmektedir.',
        'Limanın yıllık elleçleme kapasitesi 15 milyon ton olarak açıklandı.',
      ],
    ],
    [
      'az',
      [
        'Bu barədə Nazirlər Kabinetinin 31.12.2025 tarixli qərarında bildirilir.',
        'Limanın illik yükaşırma gücü 15 milyon ton təşkil edib.',
      ],
    ],
    [
      'en',
      [
        'The figures come from the company’s accounts dated 31 December 2025.',
        'The port handled 15 million tonnes of cargo.',
      ],
    ],
  ])('%s', (lang, sentences) => {
    expect(yearOf(lang, [sentences], 15_000_000)).toBe(2026)
  })
})

describe('periodOf: a word of the present between a year and the figure dates the figure now', () => {
  it.each<[string, string, number]>([
    ['az', '2013-cü ildə istifadəyə verilən zavodda hazırda 1.200-dən çox işçi çalışır.', 1200],
    ['tr', '2013 yılında açılan tersanede bugün 1.200 işçi çalışıyor.', 1200],
    ['en', 'The yard, opened in 2013, currently employs 1,200 workers.', 1200],
    ['ru', 'На верфи, открытой в 2013 году, сейчас работают 1200 человек.', 1200],
  ])('%s: %s', (lang, sentence, value) => {
    expect(yearOf(lang, [[sentence]], value)).toBe(2026)
  })
})

describe('frameYears: a year counted back frames its section, not the sections under later headings in capitals', () => {
  it.each<[string, string[][], number]>([
    [
      'tr',
      [['Geçen yıl toptancılara toplam 86 ton baharat gönderdik.'], ['KARGO SEÇENEKLERİ'], ['Kara yolu: 3–5 iş günü.']],
      3,
    ],
    ['az', [['Ötən il topdançılara 86 ton ədviyyat göndərmişik.'], ['ÇATDIRILMA'], ['Quru yolu ilə: 3–5 iş günü.']], 3],
    [
      'en',
      [
        ['Last year we shipped 86 tonnes of spices to wholesalers.'],
        ['SHIPPING OPTIONS'],
        ['By road: 3–5 working days.'],
      ],
      3,
    ],
    [
      'ru',
      [['В прошлом году мы отгрузили оптовикам 86 тонн специй.'], ['ДОСТАВКА'], ['Автодоставка: 3–5 рабочих дней.']],
      3,
    ],
  ])('%s', (lang, paragraphs, value) => {
    expect(yearOf(lang, paragraphs, value)).toBe(2026)
  })

  it('guard: a year written out frames the sections under its headings', () => {
    const paragraphs = [
      ['In 2025 we shipped 86 tonnes of spices.'],
      ['SHIPPING'],
      ['Exports to Georgia reached 12 tonnes.'],
    ]
    expect(yearOf('en', paragraphs, 12)).toBe(2025)
  })

  it('guard: with no heading, the year counted back goes on framing the next paragraph', () => {
    const paragraphs = [['Last year we shipped 86 tonnes of spices.'], ['Exports to Georgia reached 12 tonnes.']]
    expect(yearOf('en', paragraphs, 12)).toBe(2025)
  })
})

describe('isBase: a year after a change’s start ("to 31.9% from 29.4% in 2024") dates that start alone', () => {
  it.each<[string, string[][], number, number]>([
    [
      'en',
      [
        ['Full-year 2025 results beat forecasts.'],
        ['EBITDA jumped 39%, lifting the margin to 31.9% from 29.4% in 2024.'],
      ],
      39,
      2025,
    ],
    [
      'en',
      [
        ['Full-year 2025 results beat forecasts.'],
        ['EBITDA jumped 39%, lifting the margin to 31.9% from 29.4% in 2024.'],
      ],
      31.9,
      2025,
    ],
    [
      'en',
      [
        ['Full-year 2025 results beat forecasts.'],
        ['EBITDA jumped 39%, lifting the margin to 31.9% from 29.4% in 2024.'],
      ],
      29.4,
      2024,
    ],
  ])('%s: the figure of %#', (lang, paragraphs, value, year) => {
    expect(yearOf(lang, paragraphs, value)).toBe(year)
  })

  it('guard: a deadline after the start keeps dating the change ("to 12 from seven by the end of 2027")', () => {
    const sentence = 'Officials said it would raise the number of weekly sailings to 12 from seven by the end of 2027.'
    const figure = extractFigures(paragraphsOf('en', '2026-09-21', [[sentence]])).find((f) => f.value === 12)
    expect(figure?.deadline).toBe('2027-12-31')
  })

  it('guard: "from" after a word opens no base ("exports from Aktau in 2024")', () => {
    expect(yearOf('en', [['Exports of 4.1 million tonnes from Aktau in 2024 set a record.']], 4_100_000)).toBe(2024)
  })
})
