import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

/** Each occasion one sentence tells, in an article of 4 December 2025: its kind, date and status. */
const occasions = (lang: string, sentence: string) =>
  extractEvents(articleOf(lang, '2025-12-04', [sentence])).map((e) => [e.kind, e.date, e.status])

describe('extractEvents: a Russian month written as an adjective dates its occasion', () => {
  it.each<[string, string, string]>([
    [
      'На октябрьском заседании межправительственной комиссии в Актау стороны договорились увеличить поставки.',
      'session',
      '2025-10',
    ],
    ['В ходе сентябрьского визита в Баку президенты обсудили транзит через Каспий.', 'visit', '2025-09'],
  ])('%s', (sentence, kind, date) => {
    expect(occasions('ru', sentence)).toContainEqual([kind, date, 'happened'])
  })

  it('guard: a month named alone still dates its occasion the same way', () => {
    expect(
      occasions('ru', 'В октябре на заседании межправительственной комиссии в Актау стороны договорились о поставках.'),
    ).toContainEqual(['session', '2025-10', 'happened'])
  })
})
