import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** Each figure of one sentence as its words, value and unit. */
const figures = (lang: string, sentence: string) =>
  extract([sentence], lang, '2026-03-09').map((f) => [f.words, f.value, f.unit])

describe('extractFigures: codes, ages and counted contracts are no figures', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['en', 'The Caspian Star (IMO 9384512), built in 2008, carried 7,400 tonnes.', [['7,400 tonnes', 7400, 't']]],
    [
      'az',
      'Ətraflı məlumat üçün 146 qaynar xəttinə zəng etmək olar, təqaüd ayda 400 manatdır.',
      [['400 manatdır', 400, 'AZN']],
    ],
    ['tr', 'Araçların yüzde 48’i Euro 6 emisyon standardını karşılamıyor.', [['yüzde 48’i', 48, 'percent']]],
    ['ru', 'По горячей линии 1414 за месяц поступило 2 300 обращений.', [['2 300', 2300, 'count']]],
    [
      'en',
      'Marco Ferretti, 52, spent most of his career running terminals that handled 3 million TEU.',
      [['3 million TEU', 3e6, 'TEU']],
    ],
    [
      'ru',
      'Серик Абдрахманов, 47, возглавлял аэропорт, который обслужил 1,2 млн пассажиров.',
      [['1,2 млн', 1.2e6, 'count']],
    ],
    ['ru', 'Металлурги из Казахстана подписали 6 контрактов с турецкими покупателями.', []],
    ['en', 'Kazakh steelmakers signed 6 contracts with Turkish buyers.', []],
    [
      'en',
      'MT Mangystau (flag KZ, IMO 9512018), Berth 4, departed with 84,000 tonnes.',
      [['84,000 tonnes', 84000, 't']],
    ],
    ['en', 'Hall 2, Stand B14 — SteppeAir signed for 3 freighters.', [['3', 3, 'count']]],
    ['ru', 'Танкер у причала 3 принял 12 тыс. тонн нефти.', [['12 тыс. тонн', 12000, 't']]],
    ['tr', 'Salon 2’deki standında şirket 5 yeni uçak tanıttı.', [['5', 5, 'count']]],
    ['tr', 'Halihazırda vize işlemleri 10-15 iş günü sürebiliyor.', [['10-15 iş günü', 10, 'days']]],
    ['az', 'Sənədlər 10 iş günü ərzində yoxlanılır.', [['10 iş günü', 10, 'days']]],
    ['en', 'Visas are issued within 5 working days.', [['5 working days', 5, 'days']]],
    ['ru', 'Оформление занимает 10 рабочих дней.', [['10 рабочих дней', 10, 'days']]],
    ['ru', 'SWIFT-платёж обычно проходит за 2–3 банковских дня.', [['2–3 банковских дня', 2, 'days']]],
    ['ru', 'Возврат пошлины занимает 30 календарных дней.', [['30 календарных дней', 30, 'days']]],
    ['en', 'Refunds are paid within 30 calendar days.', [['30 calendar days', 30, 'days']]],
    ['tr', 'İtiraz süresi 30 takvim günü olarak belirlendi.', [['30 takvim günü', 30, 'days']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(lang, sentence)).toEqual(expected)
  })
})

describe('extractFigures: a percent where a change ended is a level, not the change', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['tr', 'Savaş riski primi mart başında yüzde 0,7’ye geriledi.', [['yüzde 0,7’ye', 0.7, 'percent']]],
    ['az', 'Sığorta haqqı mart ayında 0,7 faizə enib.', [['0,7 faizə', 0.7, 'percent']]],
    ['en', 'The war-risk premium fell to 0.7% in early March.', [['0.7%', 0.7, 'percent']]],
    ['ru', 'Премия за военный риск в начале марта снизилась до 0,7%.', [['0,7%', 0.7, 'percent']]],
    // the size of a change stays a change
    ['tr', 'Savaş riski primi yüzde 3 geriledi.', [['yüzde 3', -3, 'percent']]],
    ['az', 'Gözləmə müddəti 40 faizədək azala bilər.', [['40 faizədək', -40, 'percent']]],
    ['en', 'The premium fell by 3%.', [['3%', -3, 'percent']]],
    ['ru', 'Премия снизилась на 3%.', [['3%', -3, 'percent']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(lang, sentence)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['az', 'Kapitalın hər ölkəyə 25 faiz pay düşür.'],
    ['tr', 'Her ülkenin payına yüzde 25 düşüyor.'],
  ])('%s: a share that falls to each is a share: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-03-09').map((f) => f.value)).toEqual([25])
  })
})

