import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** The kind, date and status of each occasion one sentence tells, in an article of 2 February 2026. */
const occasions = (lang: string, sentence: string) =>
  extractEvents(articleOf(lang, '2026-02-02', [sentence])).map((e) => [e.kind, e.date, e.status])

describe('findEventCues: a joint drill, a sports games or a week of a country’s goods is an occasion of its own', () => {
  it.each<[string, string, string[]]>([
    ['ru', 'Учения «Каспий-2026» пройдут 13 февраля у Баку.', ['other', '2026-02-13', 'planned']],
    ['az', 'Fevralın 13-də Bakı yaxınlığında "Xəzər-2026" təlimi keçiriləcək.', ['other', '2026-02-13', 'planned']],
    ['tr', 'Ortak tatbikat 13 Şubat’ta Bakü açıklarında yapılacak.', ['other', '2026-02-13', 'planned']],
    ['en', 'The joint oil-spill drill will be held off Baku on February 13.', ['other', '2026-02-13', 'planned']],
    ['tr', 'Türk Devletleri Oyunları 12-20 Eylül 2026’da Türkistan’da yapılacak.', ['other', '2026-09-12', 'planned']],
    [
      'en',
      'The Turkic World Sports Games, which Almaty will host on 12–20 September, open a new stadium.',
      ['other', '2026-09-12', 'planned'],
    ],
    ['az', 'Oktyabrda Almatıda "Azərbaycan Məhsulları Həftəsi" keçiriləcək.', ['other', '2026-10', 'planned']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it('guard, ru: "обучение" (training) holds no drill', () => {
    expect(occasions('ru', 'Обучение водителей пройдет 13 февраля в Актау.')).toEqual([])
  })
})
