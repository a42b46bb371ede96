import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { isContactLine } from '../../../../src/pipeline/stages/contact-lines'
import { foldCase } from '../../../../src/pipeline/lexicon/text'

describe('clutterReason: a paywall’s box, a player’s buttons, an agency’s handout credit', () => {
  it.each<[string, string, string]>([
    ['en', 'Subscribe to keep reading this story', 'subscription notice'],
    ['en', 'Subscribers get unlimited access to every analysis.', 'subscription notice'],
    ['en', '€2 for 4 weeks. Cancel anytime.', 'subscription notice'],
    ['tr', 'Yazının devamını okumak için abone olun.', 'subscription notice'],
    ['tr', 'Bu analiz abonelerimize özeldir.', 'subscription notice'],
    ['az', 'Xəbərin davamını oxumaq üçün abunə olun.', 'subscription notice'],
    ['ru', 'Оформите подписку, чтобы продолжить чтение.', 'subscription notice'],
    ['en', 'Port authority/Handout via REUTERS', 'photo credit'],
    ['en', 'Purchase Licensing Rights', 'site clutter'],
    ['tr', '▶ Oynat', 'site clutter'],
    ['ru', 'Смотреть на YouTube', 'site clutter'],
    ['en', 'CANLI: Piyasalar | Dolar/TL 43,41 | Euro/TL 50,96', 'market ticker'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'The new terminal gives shippers unlimited access to the quay.'],
    ['tr', 'Haberin devamında bakan, ihracatın yüzde 12 arttığını söyledi.'],
    ['en', 'Ports | 3 terminals | 2 countries'],
  ])('guard, %s: a story’s own sentence is kept: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('isContactLine: a phone alone, a person with an e-mail, contacts closed by a web address', () => {
  const contact = (line: string) => isContactLine(line, foldCase(line, 'tr'))
  it.each([
    '+7 727 355 01 90',
    'Aigerim Bekova, Head of Research – a.bekova@example.kz',
    'Əlaqə: ir@example.az | +994 12 555 70 70 | www.example.az',
  ])('%s', (line) => {
    expect(contact(line)).toBe(true)
  })

  it.each(['Exports rose to 12 million tonnes – see the ministry’s note.', 'The line is 1 200 km long.'])(
    'guard: %s',
    (line) => {
      expect(contact(line)).toBe(false)
    },
  )
})
