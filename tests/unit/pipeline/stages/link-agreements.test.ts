import { describe, expect, it } from 'vitest'
import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { linkAgreements } from '../../../../src/pipeline/stages/merge-agreements'
import { articleOf } from './extraction-input'

/** Each agreement's title and the kind of the occasion it was linked to, in an article of 24 March 2026. */
function linked(lang: string, sentences: string[]) {
  const input = articleOf(lang, '2026-03-24', sentences)
  const events = extractEvents(input)
  return linkAgreements(extractAgreements(input), events).map((a) => [
    a.title,
    events.find((e) => e.key === a.occasionKey)?.kind ?? null,
  ])
}

describe('linkAgreements: an undated agreement goes to the meeting, not to an opening told in passing', () => {
  it.each<[string, string[], (string | null)[]]>([
    [
      'tr',
      [
        'Bakan, Azerbaycan ile imzalanan yeni protokolü anlattı.',
        'Bakanlar 17 Mart’ta Nahçıvan’da görüştü.',
        'Temelini geçen yılın şubat ayında Iğdır’da attığımız hatta ilerleme yüzde 31’e ulaştı.',
      ],
      ['yeni protokolü', 'meeting'],
    ],
  ])('%s', (lang, sentences, expected) => {
    expect(linked(lang, sentences)).toEqual([expected])
  })

  it('guard: with an opening the only occasion, the undated agreement still goes to it', () => {
    expect(
      linked('tr', [
        'Bakan, Azerbaycan ile imzalanan yeni protokolü anlattı.',
        'Temelini 3 Mart’ta Iğdır’da attığımız hatta ilerleme yüzde 31’e ulaştı.',
      ]),
    ).toEqual([['yeni protokolü', 'other']])
  })
})
