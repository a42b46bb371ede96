import { describe, expect, it } from 'vitest'

import { extractAgreements } from '../../../../src/pipeline/stages/extract-agreements'
import { articleOf } from './extraction-input'

const brief = (lang: string, published: string | null, sentences: string[]) =>
  extractAgreements(articleOf(lang, published, sentences)).map((a) => ({
    kind: a.kind,
    title: a.title,
    count: a.count,
    date: a.date,
    place: a.place,
    parties: a.parties,
    sectors: a.sectors,
  }))

describe('extractAgreements(input) on seed sentences', () => {
  it('reads the 15 agreements with every sector listed, and the Joint Declaration but not the treaty it marks', () => {
    const agreements = brief('tr', '2025-10-21', [
      "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile Azerbaycan Cumhurbaşkanı İlham Aliyev arasında Akorda Cumhurbaşkanlığı Sarayı'nda düzenlenen resmi karşılama töreni ile başlayan görüşmelerde, iki ülke hükümetleri arasında enerji, ulaştırma ve lojistik, dijitalleşme ve yapay zeka, endüstriyel güvenlik, sağlık, istatistik ve kültürel ile beşeri alanlarda 15 işbirliği anlaşması imzalandı.",
      'Tokayev ve Aliyev, iki ülke arasındaki "Stratejik Ortaklık ve Müttefik İlişkiler Anlaşması"nın 20. yılı dolayısıyla kabul edilen Ortak Bildiri\'yi de imzaladı.',
    ])
    expect(agreements).toEqual([
      {
        kind: 'package',
        title: null,
        count: 15,
        date: '2025-10-21',
        place: 'Astana',
        parties: ['AZ', 'KZ'],
        sectors: ['energy', 'transport', 'digital', 'industry', 'health', 'statistics', 'culture'],
      },
      {
        kind: 'document',
        title: 'Ortak Bildiri',
        count: null,
        date: '2025-10-21',
        place: 'Astana',
        parties: ['AZ', 'KZ'],
        sectors: [],
      },
    ])
  })

  it('reads a vague package and the documents the next sentence lists, dated by the Astana meeting', () => {
    const agreements = brief('az', '2025-10-27', [
      '2025-ci il oktyabrın 21-də Qazaxıstanın paytaxtı Astanada Azərbaycan Prezidenti İlham Əliyev və Qazaxıstan Prezidenti Kasım-Jomart Tokayev arasında keçirilən görüş iki ölkə münasibətlərində yeni mərhələnin başlanğıcı oldu.',
      'Astana görüşü çərçivəsində enerji, nəqliyyat, rəqəmsal texnologiyalar, sənaye və mədəniyyət sahələrində bir sıra sənədlər imzalandı.',
      'Bunlara “Azərbaycan–Qazaxıstan müttəfiqlik münasibətləri haqqında Bəyanat” və Ali Dövlətlərarası Şuranın qərarları daxildir.',
      'Bu sənədlər iki ölkə arasında əməkdaşlığın hüquqi bazasını möhkəmləndirdi.',
    ])
    const common = { count: null, date: '2025-10-21', place: 'Astana', parties: ['AZ', 'KZ'] }
    expect(agreements).toEqual([
      { ...common, kind: 'package', title: null, sectors: ['energy', 'transport', 'digital', 'industry', 'culture'] },
      {
        ...common,
        kind: 'document',
        title: 'Azərbaycan–Qazaxıstan müttəfiqlik münasibətləri haqqında Bəyanat',
        sectors: [],
      },
      { ...common, kind: 'document', title: 'Ali Dövlətlərarası Şuranın qərarları', sectors: [] },
    ])
  })

  it('leaves a later mention of the package undated and keeps its count', () => {
    const agreements = brief('tr', '2025-10-21', [
      'Tokayev ve Aliyev bugün bir araya geldi.',
      'Kazakistan ile Azerbaycan arasında ortak tarih ve kökler bulunuyor ve ilişkiler gelişiyor.',
      'Tokayev, ikili ve çok taraflı işbirliği açısından görüşmelerin verimli geçtiğini belirtti.',
      'İmzalanan 15 anlaşma ve liderlerin ortak taahhütleri, Kazakistan-Azerbaycan ilişkilerinde ekonomik, enerji ve lojistik alanlarında yeni bir dönemin başlangıcı olarak değerlendiriliyor.',
    ])
    expect(agreements).toEqual([
      {
        kind: 'package',
        title: null,
        count: 15,
        date: null,
        place: null,
        parties: ['AZ', 'KZ'],
        sectors: ['energy', 'transport'],
      },
    ])
  })
})

