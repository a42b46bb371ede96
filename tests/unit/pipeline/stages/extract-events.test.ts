import { describe, expect, it } from 'vitest'

import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

const brief = (lang: string, published: string | null, sentences: string[]) =>
  extractEvents(articleOf(lang, published, sentences)).map((e) => ({
    kind: e.kind,
    status: e.status,
    date: e.date,
    dateEnd: e.dateEnd,
    host: e.host,
    place: e.place,
    parts: e.parts.map((p) => p.kind),
    sentences: e.sources.length,
  }))

describe('extractEvents(input): one occasion per real-world occasion', () => {
  it('joins a visit told as welcome, one-on-one talks, council session and signing into one visit with its parts', () => {
    const events = brief('az', '2026-03-12', [
      'Özbəkistan Prezidenti Şavkat Mirziyoyev martın 12-13-də Azərbaycanda dövlət səfərində olur.',
      'Rəsmi qarşılanma mərasimindən sonra Azərbaycan və Özbəkistan prezidentlərinin təkbətək görüşü olub.',
      'Daha sonra Azərbaycan–Özbəkistan Ali Dövlətlərarası Şurasının üçüncü iclası keçirilib.',
      'İclasdan sonra sənədlərin imzalanması mərasimi olub.',
    ])
    expect(events).toEqual([
      {
        kind: 'state-visit',
        status: 'happened',
        date: '2026-03-12',
        dateEnd: '2026-03-13',
        host: 'AZ',
        place: null,
        parts: ['welcome', 'one-on-one', 'session', 'signing'],
        sentences: 4,
      },
    ])
  })

  it('keeps a planned next meeting and a historical signing apart from the meeting reported', () => {
    const events = brief('az', '2026-04-22', [
      'Daşkənddə Azərbaycan, Qazaxıstan və Özbəkistanın energetika nazirlərinin üçtərəfli görüşü keçirilib.',
      'Tərəflər növbəti üçtərəfli görüşü iyunun 2-də Bakıda keçirməyi razılaşdırıblar.',
      'Qeyd edək ki, üç ölkə 2024-cü il noyabrın 13-də Bakıda enerji sahəsində strateji tərəfdaşlıq haqqında Saziş imzalayıb.',
    ])
    expect(events.map(({ kind, status, date }) => ({ kind, status, date }))).toEqual([
      { kind: 'meeting', status: 'happened', date: '2026-04-22' },
      { kind: 'meeting', status: 'planned', date: '2026-06-02' },
      { kind: 'signing', status: 'happened', date: '2024-11-13' },
    ])
  })

  it.each([
    ['tr', '2026-01-21', "Birlik, yıllık genel kurulunu dün Kazakistan'ın Aktau kentinde yaptı.", '2026-01-20'],
    [
      'az',
      '2026-02-10',
      'Dünən Astanada dəmir yolu administrasiyaları rəhbərlərinin üçtərəfli görüşü keçirilib.',
      '2026-02-09',
    ],
    [
      'ru',
      '2026-03-24',
      'Накануне, 23 марта, в Астане прошло 12-е заседание Межправительственной комиссии.',
      '2026-03-23',
    ],
    ['en', '2026-01-20', 'Members heard the figures at their general assembly in Aktau on Tuesday.', '2026-01-20'],
  ])('dates a %s occasion told with a relative day against the article (%s)', (lang, published, sentence, date) => {
    expect(brief(lang, published, [sentence]).map((e) => e.date)).toEqual([date])
  })

  it.each([
    [
      'tr',
      '2025-12-10',
      "24-25 Kasım'da Aktau'da düzenlenen Hazar Lojistik Forumu'nda tanıtılmıştı.",
      '2025-11-24',
      '2025-11-25',
    ],
    [
      'ru',
      '2026-04-28',
      'Государственный визит Президента Азербайджана в Казахстан запланирован на 26–27 августа.',
      '2026-08-26',
      '2026-08-27',
    ],
    [
      'en',
      '2026-03-18',
      'The commission, which met on March 17-18, was co-chaired by the two ministers.',
      '2026-03-17',
      '2026-03-18',
    ],
  ])('reads a %s day range as a date and an end date', (lang, published, sentence, date, dateEnd) => {
    expect(brief(lang, published, [sentence]).map((e) => [e.date, e.dateEnd])).toEqual([[date, dateEnd]])
  })

  it('marks a visit someone "is due to pay" planned, dated ahead of the article, not in the year of an aside', () => {
    const events = brief('en', '2026-10-14', [
      'The railway was opened at a ceremony on the Turkmen-Iranian border on Dec. 3, 2014.',
      'President Tokayev is due to pay a state visit to Turkmenistan on Dec. 8-9, his press service said.',
    ])
    expect(events.find((e) => e.kind === 'state-visit')).toMatchObject({
      status: 'planned',
      date: '2026-12-08',
      dateEnd: '2026-12-09',
    })
  })

  it('keeps an occasion whose delay is "due to" a cause reported, not planned', () => {
    const events = brief('en', '2026-10-14', [
      'The meeting of the intergovernmental commission in Ashgabat on Oct. 12 was short due to the storm.',
    ])
    expect(events.map((e) => e.status)).toEqual(['happened'])
  })

  it('marks an expected visit planned and dates a month named alone forward', () => {
    const events = brief('tr', '2026-02-17', [
      "Tokayev'in de eylül ayında Türkiye'ye resmi ziyarette bulunması bekleniyor.",
    ])
    expect(events).toMatchObject([{ kind: 'official-visit', status: 'planned', date: '2026-09', host: 'TR' }])
  })

  it.each([
    ['az', 'Olcas Bektenov Əli Əsədovu Astanaya rəsmi səfərə dəvət edib.'],
    ['en', 'Nurtleu invited Botchorishvili to visit Astana at a mutually convenient time.'],
    ['ru', 'Мурат Нуртлеу пригласил грузинского коллегу посетить Казахстан с официальным визитом.'],
    ['az', 'Ələt–Kurık xətti üzrə dəniz səfəri isə təxminən 18 saat çəkir.'],
    ['tr', "Son 3 yılda iki ülke arasında 10'dan fazla yüksek düzeyde ziyaret gerçekleştirildi."],
    ['en', 'We request a meeting with you and the relevant departments no later than 15 April 2026.'],
    ['tr', 'Bakanlığımızla 15 Nisan 2026’ya kadar bir görüşme yapılmasını talep ediyoruz.'],
    ['ru', 'Просим провести встречу с министерством не позднее 15 апреля 2026 года.'],
  ])(
    'finds no occasion in an invitation, a meeting asked for, a sea voyage or a count of visits (%s)',
    (lang, sentence) => {
      expect(brief(lang, '2026-06-03', [sentence])).toEqual([])
    },
  )

  it.each([
    ['tr', "Karma Ekonomik Komisyonu'nun 7'nci toplantısı 10 Şubat'ta Astana'da yapıldı."],
    ['tr', 'Karma Ekonomik Komisyonu’nun 7’nci toplantısı 10 Şubat’ta Astana’da yapıldı.'],
    ['az', 'Hökumətlərarası komissiyanın 7-ci iclası 10 fevralda Astanada keçirilib.'],
    ['en', 'The 7th meeting of the intergovernmental commission was held in Astana on 10 February.'],
  ])('an ordinal names one meeting, its suffix after an apostrophe too (%s)', (lang, sentence) => {
    expect(brief(lang, '2026-02-20', [sentence])).toMatchObject([{ date: '2026-02-10', place: 'Astana' }])
  })

  it.each([
    [
      'en',
      'As agreed at the working meeting held in Ankara on 8 July, the two operators aim to raise the capacity to 1,050 MW from 1 September 2026.',
    ],
    [
      'ru',
      'Как договорились на встрече, состоявшейся в Анкаре 8 июля, операторы планируют увеличить мощность с 1 сентября 2026 года.',
    ],
  ])('a meeting told as held takes its own day, not the plan’s after it (%s)', (lang, sentence) => {
    expect(brief(lang, '2026-07-15', [sentence])).toMatchObject([
      { status: 'happened', date: '2026-07-08', place: 'Ankara' },
    ])
  })

  it.each([
    ['ru', 'Пресс-конференция по итогам сессии комиссии состоится в Баку в среду, 10 июня 2026 года.', '2026-06-10'],
    [
      'en',
      'Members of the association meet in Aktau on Thursday, 27 November, to discuss a common tariff.',
      '2025-11-27',
    ],
  ])('a weekday right before its date is that date (%s)', (lang, sentence, date) => {
    expect(brief(lang, lang === 'ru' ? '2026-06-02' : '2025-11-21', [sentence])).toMatchObject([{ date }])
  })

  it('tr: an occasion that names no country takes none from a story about no pair', () => {
    const events = extractEvents(
      articleOf('tr', '2026-03-19', [
        'Çin Halk Bankası ile takas anlaşması yürürlükte.',
        'ABD Merkez Bankası faizleri sabit tuttu.',
        'Kazakistan ile ticaret yüzde 12 arttı.',
        'Azerbaycan’a ihracat da yükseldi.',
        'Kurulun bir sonraki toplantısı 23 Nisan 2026 tarihinde yapılacaktır.',
      ]),
    )
    expect(events.map((e) => [e.date, e.countries])).toEqual([['2026-04-23', []]])
  })

  it('guard, tr: in a story about a pair, an occasion that names no country is the pair’s', () => {
    const events = extractEvents(
      articleOf('tr', '2026-03-19', [
        'Kazakistan ile Azerbaycan arasındaki ticaret yüzde 12 arttı.',
        'Kazakistan Azerbaycan’a daha çok tahıl gönderdi.',
        'Kazakistan tarafı memnun.',
        'Karma komisyonun bir sonraki toplantısı 23 Nisan 2026 tarihinde yapılacaktır.',
      ]),
    )
    expect(events.map((e) => [e.date, [...e.countries].sort()])).toEqual([['2026-04-23', ['AZ', 'KZ']]])
  })

  it('abstains from a date when the text gives none, and never takes a figure’s year for a meeting’s', () => {
    const events = brief('tr', null, [
      "Kazakistan Cumhurbaşkanı Tokayev, Türk Devletleri Teşkilatı'nın XII. Zirvesi'ne katılmak için Azerbaycan'a gitti.",
      "Toplantıda konuşan Aliyev, ticaret hacminin 2025'te yüzde 18 arttığını söyledi.",
    ])
    expect(events.map((e) => e.date)).toEqual([null])
  })
})

