import { describe, expect, it } from 'vitest'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { articleOf } from './extraction-input'

/** Each agreement one sentence reports: its kind and title. */
const agreements = (lang: string, sentence: string) =>
  extractAgreements(articleOf(lang, '2026-05-14', [sentence])).map((a) => [a.kind, a.title])

describe('extractAgreements: a document named by its amount, or as an investment or a grant agreement', () => {
  it.each<[string, string, string]>([
    [
      'tr',
      "Aşkabat'ta bakanlık ile bir Türk holding arasında 45 milyon dolarlık yatırım sözleşmesi imzalandı.",
      '45 milyon dolarlık yatırım sözleşmesi',
    ],
    [
      'tr',
      'Avrupa Birliği ile Azerbaycan arasında koridor için 300 milyon avroluk hibe anlaşması imzalandı.',
      '300 milyon avroluk hibe anlaşması',
    ],
    [
      'az',
      'Tərəflər Bakıda 12 milyon manatlıq tikinti müqaviləsi imzalayıblar.',
      '12 milyon manatlıq tikinti müqaviləsi',
    ],
    ['ru', 'Стороны подписали инвестиционное соглашение.', 'инвестиционное соглашение'],
    ['en', 'The EU and Azerbaijan signed the grant agreement on Tuesday.', 'grant agreement'],
  ])('%s: %s', (lang, sentence, title) => {
    expect(agreements(lang, sentence)).toContainEqual(['document', title])
  })
})

describe('extractAgreements: a question, a pronoun and an investment decision sign nothing', () => {
  it.each<[string, string]>([
    ['az', 'Sual (Report): – Özbəkistanla hansı sənədlər imzalanıb?'],
    ['en', 'Which documents were signed in Tashkent?'],
    ['ru', '– Какие документы были подписаны в Ташкенте?'],
    ['tr', '– Taşkent’te hangi belgeler imzalandı?'],
    ['az', 'Bu barədə qərar iyun ayında Aşqabadda komissiyanın 22-ci iclasında qəbul edilib.'],
    ['az', 'Kabel üzrə yekun investisiya qərarı komissiyanın iclasında qəbul edilib.'],
  ])('%s: %s', (lang, sentence) => {
    expect(agreements(lang, sentence)).toEqual([])
  })
})

describe('extractAgreements: contracts counted by their sum, not by number, are a value of trade', () => {
  it.each<[string, string]>([
    ['az', 'Bu ticarət evləri vasitəsilə ötən il ümumilikdə 310 milyon dollarlıq ixrac müqavilələri bağlanıb.'],
    ['tr', 'Fuarda toplam 40 milyon dolarlık ihracat sözleşmeleri imzalandı.'],
  ])('%s: %s', (lang, sentence) => {
    expect(agreements(lang, sentence)).toEqual([])
  })

  it('guard, az: one contract named by its sum is still a document', () => {
    expect(agreements('az', 'Tərəflər Bakıda 12 milyon manatlıq tikinti müqaviləsi imzalayıblar.')).toEqual([
      ['document', '12 milyon manatlıq tikinti müqaviləsi'],
    ])
  })
})
