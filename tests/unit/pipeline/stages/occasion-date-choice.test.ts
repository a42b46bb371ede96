import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** The dates of the occasions one sentence tells, in an article of the given day. */
const datesOf = (sentence: string, lang: string, published: string) =>
  extractEvents(articleOf(lang, published, [sentence])).map((e) => e.date)

describe('readSentenceEvents: a year alone beside a day is a plan’s year, not the occasion’s date', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'At talks in Urumqi on Oct. 29, the railways agreed to add container trains from next year.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'ru',
      '29 октября в Урумчи прошли переговоры, на которых стороны договорились увеличить число поездов с 2026 года.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'tr',
      '29 Ekim’de Urumçi’de, 2026 yılından itibaren sefer sayısını artırmak için görüşme yapıldı.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'az',
      'Oktyabrın 29-da, 2026-cı ildən qatarların sayını artırmaq üçün Urumçidə danışıqlar aparılıb.',
      '2025-11-04',
      '2025-10-29',
    ],
  ])('%s: %s', (lang, sentence, published, date) => {
    expect(datesOf(sentence, lang, published)).toEqual([date])
  })

  it('guard: a planned occasion dated by its year alone keeps it', () => {
    expect(datesOf('The next summit will be held in Astana in 2027.', 'en', '2025-11-04')).toEqual(['2027'])
  })
})