describe('a count before an occasion word counts something else when a preposition or a length stands between', () => {
  it.each([
    ['en', 'Kazakhstan and Azerbaijan signed 5 documents during the state visit of President Tokayev to Baku.'],
    ['ru', 'Казахстан и Азербайджан подписали 5 документов в ходе государственного визита Токаева в Баку.'],
    ['tr', "Cumhurbaşkanı Tokayev Bakü'ye 2 günlük resmi ziyaret gerçekleştirdi."],
    ['az', 'Prezident Tokayev Bakıya 2 günlük rəsmi səfər edib.'],
  ])('keeps the visit (%s)', (lang, sentence) => {
    const kinds = brief(lang, '2026-10-07', [sentence]).map((e) => e.kind)
    expect(kinds).toEqual([expect.stringMatching(/visit/u)])
  })

  it('reads "more than 10 high-level visits" as a count of visits, no occasion, across a hyphenated word (en)', () => {
    expect(brief('en', '2026-10-07', ['There have been more than 10 high-level visits since 2022.'])).toEqual([])
  })
})

describe('no occasion: one put off or called off, or travellers counted', () => {
  it.each([
    ['tr', "Gürcistan Başbakanı Kobahidze'nin Ankara ziyareti ertelendi."],
    ['az', 'Türkmənistan Prezidentinin Bakıya səfəri təxirə salınıb.'],
    [
      'en',
      "A visit by Turkmenistan's President Serdar Berdimuhamedov to Baku, planned for Oct. 14, has been postponed.",
    ],
    ['ru', 'Визит президента Туркменистана в Баку, запланированный на 14 октября, отменен.'],
  ])('%s: put off or called off', (lang, sentence) => {
    expect(brief(lang, '2026-10-09', [sentence])).toEqual([])
  })

  it.each([
    ['tr', "Özbekistan'ı geçen yıl ziyaret eden Türk turist sayısı yüzde 35 artışla 96 bine yükseldi."],
    ['az', 'Ötən il Azərbaycana 312 min özbək turist səfər edib.'],
    ['en', 'Kazakhstan was visited by 96,000 Turkish tourists last year.'],
    ['ru', 'В прошлом году Азербайджан посетили 312 тысяч граждан Узбекистана.'],
  ])('%s: travellers counted', (lang, sentence) => {
    expect(brief(lang, '2026-10-09', [sentence])).toEqual([])
  })
})

