import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/pipeline/lexicon/dates'
import type { DateMention } from '../../../../src/pipeline/types'

type Expected = [words: string, value: string | null, role: DateMention['role']]

/** Reads mentions back as the words they cover, in an article of 5 February 2026. */
const read = (text: string, lang: string): Expected[] =>
  findDates(text, lang, '2026-02-05').map((d) => [text.slice(d.start, d.end), d.value, d.role])

describe('findDates: a month alone as a deadline is the next such month from the article’s', () => {
  it.each<[string, string, Expected[]]>([
    ['en', 'Rates should ease by about 15% by April.', [['by April', '2026-04', 'deadline']]],
    ['en', 'The backlog will clear by end-January.', [['by end-January', '2027-01', 'deadline']]],
    ['tr', 'Navlunların nisana kadar yüksek kalması bekleniyor.', [['nisana kadar', '2026-04', 'deadline']]],
    ['tr', 'İhale haziran sonuna kadar tamamlanacak.', [['haziran sonuna kadar', '2026-06', 'deadline']]],
    ['az', 'Tariflər aprelədək 15 faiz azalacaq.', [['aprelədək', '2026-04', 'deadline']]],
    ['ru', 'Ставки снизятся на 15% к апрелю.', [['к апрелю', '2026-04', 'deadline']]],
    ['ru', 'Работы завершат до конца июня.', [['до конца июня', '2026-06', 'deadline']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, Expected[]]>([
    ['en', 'The ministers met on April 15 in Baku.', [['April 15', '2026-04-15', 'point']]],
    ['ru', 'Соглашение действует до 1 апреля 2027 года.', [['1 апреля 2027 года', '2027-04-01', 'point']]],
  ])('guard: %s: a day with its month stays a day: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})
