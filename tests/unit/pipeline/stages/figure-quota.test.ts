import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure's words, value, kind and year or deadline, in an article of 14 October 2025. */
const figures = (sentence: string, lang: string) =>
  extract([sentence], lang, '2025-10-14').map((f) => [f.words, f.value, f.kind, f.year ?? f.deadline])

describe('extractFigures: a quota names what a bare count counts, as "the number of" does', () => {
  it.each<[string, string, (string | number)[][]]>([
    [
      'en',
      'The sides agreed to raise the annual quota of road transport permits from 8,000 this year to 12,000 in 2026.',
      [
        ['8,000', 8000, 'achieved', 2025],
        ['12,000', 12000, 'target', '2026'],
      ],
    ],
    [
      'ru',
      'Стороны договорились увеличить квоту разрешений на 2026 год до 30 тыс.',
      [['30 тыс', 30000, 'target', '2026']],
    ],
    // Turkish and Azerbaijani scaled counts were read before; the rows keep them so
    [
      'tr',
      'Türkiye ile geçiş belgesi kotası 2026 yılında 12 bine çıkarılacak.',
      [['12 bine', 12000, 'target', '2026']],
    ],
    [
      'az',
      'Türkiyə ilə icazə blanklarının kvotası 2026-cı ildə 35 minə çatdırılacaq.',
      [['35 minə', 35000, 'target', '2026']],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(sentence, lang)).toEqual(expected)
  })
})
