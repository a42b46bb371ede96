import { describe, expect, it } from 'vitest'
import { clauseAround } from '../../../../src/pipeline/stages/clauses'

/** The clause of a sentence around the first occurrence of `words`. */
function clauseOf(sentence: string, words: string): string {
  const start = sentence.indexOf(words)
  const clause = clauseAround(sentence, { start, end: start + words.length })
  return sentence.slice(clause.start, clause.end)
}

describe('clauseAround: a list of names is one clause; a reporting clause between commas ends it', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'In 2025 the ferries between Alat, Aktau and Kuryk carried roughly 96,000 trucks.',
      '96,000',
      'In 2025 the ferries between Alat, Aktau and Kuryk carried roughly 96,000 trucks.',
    ],
    [
      'az',
      'Azərbaycan, Gürcüstan və Türkiyə arasında daşımalar 12 faiz artıb.',
      '12 faiz',
      'Azərbaycan, Gürcüstan və Türkiyə arasında daşımalar 12 faiz artıb.',
    ],
    [
      'tr',
      "Kazakistan, Özbekistan ve Türkmenistan'dan gelen yük 3 milyon tona ulaştı.",
      '3 milyon',
      "Kazakistan, Özbekistan ve Türkmenistan'dan gelen yük 3 milyon tona ulaştı.",
    ],
    [
      'ru',
      'Через Казахстан, Узбекистан и Туркменистан прошло 1,2 млн тонн.',
      '1,2 млн',
      'Через Казахстан, Узбекистан и Туркменистан прошло 1,2 млн тонн.',
    ],
    [
      'en',
      'Transfers from Kazakhstan to Uzbekistan rose 40% in nine months, Yusupova says, as sites in Almaty, Astana and Shymkent compete with Russian employers.',
      '40%',
      'Transfers from Kazakhstan to Uzbekistan rose 40% in nine months',
    ],
  ])('%s: %s', (_lang, sentence, words, clause) => {
    expect(clauseOf(sentence, words)).toBe(clause)
  })

  it('guard: a new subject after a comma still opens a clause', () => {
    const sentence = 'Exports rose 12% in 2025, Kazakhstan shipped most of the grain through Aktau.'
    expect(clauseOf(sentence, '12%')).toBe('Exports rose 12% in 2025')
  })
})
