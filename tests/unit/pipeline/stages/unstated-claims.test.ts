import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/** The values of the figures read from the sentences, in order. */
const values = (lang: string, sentences: readonly string[]) =>
  extract(sentences, lang, '2025-12-09').map((f) => f.value)

describe('numbers a fact-check puts up to test: claims, and numbers named to be denied', () => {
  it.each<[string, string[]]>([
    ['tr', ['İDDİA: Jibek Joli sınır kapısında 3.000 Türk tırı bir haftadır bekliyor.']],
    ['en', ['Claim: 3,000 Turkish trucks have been stuck at the Jibek Joli crossing for a week.']],
    ['ru', ['Миф № 2: «Половина мигрантов уехала в Турцию, 500 тысяч человек»']],
    ['az', ['İddia: Sərhəddə 3 000 türk yük maşını bir həftədir gözləyir.']],
  ])('%s: a claim’s label: %s', (lang, sentences) => {
    expect(values(lang, sentences)).toEqual([])
  })

  it.each<[string, string[]]>([
    ['ru', ['«Цифра в 30 миллиардов не имеет ничего общего с реальностью», — сказал экономист.']],
    ['en', ['"The figure of $30 billion has nothing to do with reality," the economist said.']],
    ['tr', ['Ekonomist, 30 milyar dolar rakamının gerçeği yansıtmadığını söyledi.']],
    ['az', ['İqtisadçı 30 milyard dollar rəqəminin reallığı əks etdirmədiyini bildirib.']],
  ])('%s: a number named to be denied: %s', (lang, sentences) => {
    expect(values(lang, sentences)).toEqual([])
  })

  it.each<[string, string[], number[]]>([
    [
      'tr',
      [
        'SONUÇ: YANLIŞ',
        'Videoyu paylaşan hesaplar, "3.000 tır yolda kaldı" iddiasında bulundu.',
        'Resmi verilere göre kuyrukta 320 araç vardı.',
      ],
      [320],
    ],
    [
      'ru',
      [
        'Вердикт: неправда.',
        'В телеграм-каналах разошлась публикация о том, что мигранты якобы перевели 30 млрд долларов.',
        'По данным Центробанка, в 2024 году переводы составили 14,8 млрд долларов.',
      ],
      [14.8e9],
    ],
    [
      'en',
      [
        'Verdict: False',
        'Posts on social media claimed that 3,000 trucks were stuck at the border.',
        'Official data show 320 vehicles were queuing on 30 November.',
      ],
      [320],
    ],
    [
      'az',
      [
        'Nəticə: yalan',
        'Sosial şəbəkələrdə yayılan videoda guya sərhəddə 3 000 yük maşını gözləyir.',
        'Rəsmi məlumata görə, növbədə 320 maşın olub.',
      ],
      [320],
    ],
  ])('%s: a fact-check that rules the claim false keeps only the facts', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })

  it('guard: a claim in a story that no verdict or denial answers is still reported (tr)', () => {
    const sentences = [
      'Bakan, ihracatın bu yıl 5 milyar doları aştığını iddia etti.',
      'Bakan ayrıca yeni bir liman açıldığını söyledi.',
    ]
    expect(values('tr', sentences)).toEqual([5e9])
  })
})

describe('extractFigures: what posts are said to say, in a fact-check that rules it false', () => {
  it.each<[string, string[], number[]]>([
    [
      'tr',
      [
        'SONUÇ: YANLIŞ',
        'Bazı paylaşımlarda "Türk şoförler sınırda 5 gündür bekliyor" deniyor.',
        'Resmi verilere göre bekleme 9 saat.',
      ],
      [9],
    ],
    [
      'az',
      [
        'Nəticə: yalan',
        'Bəzi paylaşımlarda sürücülərin sərhəddə 5 gündür gözlədiyi deyilir.',
        'Rəsmi məlumata görə gözləmə 9 saatdır.',
      ],
      [9],
    ],
    [
      'en',
      [
        'Verdict: False',
        'Some posts say drivers have waited at the border for 5 days.',
        'Official data show the wait was 9 hours.',
      ],
      [9],
    ],
    [
      'ru',
      [
        'Вердикт: неправда.',
        'В некоторых постах говорится, что водители ждут на границе 5 суток.',
        'По официальным данным, ожидание составило 9 часов.',
      ],
      [9],
    ],
  ])('%s', (lang, sentences, expected) => {
    expect(values(lang, sentences)).toEqual(expected)
  })
})

