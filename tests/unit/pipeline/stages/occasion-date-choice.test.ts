import { describe, expect, it } from 'vitest'
import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf, paragraphsOf } from './extraction-input'

/** The dates of the occasions one sentence tells, in an article of the given day. */
const datesOf = (sentence: string, lang: string, published: string) =>
  extractEvents(articleOf(lang, published, [sentence])).map((e) => e.date)

describe('readSentenceEvents: a year alone beside a day is a plan’s year, not the occasion’s date', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'At talks in Urumqi on Oct. 29, the railways agreed to add container trains from next year.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'ru',
      '29 октября в Урумчи прошли переговоры, на которых стороны договорились увеличить число поездов с 2026 года.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'tr',
      '29 Ekim’de Urumçi’de, 2026 yılından itibaren sefer sayısını artırmak için görüşme yapıldı.',
      '2025-11-04',
      '2025-10-29',
    ],
    [
      'az',
      'Oktyabrın 29-da, 2026-cı ildən qatarların sayını artırmaq üçün Urumçidə danışıqlar aparılıb.',
      '2025-11-04',
      '2025-10-29',
    ],
  ])('%s: %s', (lang, sentence, published, date) => {
    expect(datesOf(sentence, lang, published)).toEqual([date])
  })

  it('guard: a planned occasion dated by its year alone keeps it', () => {
    expect(datesOf('The next summit will be held in Astana in 2027.', 'en', '2025-11-04')).toEqual(['2027'])
  })
})

describe('narrativeYears: a past year’s story holds within its paragraph', () => {
  /** The date of the occasion each paragraph's last sentence tells, after a first paragraph dated in a past year. */
  const laterDate = (lang: string, history: string, news: string, together: boolean) => {
    const input = together
      ? paragraphsOf(lang, '2026-06-30', [[history, news]])
      : paragraphsOf(lang, '2026-06-30', [[history], [news]])
    return extractEvents(input).find((e) => e.source.quote.includes(news.slice(0, 12)))?.date
  }

  it.each<[string, string, string]>([
    [
      'ru',
      'Межправительственное соглашение было подписано 6 июня 2024 года в Пекине.',
      '24 июня в Оше прошло заседание рабочей группы по проекту.',
    ],
    [
      'en',
      'The intergovernmental agreement was signed in Beijing on June 6, 2024.',
      'On June 24 the project’s working group held a meeting in Osh.',
    ],
    [
      'tr',
      'Hükümetlerarası anlaşma 6 Haziran 2024’te Pekin’de imzalandı.',
      '24 Haziran’da Oş’ta projenin çalışma grubu toplantısı yapıldı.',
    ],
    [
      'az',
      'Hökumətlərarası saziş 2024-cü il iyunun 6-da Pekində imzalanıb.',
      'İyunun 24-də Oşda layihənin işçi qrupunun iclası keçirilib.',
    ],
  ])('%s: a later paragraph’s day and month take the article’s year', (lang, history, news) => {
    expect(laterDate(lang, history, news, false)).toBe('2026-06-24')
  })

  it('guard: in the same paragraph the story’s next day stays in its year', () => {
    const history = 'Межправительственное соглашение было подписано 6 июня 2024 года в Пекине.'
    const news = '24 июня в Оше прошло заседание рабочей группы по проекту.'
    expect(laterDate('ru', history, news, true)).toBe('2024-06-24')
  })
})