describe('extractAgreements(input) on new sentences', () => {
  it.each([
    [
      'az',
      'Tərəflər nəqliyyat və enerji sahələrində 7 sənəd imzalayıb.',
      { kind: 'package', count: 7, title: null, sectors: ['energy', 'transport'] },
    ],
    [
      'tr',
      'Görüşmelerin ardından taraflar arasında enerji alanında Mutabakat Zaptı imzalandı.',
      { kind: 'document', count: null, title: 'Mutabakat Zaptı', sectors: ['energy'] },
    ],
    [
      'tr',
      'Özbekistan ile Kırgızistan arasında ulaştırma alanında yol haritası imzalandı.',
      { kind: 'document', title: 'yol haritası', parties: ['KG', 'UZ'], sectors: ['transport'] },
    ],
    [
      'en',
      'Kazakhstan and China signed 12 documents on trade and logistics in Astana on 3 September 2024.',
      {
        kind: 'package',
        count: 12,
        date: '2024-09-03',
        place: 'Astana',
        parties: ['CN', 'KZ'],
        sectors: ['trade', 'transport'],
      },
    ],
    [
      'ru',
      'В Ташкенте подписано 10 соглашений в сфере энергетики и сельского хозяйства.',
      { kind: 'package', count: 10, place: 'Tashkent', sectors: ['energy', 'agriculture'] },
    ],
    [
      'tr',
      "Türkmenistan ve Azerbaycan liderleri Aşkabat'ta bir dizi belge imzaladı.",
      { kind: 'package', count: null, place: 'Ashgabat', parties: ['AZ', 'TM'] },
    ],
    [
      'en',
      'The sides signed a Joint Declaration and a number of documents.',
      { kind: 'document', title: 'Joint Declaration' },
    ],
  ])('reads %s "%s"', (lang, sentence, expected) => {
    expect(brief(lang, null, [sentence])[0]).toMatchObject(expected)
  })

  it.each([
    ['tr', "Taraflar, Ortak Bildiri'nin uygulanmasına ilişkin görüş alışverişinde bulundu."],
    ['tr', 'Yeni anlaşmanın 2026 yılında imzalanması planlanıyor.'],
    ['tr', 'Şirket, ikinci projeye ilişkin sözleşmenin haziranda Taşkent’te imzalanmasını hedefliyor.'],
    ['az', 'Şirkət ikinci layihə üzrə müqavilənin iyunda Daşkənddə imzalanmasını hədəfləyir.'],
    ['en', 'The company aims to sign the second contract at the Tashkent forum in June.'],
    ['ru', 'Компания планирует подписать второй контракт на форуме в Ташкенте в июне.'],
    ['az', 'Bu sənədlər iki ölkə arasında əməkdaşlığın hüquqi bazasını möhkəmləndirdi.'],
    ['en', 'The significant growth of trade was discussed.'],
  ])('finds nothing signed in %s "%s"', (lang, sentence) => {
    expect(brief(lang, null, [sentence])).toEqual([])
  })

  it('points its source at the count and the noun', () => {
    const input = articleOf('az', null, ['Giriş.', 'Tərəflər nəqliyyat və enerji sahələrində 7 sənəd imzalayıb.'])
    const mention = extractAgreements(input)[0]?.source.mention
    expect(mention && input.article.text.slice(mention.start, mention.end)).toBe('7 sənəd')
  })
})

describe('extractAgreements(input): "The package includes …" after an aside names documents of the signing', () => {
  it.each([
    [
      'en',
      [
        'Transport ministers of Türkiye, Azerbaijan and Georgia signed five documents in Kars on Wednesday.',
        'Minister Abdulkadir Uraloğlu hosted the trilateral meeting.',
        'The package includes a protocol on tariffs and a memorandum of understanding on digital cargo tracking.',
      ],
    ],
    [
      'ru',
      [
        'Министры транспорта трех стран подписали в Карсе пять документов.',
        'Встречу провел министр транспорта Турции.',
        'В пакет вошли протокол о тарифах и меморандум о цифровом отслеживании грузов.',
      ],
    ],
    [
      'tr',
      [
        'Üç ülkenin ulaştırma bakanları Kars’ta beş belge imzaladı.',
        'Toplantıya Ulaştırma Bakanı ev sahipliği yaptı.',
        'Pakete dahil edilen belgeler arasında tarifelere ilişkin bir protokol ve dijital takip mutabakat zaptı yer alıyor.',
      ],
    ],
    [
      'az',
      [
        'Üç ölkənin nəqliyyat nazirləri Qarsda beş sənəd imzalayıb.',
        'Görüşə Türkiyənin nəqliyyat naziri ev sahibliyi edib.',
        'Paketə daxil olan sənədlər arasında tariflər üzrə protokol və rəqəmsal izləmə haqqında memorandum var.',
      ],
    ],
  ])('%s', (lang, sentences) => {
    const found = brief(lang, '2026-06-18', sentences)
    expect(found[0]).toMatchObject({ kind: 'package', count: 5 })
    expect(found.filter((a) => a.kind === 'document').length).toBeGreaterThanOrEqual(1)
  })

  it('keeps a document named two sentences on from a signing unsigned (en)', () => {
    const found = brief('en', '2026-06-18', [
      'The ministers signed five documents in Kars on Wednesday.',
      'The meeting was held in the city’s governor’s office.',
      'Officials spoke about the weather.',
      'The package includes a protocol on tariffs.',
    ])
    expect(found.map((a) => a.kind)).toEqual(['package'])
  })
})