describe('numbers of press reports a company or a ministry denies', () => {
  it.each<[string, string[]]>([
    ['tr', ['Basında yer alan, alacakların 3 milyar doları aştığı yönündeki haberler gerçeği yansıtmamaktadır.']],
    ['tr', ['Bakanlık, ihracatın yüzde 40 düştüğü yönündeki haberleri yalanladı.']],
    ['az', ['Nazirlik mətbuatda yayılan, ixracın 40 faiz azaldığı barədə xəbərləri təkzib edib.']],
    ['en', ['The company denied local media reports that the claim exceeded 60 billion tenge.']],
    ['ru', ['В компании опровергли появлявшиеся в местных СМИ сообщения о том, что терминал обошелся в $120 млн.']],
  ])('%s: %s', (lang, sentences) => {
    expect(values(lang, sentences)).toEqual([])
  })

  it.each<[string, string[], number[]]>([
    [
      'en',
      [
        'According to the claim, roughly 70% of the containers came back empty.',
        'The forwarder denies the claim and has filed a counterclaim of $3.1 million.',
      ],
      [70, 3_100_000],
    ],
    ['en', ['Local media reports said exports rose 12% in May.'], [12]],
  ])(
    'guard, %s: a side that denies a lawsuit’s claim, or a report nobody denies, leaves its numbers',
    (lang, sentences, expected) => {
      expect(values(lang, sentences)).toEqual(expected)
    },
  )
})

describe('numbers another outlet reported that a body dismisses, or posts that data does not confirm', () => {
  it.each<[string, string[]]>([
    [
      'en',
      [
        'A regional news site reported last week that 9,000 trucks had crossed the border in May; the customs service dismissed the figure.',
      ],
    ],
    ['en', ['The operator denied a report in local media that it had raised tariffs by 25%, calling it inaccurate.']],
    [
      'tr',
      [
        'Sosyal medyada ihracatın 5 milyar doları aştığı yönünde paylaşımlar yapılsa da resmi veriler bunu doğrulamıyor.',
      ],
    ],
    ['az', ['Sosial şəbəkələrdə tranzitin 40 faiz artdığı iddia edilsə də, rəsmi statistika bunu təsdiqləmir.']],
  ])('%s: %s', (lang, sentences) => {
    expect(values(lang, sentences)).toEqual([])
  })

  it('guard, en: a ministry that reports a figure is no hearsay', () => {
    expect(values('en', ['The ministry reported that exports rose 12% in May.'])).toEqual([12])
  })
})

describe('isUnstatedSentence: what the press wrote, denied in the answer after the question on it', () => {
  it.each<[string, string[]]>([
    [
      'tr',
      [
        'Basında Taşkent’ten 500 otobüslük yeni bir sipariş alındığı yazıldı.',
        'Bunu teyit edebilir misiniz?',
        'Bu haber doğru değil.',
      ],
    ],
    [
      'az',
      [
        'Mətbuatda Daşkənddən 500 avtobusluq yeni sifariş alındığı yazılıb.',
        'Bunu təsdiq edə bilərsinizmi?',
        'Bu xəbər həqiqətə uyğun deyil.',
      ],
    ],
    ['ru', ['В прессе писали о заказе на 500 автобусов из Ташкента.', 'Вы это подтверждаете?', 'Это неправда.']],
    ['en', ['The press reported an order for 500 buses from Tashkent.', 'Can you confirm it?', 'That is not true.']],
  ])('%s', (lang, sentences) => {
    expect(values(lang, sentences)).toEqual([])
  })

  it('guard, tr: what the press wrote and the company confirmed stays', () => {
    expect(
      values('tr', ['Basında 500 otobüslük yeni bir sipariş alındığı yazıldı.', 'Şirket siparişi doğruladı.']),
    ).toEqual([500])
  })
})

describe('isUnstatedSentence: what some outlets spread, denied in the same sentence', () => {
  it.each<[string, string[]]>([
    [
      'az',
      [
        'Bəzi KİV-lərdə plomb xidmətinin haqqının 80 manat olacağı barədə yayılan məlumat doğru deyil: məbləğ dəyişməyib.',
      ],
    ],
    ['tr', ['Sosyal ağlarda yayılan haberde geçen 80 liralık ücret doğru değil.']],
  ])('%s', (lang, sentences) => {
    expect(values(lang, sentences)).toEqual([])
  })

  it('guard, az: a fee stated plainly beside no denial stays', () => {
    expect(values('az', ['Plomb xidmətinin haqqı hər konteyner üçün 45 manatdır.'])).toEqual([45])
  })
})