describe('Russian: a visit told in the future, a parliament’s hearing', () => {
  it('dates "посетит Баку в апреле" in a March article to this April, planned', () => {
    const events = brief('ru', '2026-03-11', ['Министр энергетики Казахстана посетит Баку в апреле.'])
    expect(events.map((e) => [e.kind, e.date, e.status])).toEqual([['visit', '2026-04', 'planned']])
  })

  it('reads "на парламентских слушаниях в Мажилисе" as a meeting held that day', () => {
    const events = brief('ru', '2026-03-11', ['Такой вывод прозвучал в среду на парламентских слушаниях в Мажилисе.'])
    expect(events.map((e) => [e.kind, e.date, e.status])).toEqual([['meeting', '2026-03-11', 'happened']])
  })
})

describe('meetings told by their verb ("will meet", "bir araya getirecek") or by a shareholders’ meeting', () => {
  it.each<[string, string, string, [string, string | null, string]]>([
    [
      'en',
      '2025-12-04',
      'Energy ministers of Turkmenistan, Azerbaijan and Iran are due to meet in Baku on December 11.',
      ['meeting', '2025-12-11', 'planned'],
    ],
    [
      'en',
      '2026-02-05',
      'The ministry will meet insurers and carriers in Astana on 20 February to discuss compensation.',
      ['meeting', '2026-02-20', 'planned'],
    ],
    [
      'tr',
      '2026-01-14',
      "Bakanlık, Hazar'a kıyıdaş ülkelerin liman yetkililerini 20 Ocak'ta Aktau'da bir araya getirecek.",
      ['meeting', '2026-01-20', 'planned'],
    ],
    [
      'ru',
      '2026-04-28',
      'Решение утвердит годовое общее собрание акционеров, которое состоится 29 мая 2026 года в Астане.',
      ['meeting', '2026-05-29', 'planned'],
    ],
  ])('%s (%s): %s', (lang, published, sentence, expected) => {
    expect(brief(lang, published, [sentence]).map((e) => [e.kind, e.date, e.status])).toEqual([expected])
  })

  it.each<[string, string]>([
    ['en', 'The council, which brings together both presidents, meets in Türkiye and Uzbekistan in turn.'],
    ['tr', 'Operatörleri bir araya getiren birlik, yeni bir tarife açıkladı.'],
  ])('guard: %s: a body that meets by habit, or brings people together, holds no meeting: %s', (lang, sentence) => {
    expect(brief(lang, '2026-01-14', [sentence])).toEqual([])
  })
})

