import { describe, expect, it } from 'vitest'
import { cellFigures, extract } from './figure-input'

/** Each figure of an article of lines, published on 2026-01-22. */
const figuresOf = (lang: string, lines: readonly string[]) => cellFigures(lang, lines, '2026-01-22')

describe('table rows: columns that each name a measure and its unit in brackets', () => {
  it.each<[string, string[], (string | number | null)[][]]>([
    [
      'az',
      [
        'Cədvəl. Vaqon alışı və yük daşınması, 2021–2025',
        'İl | Alınan vaqonlar (ədəd) | Yük daşınması (mln ton)',
        '2024 | 310 | 17,4',
        '2025 | 390 | 18,7',
        'Dəyişmə (2024–2025) | +26% | +7,5%',
      ],
      [
        ['310', 310, 'count', 2024, 'Alınan vaqonlar'],
        ['17,4', 17.4e6, 't', 2024, 'Freight volume'],
        ['390', 390, 'count', 2025, 'Alınan vaqonlar'],
        ['18,7', 18.7e6, 't', 2025, 'Freight volume'],
        ['+26%', 26, 'percent', 2025, 'Alınan vaqonlar: growth'],
        ['+7,5%', 7.5, 'percent', 2025, 'Freight volume: growth'],
      ],
    ],
    [
      'tr',
      [
        'Tablo: Vagon alımı ve yük taşıma, 2024–2025',
        'Yıl | Alınan vagonlar (adet) | Taşınan yük (milyon ton)',
        '2024 | 310 | 17,4',
        '2025 | 390 | 18,7',
      ],
      [
        ['310', 310, 'count', 2024, 'Alınan vagonlar'],
        ['17,4', 17.4e6, 't', 2024, 'Freight volume'],
        ['390', 390, 'count', 2025, 'Alınan vagonlar'],
        ['18,7', 18.7e6, 't', 2025, 'Freight volume'],
      ],
    ],
    [
      'en',
      [
        'Table: wagons bought and freight carried, 2024–2025',
        'Year | Wagons bought (units) | Freight carried (million tonnes)',
        '2024 | 310 | 17.4',
        '2025 | 390 | 18.7',
      ],
      [
        ['310', 310, 'count', 2024, 'Wagons bought'],
        ['17.4', 17.4e6, 't', 2024, 'Freight volume'],
        ['390', 390, 'count', 2025, 'Wagons bought'],
        ['18.7', 18.7e6, 't', 2025, 'Freight volume'],
      ],
    ],
    [
      'ru',
      [
        'Таблица. Закупки вагонов и перевозки грузов, 2024–2025',
        'Год | Куплено вагонов (ед.) | Перевезено грузов (млн т)',
        '2024 | 310 | 17,4',
        '2025 | 390 | 18,7',
      ],
      [
        ['310', 310, 'count', 2024, 'Куплено вагонов'],
        ['17,4', 17.4e6, 't', 2024, 'Freight volume'],
        ['390', 390, 'count', 2025, 'Куплено вагонов'],
        ['18,7', 18.7e6, 't', 2025, 'Freight volume'],
      ],
    ],
  ])('%s: each cell takes its column’s measure and unit', (lang, lines, expected) => {
    expect(figuresOf(lang, lines)).toEqual(expected)
  })
})

describe('table rows: a ranking’s places are ordinals and its head is no row', () => {
  it.each<[string, string[], string, number[]]>([
    [
      'en',
      [
        'Top of the ranking',
        'Rank | Node | Country | Score (out of 100) | Rank 2024',
        '1 | Port of Baku (Alat) | Azerbaijan | 81.4 | 2',
        '2 | Aktau sea port | Kazakhstan | 78.9 | 1',
        '3 | Poti sea port | Georgia | 71.5 | 5',
      ],
      'Score',
      [81.4, 78.9, 71.5],
    ],
    [
      'ru',
      [
        'Лидеры рейтинга',
        'Место | Узел | Страна | Балл (из 100) | Место 2024',
        '1 | Порт Баку (Алят) | Азербайджан | 81,4 | 2',
        '2 | Порт Актау | Казахстан | 78,9 | 1',
        '3 | Порт Поти | Грузия | 71,5 | 5',
      ],
      'Балл',
      [81.4, 78.9, 71.5],
    ],
    [
      'tr',
      [
        'Sıralamanın ilk üçü',
        'Sıra | Düğüm | Ülke | Puan (100 üzerinden) | Sıra 2024',
        '1 | Bakü Limanı (Alat) | Azerbaycan | 81,4 | 2',
        '2 | Aktau Limanı | Kazakistan | 78,9 | 1',
        '3 | Poti Limanı | Gürcistan | 71,5 | 5',
      ],
      'Puan',
      [81.4, 78.9, 71.5],
    ],
    [
      'az',
      [
        'Reytinqin ilk üçlüyü',
        'Yer | Qovşaq | Ölkə | Bal (100 üzərindən) | Yer 2024',
        '1 | Bakı Limanı (Ələt) | Azərbaycan | 81,4 | 2',
        '2 | Aktau Limanı | Qazaxıstan | 78,9 | 1',
        '3 | Poti Limanı | Gürcüstan | 71,5 | 5',
      ],
      'Bal',
      [81.4, 78.9, 71.5],
    ],
  ])('%s: only the scores are figures', (lang, lines, label, scores) => {
    const figures = extract(lines, lang, '2025-11-18')
    expect(figures.map((f) => [f.label, f.value])).toEqual(scores.map((score) => [label, score]))
  })
})
