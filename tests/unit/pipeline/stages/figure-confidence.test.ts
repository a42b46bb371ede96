import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, metric and review reasons, in order. */
const reasons = (sentences: string[], lang: string, published = '2025-10-21') =>
  extract(sentences, lang, published).map((f) => [f.words, f.metric, f.reviewReasons])

describe('review reasons: metric-unknown', () => {
  it.each([
    ['tr "240 megavat"', 'tr', 'Geçen yıl 240 megavat devreye alındı.', '240 megavat'],
    ['az "240 meqavat"', 'az', 'Ötən il 240 meqavat istifadəyə verilib.', '240 meqavat'],
    ['en "240 MW"', 'en', 'Last year 240 MW were commissioned.', '240 MW'],
    ['ru "240 МВт"', 'ru', 'В прошлом году введено 240 МВт.', '240 МВт'],
  ])('keeps %s, which no noun names, as an unnamed MW figure for review', (_name, lang, sentence, words) => {
    expect(reasons([sentence], lang)).toEqual([[words, 'unnamed-mw', ['metric-unknown']]])
  })

  it('gives a figure of a known metric no reason (tr "ticaret hacmi … ulaştı")', () => {
    expect(reasons(['Ticaret hacmi geçen yıl 1 milyar dolara ulaştı.'], 'tr')).toEqual([
      ['1 milyar dolara', 'trade-turnover', []],
    ])
  })
})

describe('review reasons: kind-unstated', () => {
  it.each([
    ['tr "Ticaret hacmi: …"', 'tr', 'Ticaret hacmi: 1 milyar dolar.', '1 milyar dolar'],
    ['az "Ticarət dövriyyəsi – …"', 'az', 'Ticarət dövriyyəsi – 1 milyard dollar.', '1 milyard dollar'],
    ['en "Trade turnover: …"', 'en', 'Trade turnover: $1 billion', '$1 billion'],
    ['ru "Товарооборот – …"', 'ru', 'Товарооборот – 1 млрд долларов.', '1 млрд долларов'],
  ])('flags %s, where no verb states the kind (and its year is the article’s)', (_name, lang, sentence, words) => {
    expect(reasons([sentence], lang)).toEqual([[words, 'trade-turnover', ['kind-unstated', 'year-from-context']]])
  })
})

describe('review reasons: year-from-context', () => {
  it.each<[string, string, string[], string, string]>([
    [
      'az',
      'az',
      [
        '2025-ci ildə Ələt limanında 7,2 milyon ton yük aşırılıb.',
        'Konteyner daşımalarının həcmi isə 88 min TEU olub.',
      ],
      '7,2 milyon ton',
      '88 min TEU',
    ],
    [
      'tr',
      'tr',
      ['Liman 2025 yılında 7,2 milyon ton yük elleçledi.', 'Konteyner taşımacılığı 96 bin TEU oldu.'],
      '7,2 milyon ton',
      '96 bin TEU',
    ],
    [
      'en',
      'en',
      ['In 2025 the port handled 7.2 million tonnes of cargo.', 'Container traffic amounted to 96,000 TEU.'],
      '7.2 million tonnes',
      '96,000 TEU',
    ],
    [
      'ru',
      'ru',
      ['В 2025 году порт перевалил 7,2 млн тонн грузов.', 'Контейнерные перевозки составили 96 тысяч TEU.'],
      '7,2 млн тонн',
      '96 тысяч TEU',
    ],
  ])(
    'flags the %s figure dated by the running frame, not the one dated by its own sentence',
    (_n, lang, s, own, framed) => {
      const figures = extract(s, lang, '2026-01-20')
      expect(figures.map((f) => [f.words, f.year, (f.reviewReasons ?? []).includes('year-from-context')])).toEqual([
        [own, 2025, false],
        [framed, 2025, true],
      ])
    },
  )
})

describe('review reasons: unit-from-context', () => {
  it.each<[string, string, string[], string]>([
    [
      'tr "bu rakamın … 100.000’i aşmasını"',
      'tr',
      [
        'Limanda 2024 yılında 85.000 TEU konteyner elleçlendi.',
        'Şirket, bu rakamın 2027’de 100.000’i aşmasını bekliyor.',
      ],
      '100.000’i',
    ],
    [
      'az "bu göstəricinin … 100 mini"',
      'az',
      [
        'Ötən il limanda 85 min TEU konteyner aşırılıb.',
        'Rəhbərlik bu göstəricinin 2027-ci ildə 100 mini keçəcəyini gözləyir.',
      ],
      '100 mini',
    ],
    [
      'en "that figure to exceed 100,000"',
      'en',
      ['The port handled 85,000 TEU in 2024.', 'Management expects that figure to exceed 100,000 by 2027.'],
      '100,000',
    ],
    [
      'ru "этот показатель превысит 100 тысяч"',
      'ru',
      [
        'В 2024 году порт обработал 85 тысяч TEU.',
        'Руководство ожидает, что этот показатель превысит 100 тысяч к 2027 году.',
      ],
      '100 тысяч',
    ],
  ])('gives %s the TEU of the figure before, flagged', (_name, lang, sentences, words) => {
    const referring = extract(sentences, lang).find((f) => f.words === words)
    expect(referring && [referring.metric, referring.unit, referring.value, referring.reviewReasons]).toEqual([
      'container-traffic',
      'TEU',
      100_000,
      ['unit-from-context'],
    ])
  })

  it.each([
    [
      'en "the two economies"',
      'en',
      ['The port handled 85,000 TEU in 2024.', 'That figure ties the two economies more closely.'],
    ],
    [
      'tr "iki ülke ekonomisini"',
      'tr',
      ['Liman 2024 yılında 85 bin TEU elleçledi.', 'Bu rakam iki ülke ekonomisini birbirine daha da bağlıyor.'],
    ],
  ])('never gives a number word such as %s the unit of the figure before', (_name, lang, sentences) => {
    expect(extract(sentences, lang).map((f) => [f.value, f.unit])).toEqual([[85_000, 'TEU']])
  })
})