// a signing set somewhere (a place, a ceremony, a person): one dated in passing is no occasion (event-openings.test.ts)
describe('verbOccasion: a signing dated by its month alone, never by a later date', () => {
  /** Each occasion's kind and date. */
  const occasions = (lang: string, sentence: string) =>
    extractEvents(articleOf(lang, '2026-02-27', [sentence])).map((e) => [e.kind, e.date])

  it.each<[string, string]>([
    ['en', 'In December, ASCO and Baku Shipyard signed a contract for two more tankers.'],
    ['ru', 'В декабре в Баку АСКО и Бакинский судостроительный завод подписали контракт на два танкера.'],
    ['tr', 'Aralık ayında ASCO ile Bakü Tersanesi iki tanker için sözleşme imzaladı.'],
    ['az', 'Dekabrda ASCO ilə Bakı Gəmiqayırma Zavodu iki tanker üçün müqavilə imzalayıb.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([['signing', '2025-12']])
  })

  it('guard: a month after the article’s date is the contract’s term, not its signing', () => {
    const sentence = 'On Monday, the corporation signed a contract for the supply of wheat by the end of June 2027.'
    expect(occasions('en', sentence).map(([, date]) => date)).not.toContain('2027-06')
  })

  it.each<[string, string]>([
    ['tr', 'Bakan, Kars’taki merkezin nisan ayında hizmete gireceğini söyledi.'],
    ['en', 'The terminal will be commissioned in April.'],
  ])('guard: %s: an opening still to come is no past occasion: %s', (lang, sentence) => {
    // it may be a planned one, in the month to come
    expect(occasions(lang, sentence).filter(([, date]) => date !== null && String(date) <= '2026-02-27')).toEqual([])
  })
})

describe('verbOccasion: a signing or opening dated by a counted day', () => {
  /** Each occasion's kind and date, in an article of Wednesday 23 September 2026. */
  const occasions = (lang: string, sentence: string) =>
    extractEvents(articleOf(lang, '2026-09-23', [sentence])).map((e) => [e.kind, e.date])

  it.each<[string, string, [string, string]]>([
    [
      'en',
      'On Monday, the state corporation signed a contract with the reserves agency in Astana.',
      ['signing', '2026-09-21'],
    ],
    [
      'az',
      'Kredit sazişi bazar ertəsi Bakıda maliyyə nazirinin müavini tərəfindən imzalanıb.',
      ['signing', '2026-09-21'],
    ],
    ['tr', 'Anlaşma pazartesi Ankara’da bakan yardımcıları tarafından imzalandı.', ['signing', '2026-09-21']],
    ['ru', 'Сегодня в Навои торжественно открыли первую очередь сухого порта.', ['other', '2026-09-23']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it('guard: a counted day after a reporting verb dates the report, not the signing', () => {
    const sentence =
      'The two governments said on Wednesday, a day after officials signed a supply framework in Ashgabat.'
    expect(occasions('en', sentence)).toEqual([])
  })
})

describe('withRange: a range of days written with prepositions', () => {
  const range = (lang: string, sentence: string) =>
    extractEvents(articleOf(lang, '2026-04-21', [sentence])).map((e) => [e.date, e.dateEnd])

  it.each<[string, string]>([
    ['ru', 'С 14 по 16 мая в Баку пройдет Каспийский туристический форум.'],
    ['en', 'The Caspian tourism forum will be held in Baku from 14 to 16 May.'],
    ['tr', 'Hazar Turizm Forumu 14 ile 16 Mayıs arasında Bakü’de yapılacak.'],
  ])('%s: %s', (lang, sentence) => {
    expect(range(lang, sentence)).toEqual([['2026-05-14', '2026-05-16']])
  })
})

describe('verbOccasion: an opening told in passing, dated by the year beside its verb', () => {
  /** The kind and date of each occasion one sentence tells, in an article of 17 February 2026. */
  const occasions = (lang: string, sentence: string) =>
    extractEvents(articleOf(lang, '2026-02-17', [sentence])).map((e) => [e.kind, e.date])

  it.each<[string, string, (string | null)[]]>([
    [
      'tr',
      '1988’de açılan Sarp Sınır Kapısı, bugün Türkiye’nin en işlek kara kapısı konumunda bulunuyor.',
      ['other', '1988'],
    ],
    [
      'az',
      '2018-ci ildə Ələt qəsəbəsində istifadəyə verilmiş yeni liman kompleksi ildə 15 milyon ton yük qəbul edir.',
      ['other', '2018'],
    ],
    ['en', 'The pipeline, opened in 2006, carries Azerbaijani oil to Ceyhan.', ['other', '2006']],
    ['ru', 'Мост, открытый в 1992 году, давно не справляется с потоком машин.', ['other', '1992']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['tr', 'Nahçıvan’a açılan Dilucu kapısından geçen yıl günde 2 bin araç geçti.'],
    ['az', 'Qazaxıstanda bu il 1 GW gücün istifadəyə verilməsi gözlənilir.'],
  ])('guard: %s, no year in digits beside the verb, no opening: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([])
  })
})

describe('verbOccasion: a launch, a start of work, a ship’s launch or a ground-breaking told by its verb', () => {
  /** The kind and date of each occasion one sentence tells, in an article of 17 February 2026. */
  const occasions = (lang: string, sentence: string) =>
    extractEvents(articleOf(lang, '2026-02-17', [sentence])).map((e) => [e.kind, e.date, e.status])

  it.each<[string, string, (string | null)[]]>([
    [
      'en',
      'The dry port, which began operations in May 2019, now handles 600 trains a year.',
      ['other', '2019-05', 'happened'],
    ],
    ['en', 'Work on the bypass was launched on 12 January.', ['other', '2026-01-12', 'happened']],
    ['ru', 'Терминал, запущенный в марте 2021 года, загружен на 80%.', ['other', '2021-03', 'happened']],
    ['ru', 'Строительство второй очереди стартовало 3 февраля.', ['other', '2026-02-03', 'happened']],
    ['ru', 'Танкер спущен на воду 9 января на верфи в Баку.', ['other', '2026-01-09', 'happened']],
    ['tr', 'Gemi 14 Ocak’ta Tuzla’da denize indirildi.', ['other', '2026-01-14', 'happened']],
    ['tr', 'Uydu Aralık 2024’te Cape Canaveral’dan fırlatıldı.', ['other', '2024-12', 'happened']],
    ['tr', 'Tesisin temeli 5 Ocak’ta Mersin’de düzenlenen törenle atıldı.', ['other', '2026-01-05', 'happened']],
    ['az', 'Zavodun təməli yanvarın 20-də Sumqayıtda qoyulub.', ['other', '2026-01-20', 'happened']],
    ['az', 'Bərə dekabrın 19-da suya endirilib.', ['other', '2025-12-19', 'happened']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(occasions(lang, sentence)).toEqual([expected])
  })

  it.each<[string, string]>([
    ['en', 'The company launched a new loading service for small shippers.'],
    ['ru', 'Запуск линии позволит сократить сроки доставки.'],
    ['tr', 'Temel ihtiyaç maddelerinin fiyatı 2025’te yüzde 40 arttı.'],
  ])('guard: %s, no day, month or year beside the verb, no occasion: %s', (lang, sentence) => {
    expect(occasions(lang, sentence)).toEqual([])
  })
})

describe('verbOccasion: a month with its year counted dates an opening in that year', () => {
  it.each<[string, string, string]>([
    ['tr', 'Hattın temelini geçen yılın şubat ayında Kars’ta attık.', '2025-02'],
    ['az', 'Terminal ötən ilin dekabrında istifadəyə verilib.', '2025-12'],
    ['ru', 'Терминал открыт в декабре прошлого года.', '2025-12'],
    ['en', 'The terminal opened in December last year.', '2025-12'],
  ])('%s: %s', (lang, sentence, date) => {
    expect(datesOf(sentence, lang, '2026-04-10')).toEqual([date])
  })
})

describe('readSentenceEvents: the year after a range of days in English is the range’s', () => {
  const ranges = (sentence: string, published: string) =>
    extractEvents(articleOf('en', published, [sentence])).map((e) => [e.date, e.dateEnd])
  it('"December 9–10, 2025" in a story of January 2027 stays 2025, not the last December', () => {
    expect(ranges('Ministers met in Baku on December 9–10, 2025, to agree tariffs.', '2027-01-10')).toEqual([
      ['2025-12-09', '2025-12-10'],
    ])
  })
  it('"due to meet … on July 9–10, 2026" in a story of August 2026 is 2026, not a year later', () => {
    expect(ranges('The ICWC is due to meet in Ashgabat on July 9–10, 2026.', '2026-08-14')).toEqual([
      ['2026-07-09', '2026-07-10'],
    ])
  })
})

describe('verbOccasion: an opening told after a plan it missed takes its own day', () => {
  it.each<[string, string, string]>([
    [
      'az',
      'Terminalın 2024-cü ilin dekabrında istifadəyə verilməsi nəzərdə tutulsa da, terminal yeddi ay gecikmə ilə, 2025-ci il iyulun 15-də istismara verilib.',
      '2025-07-15',
    ],
    [
      'tr',
      'Hattın 2024 yılı aralık ayında hizmete girmesi planlansa da, hat yedi ay gecikmeyle 15 Temmuz 2025’te hizmete girdi.',
      '2025-07-15',
    ],
    [
      'en',
      'The terminal was due to be commissioned in December 2024, but it was commissioned seven months late, on July 15, 2025.',
      '2025-07-15',
    ],
    [
      'ru',
      'Терминал планировалось открыть в декабре 2024 года, однако он был введен в эксплуатацию только 15 июля 2025 года.',
      '2025-07-15',
    ],
  ])('%s: %s', (lang, sentence, date) => {
    expect(datesOf(sentence, lang, '2026-06-20')).toEqual([date])
  })

  it('guard: a first train that left on one day and arrived on another is dated by its departure', () => {
    const sentence = 'İlk tren 3 Ekim’de Şian’dan yola çıktı ve 14 Ekim’de Bakü’ye ulaştı.'
    expect(datesOf(sentence, 'tr', '2025-10-20')).toEqual(['2025-10-03'])
  })
})

describe('readSentenceEvents: a day right after an amount dates the amount, not the occasion', () => {
  it.each<[string, string, string, string]>([
    [
      'en',
      'Ministers met in Tbilisi last Thursday and agreed to cut the rate to $2,950 from next year, from about $3,600 today.',
      '2026-09-14',
      '2026-09-10',
    ],
  ])('%s: %s', (lang, sentence, published, date) => {
    expect(datesOf(sentence, lang, published)).toEqual([date])
  })

  it('guard, az: a thread’s count before "bu gün" is no amount, and the day dates the opening', () => {
    expect(
      datesOf('🧵 1/7 Bu gün Ələt limanında poçt marşrutu rəsmi olaraq istifadəyə verildi!', 'az', '2026-03-23'),
    ).toEqual(['2026-03-23'])
  })
})

describe('readSentenceEvents: a diary line is no past report for a loanword that ends like a past verb', () => {
  it('tr: "Lojistik" ("-tik", we did) leaves the forum in the coming week, not a year back', () => {
    expect(datesOf('• 14-16 Nisan: Hazar Lojistik Forumu, Bakü', 'tr', '2026-04-07')).toEqual(['2026-04-14'])
  })

  it('guard, tr: a past verb still dates a forum that was held', () => {
    expect(datesOf('Hazar Lojistik Forumu 14-16 Nisan’da Bakü’de yapıldı.', 'tr', '2026-05-07')).toEqual(['2026-04-14'])
  })
})

describe('readSentenceEvents: each clause between semicolons dates its own occasion by its own tense', () => {
  /** The occasions of one sentence, as "status date". */
  const told = (sentence: string, lang: string, published: string) =>
    extractEvents(articleOf(lang, published, [sentence])).map((e) => `${e.status} ${e.date}`)

  it.each<[string, string, string[]]>([
    [
      'ru',
      'Проект обсуждался на встрече руководства ГТК с брокерами 28 октября в Баку; следующая встреча запланирована на декабрь.',
      ['happened 2026-10-28', 'planned 2026-12'],
    ],
    [
      'en',
      'The draft was discussed at a meeting with brokers in Baku on October 28; the next meeting is scheduled for December.',
      ['happened 2026-10-28', 'planned 2026-12'],
    ],
    [
      'tr',
      'Taslak 28 Ekim’de Bakü’de gümrük müşavirleriyle yapılan toplantıda görüşüldü; bir sonraki toplantı aralık ayında yapılacak.',
      ['happened 2026-10-28', 'planned 2026-12'],
    ],
    [
      'az',
      'Layihə oktyabrın 28-də Bakıda brokerlərlə keçirilən görüşdə müzakirə olunub; növbəti görüş dekabrda keçiriləcək.',
      ['happened 2026-10-28', 'planned 2026-12'],
    ],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(told(sentence, lang, '2026-11-03')).toEqual(expected)
  })
})
