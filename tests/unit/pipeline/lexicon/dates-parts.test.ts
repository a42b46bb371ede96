import { describe, expect, it } from 'vitest'
import { findDates } from '../../../../src/pipeline/lexicon/dates'
import type { DateMention } from '../../../../src/pipeline/types'
import { extract } from '../stages/figure-input'

type Expected = [words: string, value: string | null, role: DateMention['role'], ahead?: string]

/** Reads mentions back as the words they cover, in an article of 16 October 2025. */
const read = (text: string, lang: string): Expected[] =>
  findDates(text, lang, '2025-10-16').map((d): Expected => {
    const words = text.slice(d.start, d.end)
    return d.ahead ? [words, d.value, d.role, d.ahead] : [words, d.value, d.role]
  })

describe('findDates: a quarter after the first, or the second half, is the article’s year once it has ended', () => {
  it.each<[string, string, Expected[]]>([
    ['en', 'Kazakh crude made up 9% of BTC flows in the third quarter.', [['third quarter', '2025', 'point']]],
    ['en', 'In Q3 volumes rose.', [['Q3', '2025', 'point']]],
    ['tr', 'Üçüncü çeyrekte kâr arttı.', [['Üçüncü çeyrekte', '2025', 'point']]],
    ['az', 'III rübdə yükdaşıma artıb.', [['III rübdə', '2025', 'point']]],
    ['ru', 'В третьем квартале выручка выросла.', [['третьем квартале', '2025', 'point']]],
    ['ru', 'В четвертом квартале ожидается рост.', [['четвертом квартале', '2024', 'point', '2025-12-31']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, Expected[]]>([
    ['az', '2025-ci ilin üçüncü rübündə gəlir artıb.', [['2025-ci ilin üçüncü rübündə', '2025', 'point']]],
    ['tr', '2024 yılının üçüncü çeyreğinde kâr düştü.', [['2024 yılının üçüncü çeyreğinde', '2024', 'point']]],
  ])('%s: a year named before the quarter dates it: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findDates: a report’s shorthand for a part of a year, then the year, is that year', () => {
  it.each<[string, string, Expected[]]>([
    ['en', 'Q1 2026 cement exports fell.', [['Q1 2026', '2026', 'point']]],
    ['en', 'Margins held in H1 2025.', [['H1 2025', '2025', 'point']]],
    ['tr', 'Şirketin 9M 2025 cirosu arttı.', [['9M 2025', '2025', 'point']]],
    ['az', 'Şirkətin 9M 2025 gəliri artıb.', [['9M 2025', '2025', 'point']]],
    ['ru', 'втрое больше, чем за 9М 2024 года', [['9М 2024 года', '2024', 'point']]],
    // in brackets after a value, the whole bracket labels it
    ['en', 'Lease rate: KZT 9,800/day (Q1 2026)', [['(Q1 2026)', '2026', 'point']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('an amount in millions before a year is no part of a year: "$9m 2025"', () => {
    expect(read('A grant of $9m 2025 budget money', 'en')).toEqual([])
  })
})

describe('findDates: the middle of a year is its June', () => {
  it.each<[string, string, Expected[]]>([
    ['en', 'Four more tankers will join the run by mid-2026.', [['by mid-2026', '2026-06', 'deadline']]],
    ['ru', 'К середине 2026 года будут добавлены четыре танкера.', [['К середине 2026 года', '2026-06', 'deadline']]],
    ['tr', '2026 ortasına kadar dört tanker eklenecek.', [['2026 ortasına kadar', '2026-06', 'deadline']]],
    [
      'az',
      '2026-cı ilin ortasınadək dörd tanker əlavə ediləcək.',
      [['2026-cı ilin ortasınadək', '2026-06', 'deadline']],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findDates: the end of a year in shorthand, and the end of this year in Azerbaijani without its genitive', () => {
  it.each<[string, string, Expected[]]>([
    ['en', 'The loan book should reach about $6 billion by end-2027.', [['by end-2027', '2027-12-31', 'deadline']]],
    ['en', 'At end-2024 the loan book stood at $3.1 billion.', [['At end-2024', '2024-12-31', 'point']]],
    ['en', 'Capacity will double by year-end 2027.', [['by year-end 2027', '2027-12-31', 'deadline']]],
    ['en', 'Capacity will double by year-end.', [['year-end', '2025-12-31', 'deadline']]],
    ['az', 'İl sonunadək yük həcmi 4,5 milyon tona çata bilər.', [['İl sonunadək', '2025-12-31', 'deadline']]],
    ['az', '2026-cı il sonunadək xətt tikiləcək.', [['2026-cı il sonunadək', '2026-12-31', 'deadline']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })
})

describe('findDates: a day or a month that starts a plan is the next one; what was keeps this year’s', () => {
  it.each<[string, string, Expected[]]>([
    [
      'en',
      'The tariff will fall to $14.20 a tonne from January 1.',
      [['January 1', '2025-01-01', 'point', '2026-01-01']],
    ],
    ['ru', 'С 1 января тариф снизится до 14,20 доллара.', [['1 января', '2025-01-01', 'point', '2026-01-01']]],
    ['tr', 'Tarife 1 Ocak’tan itibaren düşecek.', [['1 Ocak’tan', '2025-01-01', 'point', '2026-01-01']]],
    ['az', 'Yanvarın 1-dən tarif enəcək.', [['Yanvarın 1-dən', '2025-01-01', 'point', '2026-01-01']]],
    [
      'tr',
      'Tarifenin ocaktan itibaren 2.900 dolar olması kararlaştırıldı.',
      [['ocaktan itibaren', '2025-01', 'point', '2026-01']],
    ],
    ['az', 'Yanvardan etibarən tarif 10 faiz azalacaq.', [['Yanvardan etibarən', '2025-01', 'point', '2026-01']]],
    ['ru', 'С января тариф снизится на 10%.', [['С января', '2025-01', 'point', '2026-01']]],
    ['en', 'From January the tariff will fall by 10%.', [['From January', '2025-01', 'point', '2026-01']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  // Articles of 16 October 2025: a day earlier in the article's own month is a plan told after it, never next October's
  it.each<[string, string, Expected[]]>([
    ['az', '3 oktyabr saat 21:00-dan küləyin güclənməsi gözlənilir.', [['3 oktyabr', '2025-10-03', 'point']]],
    ['tr', '3 Ekim’den itibaren rüzgârın artması bekleniyor.', [['3 Ekim’den', '2025-10-03', 'point']]],
    ['ru', 'С 3 октября ожидалось усиление ветра.', [['3 октября', '2025-10-03', 'point']]],
    ['en', 'Winds were expected to strengthen from October 3.', [['October 3', '2025-10-03', 'point']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it('ru "с января по сентябрь" is a span of months of this year', () => {
    expect(read('С января по сентябрь экспорт вырос на 12%.', 'ru')).toEqual([
      ['С января по сентябрь', '2025', 'point'],
    ])
  })
})

describe('periodOf: a plan from a day or month already past this year is next year’s', () => {
  it.each<[string, string, string]>([
    ['en', 'The tariff will fall to $14.20 per tonne from January 1.', '2026-01-01'],
    ['ru', 'С 1 января тариф снизится до 14,20 доллара за тонну.', '2026-01-01'],
    ['tr', 'Ortak tarifenin ocaktan itibaren 2.900 dolarla sınırlandırılacak.', '2026-01'],
    ['az', 'Yanvardan etibarən tarif tonu 14,20 dollar olacaq.', '2026-01'],
  ])('%s: %s', (lang, sentence, deadline) => {
    expect(extract([sentence], lang, '2025-10-16').map((f) => f.deadline)).toContain(deadline)
  })
})

describe('findDates: a part of a year named after its year in the genitive is one date of that year', () => {
  it.each<[string, string, Expected[]]>([
    [
      'tr',
      'Marj geçen yılın ilk dokuz ayındaki %14,2’den yükseldi.',
      [['geçen yılın ilk dokuz ayındaki', '2024', 'point']],
    ],
    [
      'az',
      'Gəlir ötən ilin ilk doqquz ayında 20 milyon manat olub.',
      [['ötən ilin ilk doqquz ayında', '2024', 'point']],
    ],
    ['tr', '2024 yılının ilk yarısında ihracat düştü.', [['2024 yılının ilk yarısında', '2024', 'point']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string, [string, number][]]>([
    [
      'tr',
      'Brüt kâr marjı geçen yılın ilk dokuz ayındaki %14,2’den %16,9’a çıktı.',
      [
        ['%14,2’den', 2024],
        ['%16,9’a', 2025],
      ],
    ],
    [
      'az',
      'Gəlir ötən ilin ilk doqquz ayındakı 20 milyon manatdan 25 milyon manata yüksəlib.',
      [
        ['20 milyon manatdan', 2024],
        ['25 milyon manata', 2025],
      ],
    ],
  ])('%s: the attribute dates the change’s start only: %s', (lang, sentence, expected) => {
    expect(extract([sentence], lang, '2025-11-06').map((f) => [f.words, f.year])).toEqual(expected)
  })
})

describe('findDates: a results call’s "the nine months" is the first months of the article’s year', () => {
  it.each<[string, string, Expected[]]>([
    ['en', 'Net income for the nine months reached 142.7 billion tenge.', [['the nine months', '2025', 'point']]],
    ['en', 'In the six months we financed $210 million of exports.', [['the six months', '2025', 'point']]],
    ['ru', 'Чистая прибыль за девять месяцев составила 142,7 млрд тенге.', [['за девять месяцев', '2025', 'point']]],
    ['tr', 'Net kâr ilk dokuz ayda 142,7 milyar tengeye ulaştı.', [['ilk dokuz ayda', '2025', 'point']]],
    ['az', 'Xalis mənfəət ilk doqquz ayda 142,7 milyard tenge olub.', [['ilk doqquz ayda', '2025', 'point']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['en', 'The terminal will open in nine months.'],
    ['en', 'Over the past nine months the rate has fallen.'],
  ])('guard, %s: a span ahead or back with no article before it dates nothing: %s', (lang, text) => {
    expect(read(text, lang)).toEqual([])
  })
})

describe('findDates: a month alone is the last such month by the article’s date, the next one for a plan', () => {
  const inMarch = (text: string, lang: string) =>
    findDates(text, lang, '2026-03-18').map((d) => [text.slice(d.start, d.end), d.value, d.ahead])
  it.each<[string, string, (string | undefined)[][]]>([
    [
      'az',
      'Qiymət noyabrdakı 238 dollardan fevralda 221 dollara enib.',
      [
        ['noyabrdakı', '2025-11', '2026-11'],
        ['fevralda', '2026-02', '2027-02'],
      ],
    ],
    ['az', 'Növbəti iclas may ayında keçiriləcək.', [['may ayında', '2025-05', '2026-05']]],
    [
      'tr',
      'Fiyat kasımdaki 238 dolardan şubatta 221 dolara indi.',
      [
        ['kasımdaki', '2025-11', '2026-11'],
        ['şubatta', '2026-02', '2027-02'],
      ],
    ],
    [
      'en',
      'Prices fell from $238 in November to $221 in February.',
      [
        ['in November', '2025-11', '2026-11'],
        ['in February', '2026-02', '2027-02'],
      ],
    ],
    [
      'ru',
      'Цена снизилась с 238 долларов в ноябре до 221 доллара в марте.',
      [
        ['в ноябре', '2025-11', '2026-11'],
        ['в марте', '2026-03', '2026-03'],
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(inMarch(text, lang)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['tr', 'Ekim alanı 2 milyon hektara çıktı.'],
    ['tr', 'Fiyatlar yüzde 5 ile 7 aralığında seyrediyor.'],
    ['en', 'Exports may rise by a fifth, the ministry said.'],
  ])('guard, %s: a word spelled like a month is none: %s', (lang, text) => {
    expect(inMarch(text, lang)).toEqual([])
  })
})

describe('findDates: a month with its year named or counted beside it is that year’s month', () => {
  const inMarch = (text: string, lang: string) =>
    findDates(text, lang, '2026-03-18').map((d) => [text.slice(d.start, d.end), d.value])
  it.each<[string, string, string[][]]>([
    ['tr', 'Geçen yılın şubat ayında 3 gemi teslim edildi.', [['geçen yılın şubat ayında', '2025-02']]],
    ['tr', 'Bu yılın mayıs ayında ihracat yüzde 8 arttı.', [['bu yılın mayıs ayında', '2026-05']]],
    ['az', 'Ötən ilin dekabrında 120 vaqon icarəyə götürülüb.', [['ötən ilin dekabrında', '2025-12']]],
    ['az', '2024-cü ilin noyabrında 40 min ton yük daşınıb.', [['2024-cü ilin noyabrında', '2024-11']]],
    ['ru', 'В феврале прошлого года перевезли 12 тыс. тонн.', [['в феврале прошлого года', '2025-02']]],
    ['ru', 'В июне следующего года откроют терминал.', [['в июне следующего года', '2027-06']]],
    ['en', 'In February last year the port handled 9,000 TEU.', [['in february last year', '2025-02']]],
    ['en', 'The line opens in March next year.', [['in march next year', '2027-03']]],
  ])('%s: %s', (lang, text, expected) => {
    expect(inMarch(text, lang).map(([span, value]) => [span?.toLocaleLowerCase(lang), value])).toEqual(expected)
  })

  it('guard, az: "dekabrında" (in its December) with no year before it dates nothing', () => {
    expect(inMarch('Layihənin dekabrında yekunlaşması gözlənilir.', 'az')).toEqual([])
  })
})

describe('findDates: a season of a year dates it by its year', () => {
  it.each<[string, string, string]>([
    ['en', 'The second forum is scheduled for spring 2027 in Tashkent.', 'spring 2027'],
    ['ru', 'Второй форум пройдет весной 2027 года в Ташкенте.', 'весной 2027 года'],
    ['tr', 'Forumun ikincisinin 2027 baharında Taşkent’te yapılması planlanıyor.', '2027 baharında'],
    ['az', 'Forumun ikincisi 2027-ci ilin payızında Daşkənddə keçiriləcək.', '2027-ci ilin payızında'],
  ])('%s: %s', (lang, text, words) => {
    const found = findDates(text, lang, '2026-04-22').map((d) => [text.slice(d.start, d.end), d.value, d.role])
    expect(found).toEqual([[words, '2027', 'point']])
  })
})

describe('findDates: a four-digit part of a code is no year', () => {
  it.each([
    ['tr', 'ALT-PK-2080-OAK | Meşe Ahşap Görünümlü, 20x80', []],
    ['en', 'Item XS-2030-12 ships in boxes of ten.', []],
    ['az', 'COP-2024-cü il sammitində', ['2024']],
    ['ru', 'на ЭКСПО-2025-го года', ['2025']],
  ])('%s: "%s"', (lang, text, years) => {
    expect(findDates(text, lang, '2026-02-09').map((d) => d.value)).toEqual(years)
  })
})

describe('findDates: a year opening a parenthesis of words labels what it heads', () => {
  it.each([
    ['tr', 'İŞGÜCÜ MALİYETLERİ (2026, aylık brüt)', ['2026']],
    ['en', 'Labour costs (2026, gross monthly)', ['2026']],
    ['az', 'Əmək haqları (2026, aylıq)', ['2026']],
    ['ru', 'Зарплаты (2026, в месяц)', ['2026']],
    ['tr', 'Gelir (2025, 12 ay)', []],
  ])('%s: "%s"', (lang, text, years) => {
    expect(findDates(text, lang, '2026-02-23').map((d) => d.value)).toEqual(years)
  })
})
