import { describe, expect, it } from 'vitest'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { readAgreementMentions } from '../../../../src/pipeline/stages/agreement-mentions'
import { articleOf } from './extraction-input'

const agreements = (lang: string, sentences: string[]) =>
  extractAgreements(articleOf(lang, '2026-06-10', sentences)).map(({ kind, title, count, date }) => ({
    kind,
    title,
    count,
    date,
  }))

describe('"Among the documents were …" names documents of the signing before it', () => {
  it.each([
    [
      'tr',
      'Görüşmelerin ardından toplam 14 belge imzalandı.',
      'Belgeler arasında "Orta Koridor’da Konteyner Taşımacılığının Geliştirilmesine İlişkin Yol Haritası" da bulunuyor.',
    ],
    [
      'az',
      'Görüşdən sonra 14 sənəd imzalanıb.',
      'Sənədlər arasında Orta Dəhlizdə konteyner daşımalarının inkişafına dair Yol Xəritəsi də var.',
    ],
    [
      'en',
      'Turkey and Kazakhstan signed 15 agreements on Tuesday.',
      'Among the documents were an agreement on international combined freight transport and a memorandum of understanding on critical raw materials.',
    ],
    [
      'ru',
      'По итогам переговоров подписан пакет из 15 документов.',
      'Среди подписанных документов – Меморандум о взаимопонимании в области критически важного минерального сырья.',
    ],
  ])('%s', (lang, signing, list) => {
    const found = agreements(lang, [signing, list])
    expect(found[0]).toMatchObject({ kind: 'package' })
    expect(found.slice(1).length).toBeGreaterThan(0)
    expect(found.slice(1).every((a) => a.kind === 'document' && a.title !== null)).toBe(true)
  })
})

describe('a span of days dates a signing from its first day', () => {
  it.each([
    [
      'tr',
      'Erdoğan, 9-10 Haziran tarihlerinde Kazakistan’a devlet ziyareti gerçekleştirdi.',
      'Ziyaret sırasında 15 belge imzalandı.',
    ],
    ['az', 'Tokayev iyunun 9-10-da Azərbaycana dövlət səfəri edib.', 'Səfər çərçivəsində 14 sənəd imzalanıb.'],
    [
      'en',
      'Erdoğan paid a state visit to Kazakhstan on June 9-10.',
      'During the visit, the sides signed 15 agreements.',
    ],
    [
      'ru',
      'Эрдоган прибыл в Казахстан с государственным визитом 9–10 июня.',
      'В ходе визита подписан пакет из 15 документов.',
    ],
  ])('%s', (lang, visit, signing) => {
    expect(agreements(lang, [visit, signing])).toMatchObject([{ kind: 'package', date: '2026-06-09' }])
  })
})

describe('a document noun inside a named document’s title is no package of its own', () => {
  it.each([
    [
      'en',
      'The ministers signed four documents, including a memorandum on the electronic exchange of transport documents.',
    ],
    [
      'ru',
      'Министры подписали четыре документа, в том числе меморандум об электронном обмене транспортными документами.',
    ],
  ])('%s', (lang, sentence) => {
    const kinds = readAgreementMentions(sentence, lang, '2026-09-18').map((m) => [m.kind, m.count])
    expect(kinds).toEqual([
      ['package', 4],
      ['document', null],
    ])
  })
})

describe('a list of documents after "among the signed documents", far from the signing', () => {
  it('names each document, and no vague package for the opener (ru)', () => {
    const ru = agreements('ru', [
      'Среди подписанных документов также Меморандум о сотрудничестве в сфере торговли электроэнергией и Программа сотрудничества в области здравоохранения.',
    ])
    expect(ru.map((a) => a.kind)).toEqual(['document', 'document'])
    expect(ru[0]?.title).toBe('Меморандум о сотрудничестве в сфере торговли электроэнергией')
  })

  it('ends a title at "and a" before the next document (en)', () => {
    const en = agreements('en', [
      'Turkey and Kazakhstan signed 15 agreements on Tuesday.',
      'Among the documents were an agreement on combined freight transport and a memorandum on critical raw materials.',
    ])
    expect(en.map((a) => a.title)).toEqual([
      null,
      'agreement on combined freight transport',
      'memorandum on critical raw materials',
    ])
  })
})

describe('a counted package’s list of its own documents adds no documents', () => {
  it.each([
    ['tr', 'Toplantıda toplam 3 belge imzalandı: bir mutabakat zaptı ve iki teknik protokol.', 3],
    ['az', 'Görüşdən sonra 6 sənəd imzalanıb: bir memorandum və iki protokol.', 6],
    ['en', 'The ministers signed four documents: a memorandum and three protocols.', 4],
    ['ru', 'По итогам встречи подписано пять документов, в том числе меморандум и два протокола.', 5],
  ])('%s: one package of the stated count', (lang, sentence, count) => {
    expect(agreements(lang, [sentence])).toEqual([{ kind: 'package', title: null, count, date: '2026-06-10' }])
  })

  it.each([
    [
      'en',
      'Kazakhstan and Azerbaijan signed nine documents, including a protocol on through tariffs, in Baku.',
      'protocol on through tariffs',
    ],
    [
      'ru',
      'Подписано пять документов, в том числе меморандум о цифровой очереди на пункте пропуска.',
      'меморандум о цифровой очереди на пункте пропуска',
    ],
  ])('%s: a member named by its subject stays a document of its own', (lang, sentence, title) => {
    const found = agreements(lang, [sentence])
    expect(found.map((a) => a.kind)).toEqual(['package', 'document'])
    expect(found[1]?.title).toBe(title)
  })
})
