import { describe, expect, it } from 'vitest'
import { clauseAround } from '../../../../src/pipeline/stages/clauses'
import { extract } from './figure-input'

const AZ_THREE_FACTS =
  'Liderlər bəyan etdilər ki, ticarət dövriyyəsi iki dəfə artırılaraq 1 milyard dollara çatdırılacaq, Qazaxıstan nefti Bakı–Tbilisi–Ceyhan kəməri vasitəsilə daşınacaq, Xəzər dənizi üzərindən fiber-optik kabel çəkiləcək.'

describe('clauseAround(text, mention)', () => {
  it.each([
    [
      'a comma before a new capitalised subject ends the clause',
      AZ_THREE_FACTS,
      '1 milyard',
      'Liderlər bəyan etdilər ki, ticarət dövriyyəsi iki dəfə artırılaraq 1 milyard dollara çatdırılacaq',
    ],
    [
      'a comma inside a list of lower-case words does not',
      'Enerji, ulaştırma ve sağlık alanlarında 15 anlaşma imzalandı; tören Astana’da yapıldı.',
      '15',
      'Enerji, ulaştırma ve sağlık alanlarında 15 anlaşma imzalandı',
    ],
  ])('%s', (_name, text, words, clause) => {
    const start = text.indexOf(words)
    const span = clauseAround(text, { start, end: start + words.length })
    expect(text.slice(span.start, span.end)).toBe(clause)
  })
})

describe('figure scope in a sentence that strings several facts together', () => {
  it('files the trade target under trade and the two partners, not under the oil route’s countries', () => {
    const trade = extract(['Azərbaycan və Qazaxıstan liderləri Astanada görüşüb.', AZ_THREE_FACTS], 'az').find(
      (f) => f.unit === 'USD',
    )
    expect(trade).toMatchObject({ metric: 'trade-turnover', sectors: ['trade'], countries: ['AZ', 'KZ'] })
  })
})
