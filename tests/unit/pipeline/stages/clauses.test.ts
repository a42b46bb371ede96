import { describe, expect, it } from 'vitest'
import { clauseAround } from '../../../../src/pipeline/stages/clauses'

/** The clause around the first occurrence of `word` in `sentence`, as text. */
const clauseOf = (sentence: string, word: string) => {
  const start = sentence.indexOf(word)
  const { start: from, end } = clauseAround(sentence, { start, end: start + word.length })
  return sentence.slice(from, end)
}

describe('clauseAround: a new topic set off by "ise"/"isə" opens a clause', () => {
  it.each([
    [
      'tr',
      'Taraflar ticareti 2030 yılına kadar 10 milyar dolara çıkarmayı hedefliyor, analistler ise ticaretin bu yıl 5 milyar doları aşmasını bekliyor.',
      'analistler ise ticaretin bu yıl 5 milyar doları aşmasını bekliyor.',
    ],
    [
      'az',
      'İxrac 12 faiz artıb, idxalın həcmi isə 3 faiz azalaraq 400 milyon dollar olub.',
      'idxalın həcmi isə 3 faiz azalaraq 400 milyon dollar olub.',
    ],
  ])('%s', (_lang, sentence, clause) => {
    expect(clauseOf(sentence, clause.split(' ')[0]!)).toBe(clause)
  })

  it('keeps a list of words after a comma in its clause when no "ise" follows (tr)', () => {
    const sentence = 'Limanda tahıl, pamuk ve metal yükleri 2025 yılında 3 milyon tona ulaştı.'
    expect(clauseOf(sentence, 'pamuk')).toBe(sentence)
  })
})
