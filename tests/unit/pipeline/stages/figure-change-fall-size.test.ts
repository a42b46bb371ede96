import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, value and kind, in an article of 12 May 2026. */
const values = (sentence: string, lang: string) =>
  extract([sentence], lang, '2026-05-12').map((f) => [f.words, f.value, f.kind])

describe('extractFigures: an amount told as the size of a fall that happened is negative', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'The water level dropped by about 40 centimetres in 2025.', [['40 centimetres', -0.4, 'achieved']]],
    ['en', 'Coal loadings fell by 300,000 tonnes last year.', [['300,000 tonnes', -300000, 'achieved']]],
    ['ru', 'Объем перевалки снизился на 1,5 млн тонн.', [['1,5 млн тонн', -1500000, 'achieved']]],
    ['ru', 'Уровень воды в порту опустился на 25 см.', [['25 см', -0.25, 'achieved']]],
    ['tr', 'Limandaki su derinliği geçen yıl 40 santimetre azaldı.', [['40 santimetre', -0.4, 'achieved']]],
    ['az', 'Limanda suyun dərinliyi ötən il 40 santimetr azalıb.', [['40 santimetr', -0.4, 'achieved']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })

  it.each<[string, string, (string | number)[][]]>([
    ['en', 'The water level fell to 28.9 metres below sea level.', [['28.9 metres', 28.9, 'achieved']]],
    ['ru', 'Уровень воды опустился до 28,9 м.', [['28,9 м', 28.9, 'achieved']]],
    ['tr', 'Derinlik 4 metreye düştü.', [['4 metreye', 4, 'achieved']]],
    ['az', 'Dərinlik 4 metrə enib.', [['4 metrə', 4, 'achieved']]],
    ['en', 'The new line will shorten the route by 900 km.', [['900 km', 900, 'target']]],
  ])('guard, %s: where a fall ended, or a saving to come, keeps its sign: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })
})

describe('extractFigures: the verbs of a fall in market copy, and Russian "до" after a verb of change', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['en', 'Shares slipped 2.1% in London on Wednesday.', [['2.1%', -2.1, 'achieved']]],
    ['en', 'The index tumbled 4% after the announcement.', [['4%', -4, 'achieved']]],
    // where the change ended, not a ceiling ("up to"): a level, stated exactly
    ['ru', 'Пошлина снижена до 10%.', [['10%', 10, 'achieved']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })

  it('guard, en: a shipyard’s "slipway" is no verb of a fall', () => {
    expect(values('The yard’s new slipway raised output 20% in 2025.', 'en')).toEqual([['20%', 20, 'achieved']])
  })

  it('guard, ru: "до" with no verb of change before it is a ceiling', () => {
    expect(extract(['Поставки составят до 10 тыс. тонн.'], 'ru', '2026-05-12').map((f) => f.qualifier)).toEqual([
      'up-to',
    ])
  })
})

describe('extractFigures: a price that got cheaper, and a timetable’s hours', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['ru', 'С января билет Баку – Стамбул подешевел на 15 долларов.', [['15 долларов', -15, 'achieved']]],
    ['ru', 'Проезд удешевился на 10%.', [['10%', -10, 'achieved']]],
    ['tr', 'Bakü – İstanbul bileti ocaktan bu yana 15 dolar ucuzladı.', [['15 dolar', -15, 'achieved']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(values(sentence, lang)).toEqual(expected)
  })

  it('ru: "10–11 ч" and "около 26 ч" are hours on the road, "кВт·ч" still energy', () => {
    const rows = ['Маршрут | Перевозчик | В пути | Цена', 'Баку – Тбилиси | «Кавказ Экспресс» | 10–11 ч | 35 манатов']
    expect(extract(rows, 'ru', '2026-05-12').map((f) => [f.value, f.unit])).toEqual([
      [10, 'hours'],
      [35, 'AZN'],
    ])
    expect(values('Выработка составила 3 млрд кВт·ч.', 'ru')).toEqual([['3 млрд кВт·ч', 3e9, 'achieved']])
  })

  it('az: a timetable whose head was cut keeps its first row ("Bakı – Tbilisi | hər gün | 9–10 saat | 30–35 AZN")', () => {
    const rows = [
      'Avtobus reysləri və qiymətlər',
      'Bakı – Tbilisi | hər gün | 08:00, 21:30 | 9–10 saat | 30–35 AZN',
      'Bakı – Ankara | çərşənbə axşamı, şənbə | 09:30 | 34 saat | 110 AZN',
      'Bakı – İstanbul | bazar ertəsi, cümə | 10:00 | 38 saat | 120 AZN',
      'Bakı – Almatı | çərşənbə, bazar | 07:00 | 96 saat | 180 AZN',
    ]
    expect(extract(rows, 'az', '2026-05-15').map((f) => [f.value, f.unit])).toEqual([
      [9, 'hours'],
      [30, 'AZN'],
      [34, 'hours'],
      [110, 'AZN'],
      [38, 'hours'],
      [120, 'AZN'],
      [96, 'hours'],
      [180, 'AZN'],
    ])
  })
})

describe('a market’s falls told by the present, a loss’s noun or "lost"', () => {
  const changes = (lang: string, sentence: string) => extract([sentence], lang, '2026-09-17').map((f) => f.value)
  it.each([
    ['tr', 'Şanghay Bileşik endeksi %0,4 geriliyor.', -0.4],
    ['tr', 'Arabica kahve vadelisi geriledi, haftalık kayıp %4,5.', -4.5],
    ['az', 'Həftəlik itki 3,2 faiz təşkil edib.', -3.2],
    ['ru', 'Вчера индекс Мосбиржи потерял 0,6%.', -0.6],
    ['en', 'The index lost 0.6% on Tuesday.', -0.6],
  ])('%s: "%s"', (lang, sentence, value) => {
    expect(changes(lang, sentence)).toContain(value)
  })
})
