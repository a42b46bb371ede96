import { describe, expect, it } from 'vitest'
import { findQuantities } from '../../../../src/pipeline/lexicon/numbers'
import { extract } from './figure-input'

/** Each figure's value, unit and countries, in order. */
const figures = (sentences: string[], lang: string) =>
  extract(sentences, lang, '2026-10-07').map(({ value, unit, countries }) => ({ value, unit, countries }))

describe('"the two countries" after a sentence that names two sides since the last figure', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'tr',
      'tr',
      [
        'Kazakistan ile Azerbaycan arasındaki ticaret hacmi geçen yıl 700 milyon dolar oldu.',
        'Erdoğan, zirve marjında Özbekistan Cumhurbaşkanı Mirziyoyev ile bir araya geldi.',
        'Görüşmede, iki ülke arasındaki ticaret hacminin geçen yıl 3,6 milyar dolar olduğu hatırlatıldı.',
      ],
      ['TR', 'UZ'],
    ],
    [
      'az',
      'az',
      [
        'Qazaxıstan ilə Azərbaycan arasında ticarət dövriyyəsi ötən il 700 milyon dollar olub.',
        'Prezident İlham Əliyev sammitin kənarında Özbəkistan Prezidenti Şavkat Mirziyoyevlə görüşüb.',
        'Görüşdə iki ölkə arasında ticarət dövriyyəsinin ötən il 1,2 milyard dollar olduğu qeyd edilib.',
      ],
      ['AZ', 'UZ'],
    ],
    [
      'en',
      'en',
      [
        'Trade between Kazakhstan and Azerbaijan rose to $700 million last year.',
        'On the sidelines, Tokayev met Uzbek President Shavkat Mirziyoyev.',
        'Trade between the two countries reached $4 billion last year, the presidents said.',
      ],
      ['KZ', 'UZ'],
    ],
    [
      'ru',
      'ru',
      [
        'Товарооборот Казахстана и Азербайджана в прошлом году составил 700 млн долларов.',
        'На полях саммита Токаев провел встречу с Президентом Узбекистана Шавкатом Мирзиёевым.',
        'Товарооборот между двумя странами в прошлом году составил 4 млрд долларов.',
      ],
      ['KZ', 'UZ'],
    ],
  ])('%s: the meeting’s two sides, not the earlier figure’s pair', (_name, lang, sentences, pair) => {
    expect(figures(sentences, lang).map((f) => f.countries)).toEqual([['AZ', 'KZ'], pair])
  })

  it('keeps the earlier figure’s pair when the sentence between names one side only', () => {
    const sentences = [
      'Товарооборот Казахстана и Азербайджана в прошлом году составил 700 млн долларов.',
      'Об этом сообщил Токаев.',
      'Товарооборот между двумя странами за январь–май составил 300 млн долларов.',
    ]
    expect(figures(sentences, 'ru').map((f) => f.countries)).toEqual([
      ['AZ', 'KZ'],
      ['AZ', 'KZ'],
    ])
  })
})

describe('a topic marked by "ise"/"isə" a few words after a comma opens a clause of its own', () => {
  it.each([
    [
      'tr',
      'Aliyev, ticaret hacminin geçen yıl yüzde 9 artarak 710 milyon dolara ulaştığını, bu yılın ocak-nisan döneminde ise artışın yüzde 14’ü bulduğunu söyledi.',
    ],
    [
      'az',
      'Əliyev ticarət dövriyyəsinin ötən il 9 faiz artaraq 710 milyon dollara çatdığını, bu ilin yanvar-aprel aylarında isə artımın 14 faiz olduğunu bildirib.',
    ],
  ])('%s: last year’s amount keeps last year', (lang, sentence) => {
    const amount = extract([sentence], lang, '2026-06-10').find((f) => f.value === 710e6)
    expect(amount?.year).toBe(2025)
  })
})

describe('a number that counts a noun borrows no unit', () => {
  it.each([
    ['ru', 'Перевезено 1,4 млн тонн грузов, а автоперевозчики выполнили свыше 12 тыс. рейсов.', 12e3],
    ['ru', 'Инвестиции превысили 15 млрд долларов, в стране работают порядка 3,8 тыс. предприятий.', 3.8e3],
    ['en', 'Freight reached 1.4 million tonnes, and the airline flew 1.2 million passengers.', 1.2e6],
    ['tr', 'Hat yılda 15 milyon ton yük ve 5,5 milyon yolcu taşıyacak.', 5.5e6],
    ['tr', 'Limandan 2 milyon ton yük geçti, 300 bin tır sınırı aştı.', 3e5],
    ['az', 'Xətt ildə 5 milyon ton yük və 1,5 milyon sərnişin daşıyacaq.', 1.5e6],
    ['az', 'Ötən il 3 milyon ton yük və 200 min sərnişinlər daşınıb.', 2e5],
  ])('%s: "%s"', (lang, sentence, value) => {
    const counted = findQuantities(sentence, lang).find((q) => q.value === value)
    expect(counted?.unit).toBe('count')
  })

  it.each([
    ['tr', 'Geçen yıl 12 milyon ton, bu yıl 14 milyon taşındı.'],
    ['az', 'Ötən il 12 milyon ton, bu il isə 14 milyon daşınıb.'],
  ])('guard: %s: an amount before a verb still repeats the unit ("%s")', (lang, sentence) => {
    const [, second] = findQuantities(sentence, lang)
    expect(second).toMatchObject({ value: 14e6, unit: 't' })
  })

  it('still lends a unit to an amount that repeats it ("650 млн долларов, с Туркменистаном – 520 млн")', () => {
    const [, second] = findQuantities('С Азербайджаном – 650 млн долларов, с Туркменистаном – 520 млн.', 'ru')
    expect(second).toMatchObject({ value: 520e6, unit: 'USD' })
  })

  it('reads "the number of weekly flights" as a measure of its own, not a reference to the figure before', () => {
    const found = figures(
      [
        'Turkish contractors have carried out projects worth more than $30 billion there.',
        'The sides also agreed to raise the number of weekly flights from 42 at present to 60.',
      ],
      'en',
    )
    expect(found.filter((f) => f.unit === 'USD').map((f) => f.value)).toEqual([30e9])
  })
})

describe('ports and rail hubs of the corridor stand for their countries', () => {
  it.each([
    ['tr', 'Sumgayıt ile Aktau arasındaki 380 kilometrelik kablo hattı 2027 sonunda tamamlanacak.'],
    ['az', 'Sumqayıt ilə Aktau arasında 380 kilometrlik kabel xətti 2027-ci ilin sonunadək çəkiləcək.'],
    ['en', 'The 380-kilometer line between Sumgait and Aktau is scheduled to be completed by the end of 2027.'],
    ['ru', 'Кабельная линия протяженностью 380 км между Сумгаитом и Актау будет построена до конца 2027 года.'],
  ])('%s: a line between Sumgait and Aktau is Azerbaijan’s and Kazakhstan’s', (lang, sentence) => {
    expect(figures([sentence], lang)).toEqual([{ value: 380, unit: 'km', countries: ['AZ', 'KZ'] }])
  })
})
