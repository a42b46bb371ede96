import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../../src/pipeline/stages/extract-figures'
import { extract } from './figure-input'
import { paragraphsOf } from './extraction-input'

/** Each figure's words and year, in an article of 14 May 2026 made of these sentences. */
const years = (lang: string, sentences: string[]) =>
  extract(sentences, lang, '2026-05-14').map((f) => [f.words, f.year])

describe('periodOf: a year an English verb of closing takes, and a change over a part of an earlier year', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    ['en', ['For reference, we closed 2025 with 172,000 TEU.'], [['172,000 TEU', 2025]]],
    ['en', ['The terminal ended 2024 with 41,000 TEU, a record.'], [['41,000 TEU', 2024]]],
    ['en', ['Full-year 2025 revenue reached KZT 52 billion.'], [['KZT 52 billion', 2025]]],
    [
      'en',
      ['Revenue for the quarter was KZT 14.8 billion, up 19% on the first quarter of 2025.'],
      [
        ['KZT 14.8 billion', 2026],
        ['19%', 2026],
      ],
    ],
    ['en', ['Volumes were down 4% from the same six months of 2025.'], [['4%', 2026]]],
  ])('%s: %s', (lang, sentences, expected) => {
    expect(years(lang, sentences)).toEqual(expected)
  })

  it('guard: a change for a reason dated in its own clause keeps that year', () => {
    expect(years('en', ['Sales rose 12% on strong demand in 2025.'])).toEqual([['12%', 2025]])
  })
})

describe('frameYears: a year an interviewer asks about frames the answer under the question', () => {
  const yearOf = (lang: string, paragraphs: string[][], value: number) =>
    extractFigures(paragraphsOf(lang, '2026-03-03', paragraphs)).find((f) => f.value === value)?.year

  it.each<[string, string[][], number]>([
    [
      'ru',
      [
        ['– Тимур, начнём с цифр.', 'Каким был для вас 2025 год?'],
        ['– Лучшим в нашей истории.', 'Мы застраховали грузов на 1,7 млрд долларов.'],
      ],
      1_700_000_000,
    ],
    ['ru', [['– Каким был для вас 2025 год?'], ['– Удачным: мы перевезли 2,4 млн тонн.']], 2_400_000],
  ])('%s', (lang, paragraphs, value) => {
    expect(yearOf(lang, paragraphs, value)).toBe(2025)
  })
})

describe('clauses: "причем", "при этом" open a clause of their own, with its own date', () => {
  it('a present before "причем" and last year after it date their own figures', () => {
    const sentence =
      'Сегодня через Азербайджан проходит около 1,2 Тбит/с трафика, причем в прошлом году этот объем вырос на 40%.'
    expect(years('ru', [sentence])).toEqual([
      ['1,2 Тбит/с', 2026],
      ['40%', 2025],
    ])
  })
})

describe('figureCountries: "iki ülke" with one of them named in its clause is the pair just named', () => {
  it.each<[string, string[], string[]]>([
    [
      'tr',
      [
        'Kazakistan ile kombine taşımacılık anlaşması Meclis’ten geçti; Kazakistan ile ticaret artıyor.',
        'Genel Kurul, Türkiye ile Özbekistan arasındaki karayolu taşımacılığı anlaşmasını değiştiren protokolü de kabul etti.',
        'Taşkent’te imzalanan protokolle iki ülkenin verdiği geçiş belgesi kotası yılda 12 binden 20 bine çıkarılacak.',
      ],
      ['TR', 'UZ'],
    ],
    [
      'en',
      [
        'Kazakhstan and Azerbaijan signed a transit deal, and Kazakhstan will ship more grain.',
        'Parliament also ratified a protocol between Türkiye and Uzbekistan on road haulage.',
        'Under the protocol signed in Tashkent, the two countries will issue 20,000 permits a year.',
      ],
      ['TR', 'UZ'],
    ],
  ])('%s', (lang, sentences, pair) => {
    const figures = extract(sentences, lang)
    expect(figures.at(-1)?.countries).toEqual(pair)
  })
})

describe('kinds: the cost of a project or a section being built is a sum still to spend, a target', () => {
  it.each<[string, string]>([
    ['en', 'The EBRD loan covers a large part of the project’s total cost of about $310 million.'],
    ['tr', 'Türkiye tarafındaki kesimin toplam maliyeti yaklaşık 2,4 milyar dolar.'],
    ['az', 'Layihənin ümumi dəyəri 180 milyon dollardır.'],
    ['ru', 'Общая стоимость проекта составляет 318,6 млрд тенге.'],
    ['az', 'Rezidentlərin elan etdiyi investisiyaların ümumi həcmi 1,1 milyard dollardır.'],
  ])('%s: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-05-14').map((f) => f.kind)).toEqual(['target'])
  })

  it.each<[string, string]>([
    ['ru', 'Совокупная стоимость транспортировки по цепочке Актау – Баку сейчас составляет около 95 долларов.'],
    ['en', 'The project cost $310 million when it was completed in 2019.'],
  ])('guard: %s a cost that is paid or done stays achieved: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-05-14').map((f) => f.kind)).toEqual(['achieved'])
  })
})

describe('periodOf: a multiple of last year in the genitive compares with it', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    [
      'tr',
      'Kütük çelik ithalatı bu yıl 620 bin tonla geçen yılın iki katına çıktı.',
      [
        ['620 bin tonla', 2026],
        ['iki katına', 2026],
      ],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(years(lang, [sentence])).toEqual(expected)
  })

  it('guard: a year in the locative dates the doubling it tells', () => {
    const sentence = 'Buğday ihracatı 2025’te iki katına çıkarak 1,2 milyon tona ulaştı.'
    expect(years('tr', [sentence]).map(([, year]) => year)).toEqual([2025, 2025])
  })
})

describe('kinds: a figure no verb marks, with a deadline and its year still ahead in its clause, is a plan', () => {
  it.each<[string, string, string]>([
    ['ru', 'Кроме того, в порту Актау к 2029 году появится пункт бункеровки СПГ мощностью 40 тыс. тонн в год.', '2029'],
    ['ru', 'Оператор переведёт на СПГ не менее пяти судов к 2030 году.', '2030'],
  ])('%s: %s', (lang, sentence, deadline) => {
    expect(extract([sentence], lang, '2025-07-22').map((f) => [f.kind, f.deadline])).toEqual([['target', deadline]])
  })

  it('guard: a past verb with a month’s deadline stays what was done', () => {
    const sentence = 'Banks had drawn some 120 million manat of it by the end of August.'
    expect(extract([sentence], 'en', '2025-09-20').map((f) => f.kind)).toEqual(['achieved'])
  })
})

describe('kinds: "hattı" (the line, in the possessive) is no past tense', () => {
  it.each<[string, string, string]>([
    ['tr', '224 kilometrelik hattı 2029 yılının sonunda tamamlamayı hedefliyoruz.', 'target'],
    [
      'tr',
      'Türkmen gazını Hazar’ın altından doğrudan Azerbaycan’a taşıyacak yaklaşık 300 kilometrelik Trans-Hazar boru hattı 1990’lardan beri konuşuluyor.',
      'target',
    ],
  ])('%s: %s', (lang, sentence, kind) => {
    expect(extract([sentence], lang, '2026-03-22').map((f) => f.kind)).toEqual([kind])
  })

  it('guard: a past verb still reports', () => {
    expect(extract(['Hattın uzunluğu 224 kilometreye ulaştı.'], 'tr', '2026-03-22').map((f) => f.kind)).toEqual([
      'achieved',
    ])
  })
})
