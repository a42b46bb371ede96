import { describe, expect, it } from 'vitest'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { articleOf } from './extraction-input'

const agreements = (lang: string, sentences: string[]) =>
  extractAgreements(articleOf(lang, '2026-05-20', sentences)).map((a) => ({
    kind: a.kind,
    title: a.title,
    date: a.date,
    place: a.place,
    parties: a.parties,
  }))

/** A treaty database's record: the document's name, then its fields; the signing one has no verb. */
describe('extractAgreements: a record names a document its signing field dates', () => {
  it.each<[string, string[], string]>([
    [
      'tr',
      [
        '2. Türkiye Cumhuriyeti ile Kazakistan Cumhuriyeti Arasında Yatırımların Karşılıklı Teşviki ve Korunması Anlaşması',
        'İmza yeri ve tarihi: Almatı, 01.05.1992',
        'Yürürlük tarihi: 10.08.1995',
      ],
      '1992-05-01',
    ],
    [
      'az',
      [
        'Azərbaycan Respublikası Hökuməti ilə Qazaxıstan Respublikası Hökuməti arasında beynəlxalq avtomobil daşımaları haqqında Saziş',
        'İmzalanma yeri və tarixi: Bakı, 12.05.2022',
        'Qüvvəyə minmə tarixi: 03.03.2023',
      ],
      '2022-05-12',
    ],
    [
      'ru',
      [
        '3. Протокол о внесении изменений в Соглашение между Правительством Республики Казахстан и Правительством Турецкой Республики о международных автомобильных перевозках',
        'Место и дата подписания: г. Астана, 12.05.2022',
        'Дата вступления в силу: 03.03.2023',
      ],
      '2022-05-12',
    ],
    [
      'en',
      [
        'Agreement between the Government of the Republic of Kazakhstan and the Government of the Republic of Türkiye on International Road Transport',
        'Date of signature: 12 September 2017',
        'Entry into force: 2 February 2019',
      ],
      '2017-09-12',
    ],
  ])('%s', (lang, sentences, date) => {
    const found = agreements(lang, sentences)
    // one document, even where its name holds the one it amends
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ kind: 'document', date })
    expect(found[0]?.parties).toContain('KZ')
    // the record's whole line, but its number, names the document
    expect(found[0]?.title).toBe(sentences[0]?.replace(/^\d+\.\s+/u, ''))
  })

  it('guard: a field of entry into force signs nothing', () => {
    expect(
      agreements('en', [
        'Agreement between Kazakhstan and Türkiye on International Road Transport',
        'Entry into force: 2 February 2019',
      ]),
    ).toEqual([])
  })
})
