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

  it.each<[string, string, [string, string]]>([
    ['tr', 'Bakanlık 12 Haziran 2026’da konsorsiyumla yapım sözleşmesi imzaladı.', ['yapım sözleşmesi', '2026-06-12']],
    ['az', 'Nazirlik iyunun 12-də podratçı ilə tikinti müqaviləsi imzalayıb.', ['tikinti müqaviləsi', '2026-06-12']],
    ['az', 'İyunun 3-də 300 MW üçün enerji alqı-satqı müqaviləsi imzalanıb.', ['alqı-satqı müqaviləsi', '2026-06-03']],
    [
      'ru',
      '12 июня 2026 года министерство подписало с консорциумом подрядный договор.',
      ['подрядный договор', '2026-06-12'],
    ],
  ])('%s: a construction or sale contract: %s', (lang, sentence, expected) => {
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

describe('readAgreementMentions: a contract told by what it is for, or with an indefinite article', () => {
  it.each<[string, string, [string, string]]>([
    [
      'ru',
      'В среду, 2 сентября, стороны подписали контракт на поставку пшеницы.',
      ['контракт на поставку пшеницы', '2026-09-02'],
    ],
    [
      'ru',
      'Компания 1 сентября подписала с заводом контракт на строительство двух паромов.',
      ['контракт на строительство двух паромов', '2026-09-01'],
    ],
    [
      'en',
      'The joint venture signed a $62 million contract with a consortium in Baku on Tuesday.',
      ['$62 million contract', '2026-09-01'],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(agreements(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['en', 'Tokayev is due to pay a state visit on Dec. 8-9, when a long-term gas contract could be signed.'],
    ['en', 'The ministers stopped short of signing a binding intergovernmental agreement.'],
    ['tr', 'Taraflar arasında uzun vadeli bir gaz anlaşması imzalanmadı.'],
    ['ru', 'Стороны так и не подписали кредитное соглашение.'],
    ['en', 'On Monday, the state-owned Food Contract Corporation signed the deal.'],
  ])('no document signed: %s: %s', (lang, sentence) => {
    expect(agreements(lang, sentence)).toEqual([])
  })
})

describe('readAgreementMentions: a count counts the document noun only when no article stands between', () => {
  it('en: "The two companies signed an agreement" is one agreement, no package of two', () => {
    const found = extractAgreements(
      articleOf('en', '2026-09-03', ['The two companies signed an agreement in Baku on Tuesday.']),
    ).map((a) => [a.kind, a.count])
    expect(found).toEqual([['document', null]])
  })

  it('guard, en: "a package of 12 documents" is still a package of twelve', () => {
    const found = extractAgreements(
      articleOf('en', '2026-09-03', ['The leaders signed a package of 12 documents in Baku on Tuesday.']),
    ).map((a) => [a.kind, a.count])
    expect(found).toEqual([['package', 12]])
  })
})

describe('readAgreementMentions: a bare Turkish or Azerbaijani object signed is one new document', () => {
  it.each<[string, string, [string, string]]>([
    ['az', 'Avqustun 20-də beynəlxalq podratçı ilə müqavilə imzaladıq.', ['müqavilə', '2026-08-20']],
    ['tr', 'Şirketler danışmanlık firmasıyla 26 Ağustos’ta Bakü’de sözleşme imzaladı.', ['sözleşme', '2026-08-26']],
    ['tr', 'Liman işletmesi 1 Eylül’de Çinli bir konsorsiyumla anlaşma imzaladı.', ['anlaşma', '2026-09-01']],
    [
      'az',
      'ADY avqustun 12-də bərə xidmətinin təşkili haqqında saziş bağlayıb.',
      ['bərə xidmətinin təşkili haqqında saziş', '2026-08-12'],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(agreements(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['tr', 'Taraflar sözleşmeyi 2024’te Astana’da imzalamıştı.'],
    ['az', 'Tərəflər sazişi ötən il imzalayıb.'],
    ['en', 'The parties signed the contract in Astana.'],
    ['ru', 'Стороны подписали контракт в Астане.'],
  ])('guard: a document in the accusative, or with no article, is one told before (%s: %s)', (lang, sentence) => {
    expect(agreements(lang, sentence)).toEqual([])
  })

  it('guard: "bağla" alone closes, it signs nothing (az)', () => {
    expect(agreements('az', 'Fırtına səbəbindən liman avqustun 20-də bağlanıb, saziş isə hələ müzakirədədir.')).toEqual(
      [],
    )
  })
})

describe('dateOf: a lead that names a signed document by a participle does not date it to the article’s day', () => {
  const datesOf = (lang: string, sentence: string) => agreements(lang, sentence).map(([, date]) => date)

  it.each<[string, string]>([
    ['tr', 'Aşkabat’ta imzalanan mutabakat zaptı projeyi yeniden masaya getirdi.'],
    ['ru', 'Подписанный в Ашхабаде меморандум вернул проект в повестку дня.'],
  ])('%s: %s', (lang, sentence) => {
    expect(datesOf(lang, sentence)).toEqual([null])
  })

  it('guard: tr: a lead that reports the signing with a finite verb is dated to the article’s day', () => {
    expect(datesOf('tr', 'Bakanlar Aşkabat’ta mutabakat zaptı imzaladı ve proje yeniden masaya geldi.')).toEqual([
      '2026-09-03',
    ])
  })
})

describe('readAgreementMentions: a document named by its amount is one document, never a package of that count', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Bakü Limanı ile 18,2 milyon Avro tutarındaki sözleşme de aynı tören kapsamında imzalanmıştır.',
      '18,2 milyon Avro tutarındaki sözleşme',
    ],
    ['az', 'Tərəflər arasında 5 milyon manat dəyərində müqavilə imzalanıb.', '5 milyon manat dəyərində müqavilə'],
  ])('%s: %s', (lang, sentence, title) => {
    const found = extractAgreements(articleOf(lang, '2026-09-03', [sentence]))
    expect(found.map((a) => [a.kind, a.count, a.title])).toEqual([['document', null, title]])
  })

  it.each<[string, string]>([
    ['en', 'The operator signed a $5 million contract with the port.'],
    ['ru', 'Стороны подписали 5 млн долларов контрактов на поставку.'],
  ])('%s: an amount before the noun is no count of documents: %s', (lang, sentence) => {
    const found = extractAgreements(articleOf(lang, '2026-09-03', [sentence]))
    expect(found.filter((a) => a.count === 5)).toEqual([])
  })
})

describe('extractAgreements: a plural opening the sentence is the documents just told of', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      'Şirketimiz ile ADY arasında ray tedarik sözleşmesi 12.03.2026 tarihinde Bakü’de imzalanmıştır.',
      'Sözleşmeler, Yönetim Kurulu Başkanı ile ADY yöneticileri tarafından imzalanmış olup törene büyükelçilik temsilcileri de katılmıştır.',
    ],
    [
      'en',
      'The company signed a supply contract with ADY in Baku on 12 March.',
      'The contracts were signed by the chairman and ADY’s managers.',
    ],
  ])('%s: no second, vague package', (lang, first, second) => {
    const found = extractAgreements(articleOf(lang, '2026-09-03', [first, second]))
    expect(found.map((a) => a.kind)).toEqual(['document'])
  })
})

