import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

describe('extractFigures: a live page’s entry heading that the entry tells again gives its figure once', () => {
  it.each<[string, string[]]>([
    [
      'en',
      [
        '15:20 — Kazakh minister: volumes up 62%',
        'Cargo on the route reached 4.5 million tonnes last year, up 62% on the year before.',
      ],
    ],
    ['tr', ['14:05 — Bakan: hacim yüzde 62 arttı', 'Hattaki yük geçen yıl yüzde 62 artarak 4,5 milyon tona ulaştı.']],
    ['az', ['14:05 | Nazir: həcm 62 faiz artıb', 'Xətt üzrə yükdaşıma ötən il 62 faiz artaraq 4,5 milyon tona çatıb.']],
    [
      'ru',
      ['15:20 — Министр: объёмы выросли на 62%', 'Объём перевозок в прошлом году вырос на 62% и достиг 4,5 млн тонн.'],
    ],
  ])('%s', (lang, sentences) => {
    const figures = extract(sentences, lang, '2026-03-12')
    expect(figures.filter((f) => f.value === 62)).toHaveLength(1)
    expect(figures.find((f) => f.value === 62)?.words).not.toBe(null)
    expect(figures.map((f) => f.value ?? 0).sort((a, b) => a - b)).toEqual([62, 4.5e6])
  })
})