describe('an occasion to come dated by its month alone takes the next such month, whatever verb reports it', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      '2025-12-04',
      'The next round of pipeline talks is pencilled in for February in Baku, officials said.',
      '2026-02',
    ],
    ['en', '2025-12-11', 'The next trilateral meeting is planned for early April in Ashgabat.', '2026-04'],
    [
      'ru',
      '2026-07-02',
      'Вопрос о синхронизации тарифов с китайской стороной, по информации портала, планируется обсудить на заседании казахстанско-китайского подкомитета по транспортному сотрудничеству в сентябре в Урумчи.',
      '2026-09',
    ],
    ['tr', '2026-04-08', 'Çalışma grubunun bir sonraki toplantısı Haziran başında Bakü’de yapılacak.', '2026-06'],
    ['az', '2026-04-08', 'İşçi qrupunun növbəti iclası iyun ayında Bakıda keçiriləcək, nazirlik bildirib.', '2026-06'],
  ])('%s (%s): %s', (lang, published, sentence, date) => {
    expect(brief(lang, published, [sentence]).map((e) => [e.date, e.status])).toEqual([[date, 'planned']])
  })
})

describe('a decision "to be approved at" a meeting puts the meeting ahead', () => {
  it('en (2026-03-17): the annual general meeting on 28 May is this year’s, planned', () => {
    const sentence =
      'The board has proposed a dividend of KZT 95 per share, to be approved at the annual general meeting in Aktau on 28 May.'
    expect(brief('en', '2026-03-17', [sentence]).map((e) => [e.date, e.status])).toEqual([['2026-05-28', 'planned']])
  })
})

describe('a weekday of a named week dates the occasion in that week', () => {
  it('az (2026-09-03, a Thursday): "ötən həftənin çərşənbə günü" is the Wednesday of last week', () => {
    const sentence =
      'Gömrük Komitəsi sədrinin müavini Elnur Qasımov və Giorgi Beridze ötən həftənin çərşənbə günü Tbilisidə görüşüblər.'
    expect(brief('az', '2026-09-03', [sentence]).map((e) => [e.date, e.status])).toEqual([['2026-08-26', 'happened']])
  })
})

describe('a year written before its day and month dates that day', () => {
  it('az (2026-03-17): "1997-ci il 10 iyun tarixində imzalanmış" is a signing of 1997', () => {
    const sentence =
      '1997-ci il 10 iyun tarixində imzalanmış Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında dostluq haqqında Müqavilə'
    expect(brief('az', '2026-03-17', [sentence]).map((e) => e.date)).toEqual(['1997-06-10'])
  })
})

describe('the adjective "open" of a procedure is no opening', () => {
  it('ru (2026-02-09): "способом открытого конкурса … от 1 июля 2024 года" tells of no occasion', () => {
    const sentence =
      'Организатор объявляет о проведении закупок способом открытого конкурса в соответствии с Законом от 1 июля 2024 года № 106-VIII.'
    expect(brief('ru', '2026-02-09', [sentence])).toEqual([])
  })
})
