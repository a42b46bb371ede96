import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { readArticle } from '../../../../src/pipeline/stages/read-article'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'
import { page, STORY_LEAD } from './header-pages'

describe('readDateLine: a line of a report’s fields is dated by the field its label calls the page’s', () => {
  it.each<[string, string]>([
    ['Hesabat sutkası: 21.07.2026 (çərşənbə axşamı), 00:00–24:00 | Dərc edilib: 22.07.2026, 09:15', '2026-07-22'],
    ['Report No. 195/2026 · Operational day: Tuesday, 14 July 2026 · Issued: 15 July 2026, 08:40 (GET)', '2026-07-15'],
    ['Yayım tarihi: 07.07.2026 | Veriler 30.06.2026 itibarıyla hazırlanmıştır.', '2026-07-07'],
    ['Данные на 30.09.2026 | Дата публикации: 09.10.2026', '2026-10-09'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })

  it('reads an English label whose capital I a Turkish fold would make dotless ("Issued", "Issue date")', () => {
    expect(readDateLine('Issued: 15 July 2026, 08:40')?.published).toBe('2026-07-15')
    expect(readDateLine('Issue date: 15 July 2026')?.published).toBe('2026-07-15')
  })

  it('guard: a line of fields with no label of publication is no date line', () => {
    expect(
      readDateLine('Hesabat sutkası: 21.07.2026 (çərşənbə axşamı), 00:00–24:00 | Hazırlayan: Dispetçer İdarəsi'),
    ).toBe(null)
  })
})

describe('clutterReason: a video page’s furniture, a language switch, a footer of links and a PDF’s page marks', () => {
  it.each<[string, string]>([
    ['en', 'Clip'],
    ['en', 'Transcript'],
    ['en', 'Add a comment...'],
    ['en', '1.2K'],
    ['en', 'Steppe Trade Talk · 31K views · 1 month ago'],
    ['az', 'Aqro TV Azərbaycan • 9,8 min baxış • 3 həftə əvvəl'],
    ['az', 'Avtomatik oynatma'],
    ['az', 'Subtitrlər: Azərbaycan dili (avtomatik yaradılıb)'],
    ['az', 'Aqrar Saat verilişinin bu buraxılışında kombayn bazarı və yem idxalı müzakirə olunur ...daha çox'],
    ['az', '48,2 min abunəçi'],
    ['en', 'ENG | GEO'],
    ['en', 'About Press Copyright Contact us Creators Advertise Developers'],
    ['ru', 'Денежно-кредитная политика | Финансовая стабильность | Статистика | Платежные системы'],
    ['ru', 'Поиск по сайту'],
    ['tr', '--- Sayfa 1 / 2 ---'],
    ['tr', 'KARAVAN PORTFÖY YÖNETİMİ A.Ş.                AYLIK FON BÜLTENİ | HAZİRAN 2026'],
    [
      'ru',
      'Astana Ridge Capital Ltd. | пр. Мангилик Ел, 55/20, Астана, Казахстан | +7 7172 64 10 20 | www.astanaridge.kz',
    ],
  ])('%s: %s', (_lang, line) => {
    expect(clutterReason(line)).not.toBeNull()
  })

  it.each<[string, string]>([
    ['en', 'Press and terms of trade in the contact group'],
    ['tr', 'ÜLKE | 2024 | 2025'],
    ['en', 'Exports rose 12% · imports 5%'],
    ['en', '1.2 million'],
    ['en', 'Kazakhstan | 12.4 | +7 7172 64 10 20'],
  ])('guard, %s: "%s" is no furniture', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('parseHeader: a video page, a PDF’s first page and a bank’s release', () => {
  it('az: the video’s title over its channel and subscribers, dated by the line under its views', () => {
    const header = parseHeader(
      page(
        'YouTube AZ',
        'Axtar',
        'Ana səhifə | Shorts | Abunəliklər | Kitabxana | Tarixçə',
        'Kombayn bazarında nə baş verir? Qazaxıstan texnikası və Türkiyə ehtiyat hissələri | Aqrar Saat',
        'Aqro TV Azərbaycan',
        '48,2 min abunəçi',
        'Abunə ol',
        'Bəyən 612 | Paylaş | Yüklə | Kəs | Saxla',
        '14 527 baxış',
        '12 apr 2026',
        'Aqrar Saat verilişinin bu buraxılışında kombayn bazarı və yem idxalı müzakirə olunur ...daha çox',
        '',
        STORY_LEAD.az,
      ),
    )
    expect(header.title).toBe(
      'Kombayn bazarında nə baş verir? Qazaxıstan texnikası və Türkiyə ehtiyat hissələri | Aqrar Saat',
    )
    expect(header.published).toBe('2026-04-12')
  })

  it('tr: a fund’s bulletin under its page mark and running header, dated by the line under its title', () => {
    const header = parseHeader(
      page(
        'Karavan Portföy Yönetimi A.Ş. - Fonlarımız - Fon Bültenleri',
        'Anasayfa > Yatırım Fonları > Hisse Senedi Fonları > KOS > Aylık Bülten',
        "PDF'yi indir (412 KB) | Yazdır | Tüm bültenler",
        '--- Sayfa 1 / 2 ---',
        'KARAVAN PORTFÖY YÖNETİMİ A.Ş.                AYLIK FON BÜLTENİ | HAZİRAN 2026',
        '',
        'Karavan Portföy Orta Koridor Sanayi Hisse Senedi Fonu – Haziran 2026 Aylık Bülten',
        '',
        'Yayım tarihi: 07.07.2026 | Veriler 30.06.2026 itibarıyla hazırlanmıştır.',
        '',
        STORY_LEAD.tr,
      ),
    )
    expect(header.title).toBe('Karavan Portföy Orta Koridor Sanayi Hisse Senedi Fonu – Haziran 2026 Aylık Bülten')
    expect(header.published).toBe('2026-07-07')
  })

  it('ru: a central bank’s release under its long menu, its date and its label', () => {
    const header = parseHeader(
      page(
        'Центральный банк Республики Узбекистан',
        "O'zbekcha | Русский | English",
        'Версия для слабовидящих',
        'Поиск по сайту',
        'Главная / Пресс-центр / Пресс-релизы',
        'Денежно-кредитная политика | Финансовая стабильность | Статистика | Платежные системы',
        '',
        '11.06.2026',
        'Пресс-релиз',
        '',
        'Центральный банк снизил основную ставку до 13,5 процента',
        '',
        STORY_LEAD.ru,
      ),
    )
    expect(header.title).toBe('Центральный банк снизил основную ставку до 13,5 процента')
    expect(header.published).toBe('2026-06-11')
  })
})

describe('cleaning a video page: its automatic captions reflow, its list of related videos goes', () => {
  it('en: a related video’s title and its channel’s line leave the story, the captions stay', () => {
    const captions = [
      '00:00:00',
      'hey everyone welcome back to the show today we talk about',
      'the phone in your pocket and how it actually gets here',
      'my guest runs a freight forwarding company in almaty',
      'so let us start with the big picture how many phones',
      'last year kazakhstan imported about two point four million smartphones',
      'and around seventy percent of those phones came from china',
      'and laptops it was like 410,000 units last year',
      'so people are buying a lot of laptops for schools and offices',
    ]
    const text = page(
      'Why your next phone might come by ferry | Ep. 47',
      'Steppe Trade Talk',
      '12.4K subscribers',
      '48,312 views',
      'Mar 4, 2026',
      ...captions,
      'Up next',
      'Khorgos to Aktau in 9 days? We tested it | Steppe Trade Talk Ep. 46',
      'Steppe Trade Talk · 31K views · 1 month ago',
      'Caspian ferry tariffs explained in 10 minutes',
      'CargoLane Asia · 12K views · 5 months ago',
    )
    const { article } = readArticle({ file: 'video-en.txt', bytes: new TextEncoder().encode(text) })
    expect(article?.text).toContain('two point four million smartphones')
    expect(article?.text).not.toContain('Caspian ferry tariffs explained')
    expect(article?.text).not.toContain('We tested it')
    expect(article?.text).not.toContain('views')
  })
})

describe('parseHeader: an open-data portal’s dataset page, its fields between the title and its update', () => {
  const comments = [
    '',
    'Comments (2)',
    'Aigerim Sadykova, 11.04.2026 09:14',
    'Could you add the 2026 monthly series? The quarterly release arrives late.',
  ]

  it('en: the dataset’s name is the title, its last update its date, a reader’s later comment no date', () => {
    const text = [
      'Home / Datasets / Foreign trade / Fuels and lubricants',
      '',
      'Exports and imports of diesel fuel and lubricating oils by partner country, 2021–2025',
      '',
      'Publisher: Bureau of National Statistics',
      'Dataset ID: bns_ft_2710_partner_v3',
      'Update frequency: Quarterly',
      'Licence: Open Data Licence (free reuse with attribution)',
      'Temporal coverage: 2021–2025; January–March 2026 (preliminary)',
      'Last updated: 10.04.2026, 10:32 (Astana, GMT+5)',
      '',
      'Description',
      '',
      STORY_LEAD.en,
      ...comments,
    ].join('\n')
    const header = parseHeader(text)
    expect(header.title).toBe('Exports and imports of diesel fuel and lubricating oils by partner country, 2021–2025')
    expect(header.published).toBe('2026-04-10')
  })

  it('az: a heading over the block of fields ("Məlumat dəstinin pasportu") is part of it', () => {
    const text = [
      'Su və elektrik sayğaclarının idxalı ölkələr üzrə, 2021–2025',
      '',
      'Məlumat dəstinin pasportu',
      'Nəşr edən: Dövlət Gömrük Komitəsi',
      'Kateqoriya: İqtisadiyyat və ticarət',
      'Yenilənmə tezliyi: İllik',
      'Son yenilənmə: 04.02.2026',
      '',
      STORY_LEAD.az,
      '',
      'Rauf Həsənli · 06.02.2026, 14:22',
      'Faydalı dəstdir, təşəkkürlər.',
    ].join('\n')
    const header = parseHeader(text)
    expect(header.title).toBe('Su və elektrik sayğaclarının idxalı ölkələr üzrə, 2021–2025')
    expect(header.published).toBe('2026-02-04')
  })

  it('guard: a headline with a colon over one field and its date keeps its title', () => {
    const text = ['Kazakhstan: exports up 12%', 'Author: Dana Sarsen', '12.03.2026', '', STORY_LEAD.en].join('\n')
    expect(parseHeader(text).title).toBe('Kazakhstan: exports up 12%')
  })
})

describe('parseHeader: a numbered report’s title right over its date line is its headline', () => {
  it.each<[string, string, string]>([
    [
      'en',
      'Fergana Valley Earthquake (Uzbekistan, Kyrgyzstan): Situation Report No. 3',
      'Issued: 14 May 2026 | Reporting period: 6–13 May 2026',
    ],
    ['az', 'Cavaxetiya zəlzələsi: Situasiya hesabatı №3', 'Dərc edilib: 21.11.2026 | Hesabat dövrü: 14–20 noyabr'],
  ])('%s: %s', (lang, title, dateLine) => {
    const lead = lang === 'az' ? STORY_LEAD.az : STORY_LEAD.en
    const header = parseHeader(['Home › Emergencies › Situation reports', '', title, '', dateLine, '', lead].join('\n'))
    expect(header.title).toBe(title)
  })

  it('guard: a series’ number over its headline stays a label', () => {
    const text = [
      'Weekly Digest No. 12',
      'Caspian freight rates fall for a fifth week',
      '12.03.2026',
      '',
      STORY_LEAD.en,
    ]
    expect(parseHeader(text.join('\n')).title).toBe('Caspian freight rates fall for a fifth week')
  })
})
