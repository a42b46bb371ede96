import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The kind, year and deadline of the figure of `value` in an article published on 2026-06-05. */
const figureOf = (lang: string, sentence: string, value: number) => {
  const figure = extract([sentence], lang, '2026-06-05').find((f) => f.value === value)
  return figure && { kind: figure.kind, year: figure.year, deadline: figure.deadline }
}

describe('a survey’s share of those who answered is a fact of the survey, whatever they expect', () => {
  it.each<[string, string, number]>([
    ['tr', "Katılımcıların yüzde 62'si 2027 sonuna kadar ihracat hacimlerinin artacağını düşünüyor.", 62],
    ['az', 'Şirkətlərin 62 faizi 2027-ci ildə satışların artacağını proqnozlaşdırır.', 62],
    ['en', '62% of respondents expect volumes to grow by the end of 2027.', 62],
    ['ru', '58% компаний ожидают роста объёмов перевозок до конца 2027 года.', 58],
  ])('%s: %s', (lang, sentence, value) => {
    expect(figureOf(lang, sentence, value)).toEqual({ kind: 'achieved', year: 2026, deadline: null })
  })

  it('guard, az: a share who report a past fact keeps that fact’s year', () => {
    const sentence = 'Respondentlərin 58 faizi 2025-ci ildə Qazaxıstana satışlarının artdığını bildirib.'
    expect(figureOf('az', sentence, 58)).toMatchObject({ kind: 'achieved', year: 2025 })
  })

  it('guard, en: a count of companies in a plan stays planned', () => {
    const sentence = 'The minister will lead a delegation of about 150 companies to Tashkent in December.'
    expect(figureOf('en', sentence, 150)?.kind).not.toBe('achieved')
  })
})
