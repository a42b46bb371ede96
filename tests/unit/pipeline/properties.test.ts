import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDataset } from '../../../src/pipeline/build-dataset'
import { findDates } from '../../../src/pipeline/lexicon/dates'
import { findQuantities, parseNumber } from '../../../src/pipeline/lexicon/numbers'
import { segmentText } from '../../../src/pipeline/stages/segment'
import { provenanceErrors, toRawFiles } from '../../support/pipeline'

const RUNS = { numRuns: 200 }

const lang = fc.constantFrom('tr', 'az', 'en', 'ru')

// Pieces of news copy that reach the parsers' interesting branches, glued together at random.
const TOKENS = [
  ...['4,5', '1.500.000', '120,000', '0,75', '62', '2030', '3-4', '10–12', '%', 'yüzde', 'faiz', 'on beş', 'iki'],
  ...['milyon', 'milyar', 'bin', 'min', 'млн', 'млрд', 'million', 'billion', 'тысяч', 'ton', 'tona', 'dollar'],
  ...["'dan fazla", '-dən çox', 'более', 'about', 'yaklaşık', 'katına', 'dəfə', 'TEU', '$', '€', 'kubmetr'],
  ...['2024-cü ildə', 'geçen yıl', 'ötən il', 'в прошлом году', '10 Ekim 2024', 'oktyabrın 21-də', '31.02.2025'],
  ...[' ', ' ', ', ', '. ', '\n', '\n\n', '’', "'", '—', 'İ', 'ı', 'ə', 'ş', '😀', '\u0000', '\uFFFD'],
]
const newsLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((parts) => parts.join(''))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), newsLike)

const isoDay = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))

/** Tells whether a string is a real calendar year, month or day in the partial ISO forms the schema allows. */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!match) return false
  const [, year, month, day] = match.map(Number)
  if (match[2] === undefined) return true
  if (month === undefined || month < 1 || month > 12) return false
  if (match[3] === undefined) return true
  const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate()
  return day !== undefined && day >= 1 && day <= daysInMonth
}

const spanFits = (span: { start: number; end: number }, text: string) =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.start < span.end &&
  span.end <= text.length

describe('parseNumber(text, lang)', () => {
  it('never throws and returns a finite number or null', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        const value = parseNumber(text, l)
        expect(value === null || Number.isFinite(value)).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('findQuantities(text, lang)', () => {
  it('never throws, and every quantity has a finite value and a span inside the text', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        for (const quantity of findQuantities(text, l)) {
          expect(spanFits(quantity, text), JSON.stringify(quantity)).toBe(true)
          expect(Number.isFinite(quantity.value)).toBe(true)
        }
      }),
      RUNS,
    )
  })

  // "4,5 milyon tona", "12,75 milyar dolara": a decimal comma, a scale word and a unit with a case suffix.
  const turkishFigure = fc.record({
    whole: fc.integer({ min: 1, max: 999 }),
    decimals: fc.constantFrom('', '5', '25', '75', '1', '05'),
    scale: fc.constantFrom(['milyon', 1e6] as const, ['milyar', 1e9] as const),
    unit: fc.constantFrom(
      ['ton', 't'] as const,
      ['tona', 't'] as const,
      ['tonluk', 't'] as const,
      ['dolar', 'USD'] as const,
      ['dolara', 'USD'] as const,
      ['dolarlık', 'USD'] as const,
    ),
    frame: fc.constantFrom(
      (figure: string) => `Geçen yıl ihracat hacmi ${figure} ulaştı.`,
      (figure: string) => `Bakanlık, 2030 yılına kadar ${figure} hedefliyor.`,
      (figure: string) => `Şirket bu yıl ${figure} yatırım yapacak.`,
    ),
  })

  it('reads a generated Turkish figure back as the value it was written from', () => {
    fc.assert(
      fc.property(turkishFigure, ({ whole, decimals, scale, unit, frame }) => {
        const numeral = decimals ? `${whole},${decimals}` : String(whole)
        const expected = Number(decimals ? `${whole}.${decimals}` : whole) * scale[1]
        const sentence = frame(`${numeral} ${scale[0]} ${unit[0]}`)
        const found = findQuantities(sentence, 'tr').filter((q) => q.unit === unit[1])
        expect(
          found.map((q) => q.value).some((value) => Math.abs(value - expected) <= expected * 1e-9),
          sentence,
        ).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('findDates(text, lang, published)', () => {
  it('never throws, and every date is a real calendar date with a span inside the text', () => {
    fc.assert(
      fc.property(anyText, lang, fc.option(isoDay, { nil: null }), (text, l, published) => {
        for (const mention of findDates(text, l, published)) {
          expect(spanFits(mention, text), JSON.stringify(mention)).toBe(true)
          expect(mention.value === null || isCalendarDate(mention.value), JSON.stringify(mention)).toBe(true)
        }
      }),
      RUNS,
    )
  })
})

describe('segmentText(text, lang)', () => {
  it('returns sentences that are exact, ordered, non-overlapping slices of the text', () => {
    fc.assert(
      fc.property(anyText, lang, (text, l) => {
        let previousEnd = 0
        for (const sentence of segmentText(text, l)) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd)
          expect(sentence.end).toBeGreaterThan(sentence.start)
          previousEnd = sentence.end
        }
      }),
      RUNS,
    )
  })
})

describe('buildDataset(any article body)', () => {
  it('never throws, and every source quotes its article exactly', () => {
    fc.assert(
      fc.property(anyText, (body) => {
        const { dataset } = buildDataset(
          toRawFiles([{ file: 'generated.txt', text: ` date 2025-01-01 Title\n\n${body}` }]),
        )
        expect(provenanceErrors(dataset)).toEqual([])
      }),
      RUNS,
    )
  })
})