describe('extractFigures: a count of people is a figure, the peoples of two nations are not', () => {
  it.each<[string, string]>([
    ['en', 'About 1,200 people work at the yard today.'],
    ['tr', 'Tersanede bugün yaklaşık 1.200 kişi çalışıyor.'],
    ['az', 'Tərsanədə bu gün təxminən 1200 nəfər çalışır.'],
    ['ru', 'Сегодня на верфи работают около 1200 человек.'],
  ])('%s: %s', (lang, sentence) => {
    expect(extract([sentence], lang, '2026-03-09').map((f) => [f.value, f.unit])).toEqual([[1200, 'count']])
  })

  it('guard: en "the two peoples" counts no one', () => {
    expect(extract(['The two peoples share a long history.'], 'en', '2026-03-09')).toEqual([])
  })
})

describe('extractFigures: a programme’s part, a month’s last day and an abbreviated month are no figures', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['ru', '11:45–13:00 — Панельная сессия 2 «Логистика» с участием 40 экспедиторов', [['40', 40, 'count']]],
    ['en', 'Session 3: Ports and ferries, with 12 speakers', [['12', 12, 'count']]],
    ['tr', 'Oturum 2: Lojistik ve 30 firma', [['30', 30, 'count']]],
    ['az', 'Sərgi iyunun 2-dən 4-dək keçirildi və 120 şirkət iştirak etdi.', [['120', 120, 'count']]],
    ['tr', 'Fuar haziranın 2’sinden 4’üne kadar sürdü ve 120 firma katıldı.', [['120', 120, 'count']]],
    ['en', 'ADY Container (@ADYContainer) · 11:40 AM · Mar 4, 2026', []],
    ['en', 'The first train arrived on Jun 4 with 52 containers.', [['52', 52, 'count']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(lang, sentence)).toEqual(expected)
  })
})

describe('findQuantities: a scaled number before a counted noun in the genitive counts it (ru)', () => {
  it('"до 1,2 млрд таблеток" after an amount of dollars counts tablets', () => {
    const found = figures('ru', 'Инвестиции составят 85 млн долларов, мощность завода — до 1,2 млрд таблеток в год.')
    expect(found.map(([, value, unit]) => [value, unit])).toEqual([
      [85e6, 'USD'],
      [1.2e9, 'count'],
    ])
  })
})

describe('extractFigures: a phone line past its owner’s name, a percent sign glued to the number after it', () => {
  it.each<[string, string, (string | number | null)[][]]>([
    ['ru', 'Напоминаем: колл-центр КГД — 1414, звонок бесплатный.', []],
    ['az', 'Azərpoçtun qaynar xətti: 1414. Bağlamaların 70 faizi vaxtında çatdırılıb.', [['70 faizi', 70, 'percent']]],
    ['en', 'The customs call centre handled 1,200 calls a day.', [['1,200', 1200, 'count']]],
    [
      'tr',
      'Orta Asya’nın pamuk ithalatındaki payı 2022’deki %12’den geçen yıl %21’e yükseldi.',
      [
        ['%12’den', 12, 'percent'],
        ['%21’e', 21, 'percent'],
      ],
    ],
    ['en', 'Growth reached 12 % in March.', [['12 %', 12, 'percent']]],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(figures(lang, sentence)).toEqual(expected)
  })
})
