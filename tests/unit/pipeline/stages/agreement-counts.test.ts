import { describe, expect, it } from 'vitest'
import { readAgreementMentions } from '../../../../src/pipeline/stages/agreement-mentions'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { articleOf } from './extraction-input'

/** Each mention of a sentence as its kind, its count and its words. */
const mentions = (sentence: string, lang: string) =>
  readAgreementMentions(sentence, lang, '2026-03-13').map((m) => [
    m.kind,
    m.count,
    sentence.slice(m.span.start, m.span.end),
  ])

describe('readAgreementMentions: a number before a document counts it only when nothing else takes it', () => {
  it.each<[string, string, string]>([
    ['tr', 'Üç ülkenin demiryolu şirketleri anlaşma imzaladı.', 'anlaşma'],
    ['az', 'Üç ölkənin dəmir yolu şirkətləri saziş imzaladı.', 'saziş'],
    [
      'ru',
      'Железные дороги трёх стран подписали соглашение о едином сквозном тарифе.',
      'соглашение о едином сквозном тарифе',
    ],
    [
      'en',
      'The railways of the three countries signed an agreement on a through-tariff.',
      'agreement on a through-tariff',
    ],
  ])('%s: "%s" is one document, not a package of three', (lang, sentence, words) => {
    expect(mentions(sentence, lang)).toEqual([['document', null, words]])
  })

  it('still counts a package whose number stands before its noun, in all four languages', () => {
    expect(mentions('Toplam 3 belge imzalandı.', 'tr')).toEqual([['package', 3, '3 belge']])
    expect(mentions('Ümumilikdə 3 sənəd imzalanıb.', 'az')).toEqual([['package', 3, '3 sənəd']])
    expect(mentions('The sides signed 3 agreements.', 'en')).toEqual([['package', 3, '3 agreements']])
    expect(mentions('Подписано три соглашения.', 'ru')).toEqual([['package', 3, 'три соглашения']])
  })

  it('does not count a document across a dash: "четыре документа — меморандум …" names one package', () => {
    const read = mentions(
      'Министры подписали ещё четыре документа — меморандум об электронной накладной и протокол о паромном расписании.',
      'ru',
    )
    expect(read.filter(([kind]) => kind === 'package')).toEqual([['package', 4, 'четыре документа']])
  })
})

describe('findSigningVerbs: "imza altına alındı" signs, as "imzalandı" does', () => {
  it.each([
    ['Zirvede ulaştırma, enerji ve turizm alanlarında toplam 12 belge imza altına alındı.', 12],
    ['Ziyarette 8 belge daha imza altına alındı.', 8],
  ])('%s', (sentence, count) => {
    const found = extractAgreements(articleOf('tr', '2026-10-14', [sentence]))
    expect(found.map((a) => [a.kind, a.count])).toEqual([['package', count]])
  })
})
