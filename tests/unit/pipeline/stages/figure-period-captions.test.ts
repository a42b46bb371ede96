import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The year of each figure of an article of sentences, published in the spring of 2026. */
const years = (lang: string, sentences: string[]) => extract(sentences, lang, '2026-04-20').map((f) => f.year)

describe('a caption closed by its year frames the list under it', () => {
  it.each<[string, string[]]>([
    ['en', ['Exhibit 1: Beverage can consumption by country, 2024', 'Kazakhstan — 1,450 million cans consumed']],
    ['ru', ['Таблица 2. Потребление по странам, 2024 г.', 'Казахстан — 1 450 млн банок']],
    ['tr', ['Tablo 2: Ülkelere göre tüketim, 2024 (milyon kutu)', 'Kazakistan — 1.450 milyon kutu']],
    ['az', ['Cədvəl 2. Ölkələr üzrə istehlak, 2024', 'Qazaxıstan — 1 450 milyon qutu']],
  ])('%s', (lang, sentences) => {
    expect(years(lang, sentences)).toEqual([2024])
  })

  it('guard, en: a caption’s year long before the article’s frames nothing', () => {
    expect(
      years('en', ['Exhibit 4: Consumption by country, 2015', 'Kazakhstan — 1,450 million cans consumed']),
    ).toEqual([2026])
  })
})

describe('a heading dated by an academic or a fiscal year in its parenthesis frames the lines under it', () => {
  it.each<[string, string[]]>([
    ['az', ['Araşdırmanın əsas nəticələri (2024/2025-ci tədris ili üzrə):', 'Tələbələrin sayı 4 150 nəfərə çatıb.']],
    ['tr', ['Araştırmanın temel bulguları (2024/2025 eğitim-öğretim yılı):', 'Öğrenci sayı 4.150 kişiye ulaştı.']],
    ['en', ['Main findings (academic year 2024/2025):', 'The number of students reached 4,150.']],
    ['ru', ['Основные результаты (2024/2025 учебный год):', 'Число студентов достигло 4 150 человек.']],
  ])('%s', (lang, sentences) => {
    expect(years(lang, sentences)).toEqual([2025])
  })
})