describe('readAgreementMentions: a Turkish or Azerbaijani quoted title ends with its noun', () => {
  it('tr: a quoted remark that opens with "Kararın" is speech, not a document', () => {
    const sentence =
      'Prof. Dr. Kemal Arslan, iptal davalarının ancak sınırlı sebeplerle kabul edildiğini hatırlatarak "Kararın kesinleşmesi büyük olasılıkla yılın ikinci yarısını bulur" değerlendirmesinde bulundu.'
    expect(extractAgreements(articleOf('tr', '2026-02-05', [sentence]))).toEqual([])
  })

  it.each<[string, string, string]>([
    [
      'tr',
      'Bakanlar dün "Orta Koridor’da Konteyner Taşımacılığının Geliştirilmesine İlişkin Yol Haritası"nı imzaladı.',
      'Orta Koridor’da Konteyner Taşımacılığının Geliştirilmesine İlişkin Yol Haritası',
    ],
    [
      'az',
      'Nazirlər dünən "Nəqliyyat sahəsində əməkdaşlıq haqqında Saziş" imzalayıblar.',
      'Nəqliyyat sahəsində əməkdaşlıq haqqında Saziş',
    ],
  ])('guard, %s: a quoted title ending with its noun is a document', (lang, sentence, title) => {
    const found = extractAgreements(articleOf(lang, '2026-02-05', [sentence]))
    expect(found.map((a) => a.title)).toContain(title)
  })
})
