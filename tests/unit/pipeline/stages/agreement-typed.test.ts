import { describe, expect, it } from 'vitest'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { articleOf } from './extraction-input'

/** Each agreement's title and date, in an article of Thursday 3 September 2026. */
const agreements = (lang: string, sentence: string) =>
  extractAgreements(articleOf(lang, '2026-09-03', [sentence])).map((a) => [a.title, a.date])

describe('readAgreementMentions: a kind of document written before a generic noun is one signed document', () => {
  it.each<[string, string, [string, string]]>([
    ['en', 'The EBRD signed a $60 million loan agreement in London on 9 June.', ['loan agreement', '2026-06-09']],
    [
      'en',
      'On 12 June 2026 the two operators signed a joint venture agreement in Baku.',
      ['joint venture agreement', '2026-06-12'],
    ],
    ['az', 'Kredit sazişi çərşənbə günü Bakıda nazir müavini tərəfindən imzalanıb.', ['Kredit sazişi', '2026-09-02']],
    ['tr', 'Şirket 12 Haziran 2026’da Ankara’da tedarik sözleşmesi imzaladı.', ['tedarik sözleşmesi', '2026-06-12']],
    ['ru', 'ЕБРР 12 июня 2026 года подписал с компанией кредитное соглашение.', ['кредитное соглашение', '2026-06-12']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(agreements(lang, sentence)).toEqual([expected])
  })

  it('guard: ru: a bare generic noun names no document of its own', () => {
    expect(agreements('ru', 'Стороны подписали соглашение в Баку.')).toEqual([])
  })

  it('guard: a day after a reporting verb dates the report, not the signing', () => {
    const sentence = 'The ministry said on Wednesday that the loan agreement was signed in Baku on 12 June 2026.'
    expect(agreements('en', sentence)).toEqual([['loan agreement', '2026-06-12']])
  })
})