describe('extractAgreements(input): English idioms of signing', () => {
  it.each([
    'The two agriculture ministers put their names to the Agreement on Cooperation in Agricultural Machinery Building.',
    'In Astana, Kazakhstan and Türkiye inked the Agreement on Cooperation in Agricultural Machinery Building.',
  ])('%s', (sentence) => {
    expect(brief('en', '2026-03-01', [sentence])).toMatchObject([
      { kind: 'document', title: 'Agreement on Cooperation in Agricultural Machinery Building' },
    ])
  })
})

describe('extractAgreements(input): an infinitive signs nothing yet', () => {
  it.each([
    ['ru', 'Окончательное инвестиционное решение по проекту стороны рассчитывают принять в ходе визита.'],
    ['ru', 'Министры договорились подписать дорожную карту проекта до конца года.'],
    ['en', 'The ministers plan to sign a roadmap for the cable project in April.'],
    ['tr', 'Bakanlar kablo projesinin yol haritasını imzalamak için nisanda bir araya gelecek.'],
    ['az', 'Nazirlər kabel layihəsinin yol xəritəsini imzalamağa hazırlaşır.'],
  ])('%s: "%s" names no signed document', (lang, sentence) => {
    expect(brief(lang, '2026-02-03', [sentence])).toEqual([])
  })

  it.each([
    ['ru', 'Министры энергетики двух стран подписали в Баку дорожную карту проекта.'],
    ['en', 'The energy ministers signed a roadmap for the cable project in Baku.'],
    ['tr', 'Enerji bakanları Bakü’de kablo projesinin yol haritasını imzaladı.'],
    ['az', 'Energetika nazirləri Bakıda kabel layihəsinin yol xəritəsini imzalayıblar.'],
  ])('%s: the finite verb still signs: "%s"', (lang, sentence) => {
    expect(brief(lang, '2026-02-03', [sentence])).toHaveLength(1)
  })
})

describe('extractAgreements: a place after its preposition is no part of a document’s title', () => {
  it.each<[string, string, string]>([
    [
      'ru',
      'Железные дороги четырёх стран подписали в Тбилиси протокол о введении единого сквозного тарифа.',
      'протокол о введении единого сквозного тарифа',
    ],
    ['ru', 'Министры энергетики двух стран подписали в Баку дорожную карту проекта.', 'дорожную карту'],
  ])('%s: %s', (lang, sentence, title) => {
    expect(extractAgreements(articleOf(lang, '2026-03-27', [sentence])).map((a) => a.title)).toEqual([title])
  })
})

describe('extractAgreements: a decision not taken, a signing a condition waits for, sign nothing', () => {
  it.each([
    ['ru', 'Окончательное решение об инвестициях пока не принято: в акимате ждут итогов переговоров.'],
    ['en', 'Public lenders could cover up to 40% of that, but only if a buyer signs long-term offtake contracts.'],
    ['en', 'The memorandum has not yet been signed, officials said.'],
    ['ru', 'Если стороны подпишут соглашение, поставки начнутся в 2027 году.'],
    ['tr', 'Protokol henüz kabul edilmedi.'],
  ])('%s: "%s"', (lang, sentence) => {
    expect(brief(lang, '2026-02-03', [sentence])).toEqual([])
  })
})

describe('extractAgreements: a signing told as done never takes the next occasion’s date', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'The next summit will be held in Türkiye next year.',
      'Leaders signed 12 documents at the summit in Turkistan.',
    ],
    ['tr', 'Bir sonraki zirve gelecek yıl Türkiye’de yapılacak.', 'Liderler zirvede 12 belge imzaladı.'],
    ['az', 'Növbəti sammit gələn il Türkiyədə keçiriləcək.', 'Liderlər sammitdə 12 sənəd imzalayıblar.'],
    ['ru', 'Следующий саммит пройдет в Турции в следующем году.', 'Лидеры подписали на саммите 12 документов.'],
  ])('%s: %s / %s', (lang, next, signed) => {
    const [agreement] = extractAgreements(articleOf(lang, '2026-10-07', [next, signed]))
    expect(agreement?.count).toBe(12)
    expect([null, '2026-10-07']).toContain(agreement?.date)
  })
})
