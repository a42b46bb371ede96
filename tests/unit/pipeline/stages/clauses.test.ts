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

describe('clauseAround: an appositive between commas ends no clause', () => {
  it.each([
    [
      'en',
      "Trade with Uzbekistan, Kazakhstan's largest partner in Central Asia, reached $4.6 billion last year.",
      '4.6',
      "Trade with Uzbekistan, Kazakhstan's largest partner in Central Asia, reached $4.6 billion last year.",
    ],
    [
      'ru',
      'Перевалка через порт Алят, Бакинский международный морской торговый порт, выросла на 20% за год.',
      '20%',
      'Перевалка через порт Алят, Бакинский международный морской торговый порт, выросла на 20% за год.',
    ],
    [
      'tr',
      "Tokayev, Astana'daki forumda, ticaretin 5 milyar dolara çıkacağını söyledi.",
      '5 milyar',
      "Tokayev, Astana'daki forumda, ticaretin 5 milyar dolara çıkacağını söyledi.",
    ],
    [
      'az',
      'Nazir, Bakıdakı görüşdə, yükdaşımaların 3 milyon tona çatdığını bildirib.',
      '3 milyon',
      'Nazir, Bakıdakı görüşdə, yükdaşımaların 3 milyon tona çatdığını bildirib.',
    ],
  ])('%s', (_lang, sentence, word, clause) => {
    expect(clauseOf(sentence, word)).toBe(clause)
  })

  it('keeps the break before a new subject whose phrase holds a figure of its own (en)', () => {
    const sentence = "Azerbaijan's exports rose 10%, Kazakhstan's imports fell 5%, according to the agency."
    expect(clauseOf(sentence, '10%')).toBe("Azerbaijan's exports rose 10%")
  })

  it('keeps the break when the phrase after the comma goes on with a conjunction (ru)', () => {
    const sentence = 'Экспорт вырос на 12%, Импорт Казахстана сократился, а транзит остался на уровне 3 млн тонн.'
    expect(clauseOf(sentence, '12%')).toBe('Экспорт вырос на 12%')
  })

  it('keeps the break before a long new clause (en)', () => {
    const sentence =
      'Freight rose 15% in the first half, Kazakhstan also shipped more grain to Azerbaijan through the port of Aktau than before, officials said.'
    expect(clauseOf(sentence, '15%')).toBe('Freight rose 15% in the first half')
  })
})

describe('clauseAround: a comma before Russian "и" opening a new predicate ends a clause', () => {
  it('keeps "и импорт сократился" out of the export figure’s clause (ru)', () => {
    const sentence = 'Экспорт вырос на 12%, и импорт сократился на 5%.'
    expect(clauseOf(sentence, '12%')).toBe('Экспорт вырос на 12%')
  })

  it('leaves a list without a comma before "и" whole (ru)', () => {
    const sentence = 'Уголь, зерно и металлы составили 5 млн тонн.'
    expect(clauseOf(sentence, '5 млн')).toBe(sentence)
  })
})

describe('clauseAround: a Turkish converb of "while" closes its clause', () => {
  it.each<[string, string, string]>([
    [
      'Prim geçen yılın sonunda yüzde 1 seviyesindeyken mart başında yüzde 0,7’ye geriledi.',
      'yüzde 1',
      'Prim geçen yılın sonunda yüzde 1 seviyesindeyken',
    ],
    ['İhracat yüzde 12 artarken ithalat yüzde 3 azaldı.', 'ithalat', 'ithalat yüzde 3 azaldı.'],
  ])('%s', (sentence, word, clause) => {
    expect(clauseOf(sentence, word).trim()).toBe(clause)
  })

  it('guard: "erken" (early) is no converb', () => {
    const sentence = 'Proje erken tamamlandı ve hat 2025’te açıldı.'
    expect(clauseOf(sentence, 'erken')).toBe(sentence)
  })
})
