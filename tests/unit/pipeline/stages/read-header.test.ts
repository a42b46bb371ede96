import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { STORY_LEAD } from './header-pages'

const BODY_TR = 'Kazakistan ile Azerbaycan arasındaki stratejik ortaklık yeni bir döneme girdi ve ticaret arttı.'
const BODY_AZ = '2025-ci il oktyabrın 21-də Astanada Azərbaycan və Qazaxıstan prezidentləri arasında görüş keçirilib.'

describe('parseHeader(text)', () => {
  it.each([
    [
      'a dated first line with the headline',
      ` date 2025-10-21 Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi\n\n${BODY_TR}`,
      {
        title: 'Kazakistan ve Azerbaycan 15 işbirliği anlaşmasıyla ilişkilerini güçlendirdi',
        published: '2025-10-21',
        author: null,
      },
    ],
    [
      'a dated first line with a section label instead of the headline',
      ` date 2025-10-21 Haberler\n\nKazakistan ve Azerbaycan Liderlerinden Orta Koridor Projesi'ne Destek\n\n${BODY_TR}`,
      {
        title: "Kazakistan ve Azerbaycan Liderlerinden Orta Koridor Projesi'ne Destek",
        published: '2025-10-21',
        author: null,
      },
    ],
    [
      'a headline, a numeric date with a time, a byline and an affiliation',
      `Astana görüşü və regionda yeni əməkdaşlıq dövrü\n27.10.2025 [14:37]\nİlqar İlyasov\nYAP Laçın rayon təşkilatının sədri\n${BODY_AZ}`,
      { title: 'Astana görüşü və regionda yeni əməkdaşlıq dövrü', published: '2025-10-27', author: 'İlqar İlyasov' },
    ],
    [
      'a headline with a month-name date and a time line',
      `Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub\n15 dekabr, 2025\n- 15:37\n${BODY_AZ}`,
      {
        title: 'Azərbaycan və Qazaxıstan arasında əməkdaşlığın inkişafı müzakirə olunub',
        published: '2025-12-15',
        author: null,
      },
    ],
    [
      'no date at all',
      `Cumhurbaşkanı Tokayev’in Türkmenistan Ziyareti: Stratejik Ortaklığın Güçlenmesi\n${BODY_TR}`,
      {
        title: 'Cumhurbaşkanı Tokayev’in Türkmenistan Ziyareti: Stratejik Ortaklığın Güçlenmesi',
        published: null,
        author: null,
      },
    ],
    [
      'an English date line above the headline',
      'October 21, 2025\nLeaders back the Middle Corridor\nJohn Smith\nThe presidents of Kazakhstan and Azerbaijan met in Astana.',
      { title: 'Leaders back the Middle Corridor', published: '2025-10-21', author: 'John Smith' },
    ],
    [
      'a "By" byline between the headline and the date line',
      'Caspian ports handle record volumes\nBy Daniel Brooks\n12 March 2025, 10:45\n\nContainer traffic rose by 35% last year.',
      { title: 'Caspian ports handle record volumes', published: '2025-03-12', author: 'Daniel Brooks' },
    ],
    [
      'a Turkish "Yazan:" byline',
      `Orta Koridor'da yük rekoru\nYazan: Ayşe Demir\n12 Mart 2025\n${BODY_TR}`,
      { title: "Orta Koridor'da yük rekoru", published: '2025-03-12', author: 'Ayşe Demir' },
    ],
  ])('reads %s', (_name, text, expected) => {
    const header = parseHeader(text)
    expect({ title: header.title, published: header.published, author: header.author }).toEqual(expected)
    const body = header.body.join('\n')
    expect(body).not.toMatch(/\d{1,2}:\d{2}|^date /mu)
    if (expected.author) expect(body).not.toContain(expected.author)
    expect(body).not.toContain(expected.title)
  })

  it('keeps the byline and affiliation in `removed`', () => {
    const { removed, body } = parseHeader(
      `Başlık burada duruyor\nİlqar İlyasov\nYAP Laçın rayon təşkilatının sədri\n${BODY_AZ}`,
    )
    expect(removed).toEqual([
      { reason: 'byline', text: 'İlqar İlyasov' },
      { reason: 'byline', text: 'YAP Laçın rayon təşkilatının sədri' },
    ])
    expect(body).toEqual([BODY_AZ])
  })

  it('does not take a capitalised section heading for a byline', () => {
    const text = `Tokayev Türkmenistan’da\nStratejik Ortaklık\nZiyaret, stratejik ortaklık seviyesini teyit etti.`
    const header = parseHeader(text)
    expect(header.author).toBeNull()
    expect(header.body[0]).toBe('Stratejik Ortaklık')
  })

  it('takes the opening words as title when the file starts with prose', () => {
    const header = parseHeader(`${BODY_TR} ${BODY_TR}`)
    expect(header.title).toBe(BODY_TR)
    expect(header.body).toEqual([`${BODY_TR} ${BODY_TR}`])
  })
})

const BODY_RU = 'Объем перевалки грузов в порту вырос на 18 процентов по сравнению с прошлым годом.'

describe('parseHeader(text) on site layouts', () => {
  it.each([
    [
      'a breadcrumb trail above the headline',
      `Ana Sayfa › Ekonomi › Ulaştırma\nKars lojistik merkezinde ikinci etap başladı\n12/05/2026 09:10\n${BODY_TR}`,
      { title: 'Kars lojistik merkezinde ikinci etap başladı', published: '2026-05-12', author: null },
      ['breadcrumb', 'header date'],
    ],
    [
      'a two-word section label',
      `Kənd təsərrüfatı\n\nQazaxıstandan Azərbaycana taxıl daşımaları ilin ilk yarısında artıb\n\n3 iyul 2026, 12:20\n${BODY_AZ}`,
      {
        title: 'Qazaxıstandan Azərbaycana taxıl daşımaları ilin ilk yarısında artıb',
        published: '2026-07-03',
        author: null,
      },
      ['section label', 'header date'],
    ],
    [
      'the site address above the headline and a "Published:" label',
      `Steppepost.kz\nKazakhstan opens second track on the Dostyk–Moyynty line\nPublished: 14.05.2026 10:00\n${STORY_LEAD.en}`,
      { title: 'Kazakhstan opens second track on the Dostyk–Moyynty line', published: '2026-05-14', author: null },
      ['section label', 'header date'],
    ],
    [
      'a capitalised section, a byline with the outlet and a month-name date',
      `EKONOMİ\nAktau'dan Bakü'ye feribot seferleri ikiye katlandı\nMert Aydın | Liman Gazetesi\n20 Mayıs 2026, 11:45\n${BODY_TR}`,
      { title: "Aktau'dan Bakü'ye feribot seferleri ikiye katlandı", published: '2026-05-20', author: 'Mert Aydın' },
      ['section label', 'byline', 'header date'],
    ],
    [
      'a labelled byline with the author’s role before the date',
      `Təhlil\nOrta Dəhlizin yeni mərhələsi: rəqəmlər və risklər\nMüəllif: Elnur Həsənov, iqtisadçı\n15.05.2026\n${BODY_AZ}`,
      { title: 'Orta Dəhlizin yeni mərhələsi: rəqəmlər və risklər', published: '2026-05-15', author: 'Elnur Həsənov' },
      ['section label', 'byline', 'header date'],
    ],
    [
      'an update date printed before the publication date',
      `Экономика\nКазахстан увеличил транзит через Каспий на 15 процентов\nОбновлено: 12.06.2026 | Опубликовано: 11.06.2026\n${BODY_RU}`,
      { title: 'Казахстан увеличил транзит через Каспий на 15 процентов', published: '2026-06-11', author: null },
      ['section label', 'header date'],
    ],
    [
      'a byline before the headline',
      `By Sara Klein\nKazakh grain reaches Baku by ferry\nMay 7, 2026\n${STORY_LEAD.en}`,
      { title: 'Kazakh grain reaches Baku by ferry', published: '2026-05-07', author: 'Sara Klein' },
      ['byline', 'header date'],
    ],
    [
      'a newsroom desk signing the story',
      `Hazar'da yeni LNG terminali planlanıyor\n04.06.2026\nLiman Haber Merkezi\n${BODY_TR}`,
      { title: "Hazar'da yeni LNG terminali planlanıyor", published: '2026-06-04', author: null },
      ['header date', 'byline'],
    ],
    [
      'a view counter between the date and the text',
      `Mersin Limanı'nda konteyner rekoru\n02.02.2026 14:00\nHaber ID: 99120 | Okunma: 2.407\n${BODY_TR}`,
      { title: "Mersin Limanı'nda konteyner rekoru", published: '2026-02-02', author: null },
      ['header date', 'view counter'],
    ],
  ])('reads %s', (_name, text, expected, reasons) => {
    const header = parseHeader(text)
    expect({ title: header.title, published: header.published, author: header.author }).toEqual(expected)
    expect(header.removed.map((r) => r.reason)).toEqual(reasons)
    expect(header.body.filter((line) => line !== '')).toHaveLength(1)
  })

  it('keeps a short headline over a standfirst that shares its words', () => {
    const standfirst = 'Xəzərdə bərə donanması iki ildə genişlənəcək və yeni marşrutlar açılacaq'
    const header = parseHeader(`Xəzər bərələri genişlənir\n${standfirst}\n${BODY_AZ}`)
    expect(header.title).toBe('Xəzər bərələri genişlənir')
    expect(header.body[0]).toBe(standfirst)
  })

  it('finds a date line under a photo credit, below the header', () => {
    const header = parseHeader(
      `Caspian ferry fleet set to grow by a third\nPhoto: Port of Baku\n\n4 June 2026 08:15\n\n${STORY_LEAD.en}`,
    )
    expect(header.published).toBe('2026-06-04')
    expect(header.body.join('\n')).not.toContain('08:15')
  })

  it.each([
    [
      'tr',
      'Tokayev Bakü’de: Kazakistan ile Azerbaycan 15 belgeye imza attı',
      'Kazakistan Cumhurbaşkanı Tokayev, Bakü’de Azerbaycan Cumhurbaşkanı Aliyev ile görüştü ve belgeler imzalandı.',
      '08.07.2026 18:20 | Son Güncelleme: 08.07.2026 19:05',
      BODY_TR,
      '2026-07-08',
    ],
    [
      'ru',
      'Порт Курык нарастил перевалку зерна',
      'По итогам полугодия порт Курык перевалил на треть больше зерна, чем годом ранее, сообщили в компании.',
      '16 сен 2026, 17:48',
      BODY_RU,
      '2026-09-16',
    ],
  ])('finds a date line under a standfirst (%s)', (_lang, headline, standfirst, dateLine, body, published) => {
    // a long story: the date line is far from the text's last lines, where a labelled one would be found anyway
    const header = parseHeader(`${headline}\n${standfirst}\n${dateLine}\n\n${`${body}\n\n`.repeat(9)}`)
    expect(header.published).toBe(published)
    expect(header.body.join('\n')).not.toContain(dateLine)
    expect(header.body.join('\n')).toContain(standfirst)
  })

  it.each([
    [
      'tr',
      'Kazakistan-Türkmenistan-İran demiryolu ihracatçının yeni rotası oluyor',
      'Hazar geçişindeki beklemelerden bunalan lojistikçiler İran üzerinden uzanan demiryoluna yöneliyor.',
      'Mert Kayacan',
      '18 Kasım 2025 Salı, 07:30',
      BODY_TR,
      '2025-11-18',
    ],
    [
      'en',
      'Turkmenbashi becomes an outlet for Kazakh wheat',
      'Traders who long dismissed the port as a detour now book its berths weeks ahead, forwarders say.',
      'Aliya Nurova',
      'August 20, 2025 09:15',
      STORY_LEAD.en,
      '2025-08-20',
    ],
    [
      'az',
      'Xəzər limanlarında taxıl daşımaları artır',
      'Qazaxıstan taxılının Ələt limanı vasitəsilə daşınması ilin əvvəlindən nəzərəçarpacaq dərəcədə artıb.',
      'Rəşad Quliyev',
      '24 fevral 2026, 11:20',
      BODY_AZ,
      '2026-02-24',
    ],
    [
      'ru',
      'Порт Курык нарастил перевалку зерна',
      'По итогам полугодия порт Курык перевалил на треть больше зерна, чем годом ранее, сообщили в компании.',
      'Айгерим Садыкова',
      '16 сентября 2026, 17:48',
      BODY_RU,
      '2026-09-16',
    ],
  ])(
    'finds a date line under a standfirst and its byline (%s)',
    (_lang, headline, standfirst, byline, dateLine, body, published) => {
      const header = parseHeader(`${headline}\n\n${standfirst}\n\n${byline}\n${dateLine}\n\n${`${body}\n\n`.repeat(9)}`)
      expect(header.published).toBe(published)
      expect(header.author).toBe(byline)
      expect(header.body.join('\n')).not.toContain(dateLine)
      expect(header.body.join('\n')).not.toContain(byline)
      expect(header.body.join('\n')).toContain(standfirst)
    },
  )

  it.each([
    [
      'az',
      'AZƏRBAYCAN\nAzərbaycan Respublikasının rəsmi qəzeti\nƏsas səhifə | Siyasət | İqtisadiyyat | Cəmiyyət | İdman',
      '17 oktyabr 2026, şənbə | № 220 (9843)\n\nSiyasət',
      'Xəzərin iki sahili arasında strateji tərəfdaşlığın yeni mərhələsi',
      BODY_AZ,
      '2026-10-17',
    ],
    [
      'ru',
      'Коммерсантъ\nГлавное\nПолитика\nЭкономика\nБизнес\nМир',
      'Газета «Коммерсантъ» №114 от 02.07.2026, стр. 9',
      'Каспий встал в очередь',
      BODY_RU,
      '2026-07-02',
    ],
    [
      'en',
      'THE CASPIAN HERALD\nThe region’s business daily since 1998\nHome | Business | Energy | Transport | Opinion',
      'No. 114 | 2 July 2026',
      'Caspian ferry queues grow as cargo outpaces the fleet',
      STORY_LEAD.en,
      '2026-07-02',
    ],
  ])(
    'takes a masthead and a menu over a print issue’s date line for site furniture, and the headline under it (%s)',
    (_lang, top, dateLines, headline, body, published) => {
      const header = parseHeader(`${top}\n${dateLines}\n\n${headline}\n\n${body}`)
      expect(header.published).toBe(published)
      expect(header.title).toBe(headline)
      expect(header.body.join('\n').trim()).toBe(body)
    },
  )

  it('keeps a headline over a single section label and its date line', () => {
    const header = parseHeader(
      `Порт Курык нарастил перевалку зерна\nЭкономика\n21 мая 2026\n\nВ порту сообщили\n\n${BODY_RU}`,
    )
    expect(header.title).toBe('Порт Курык нарастил перевалку зерна')
    expect(header.published).toBe('2026-05-21')
  })

  it('does not take a date line below the second paragraph', () => {
    const header = parseHeader(
      `Caspian ferry fleet set to grow by a third\n${STORY_LEAD.en}\n${STORY_LEAD.en}\n4 June 2026 08:15`,
    )
    expect(header.published).toBeNull()
  })

  it.each([
    [
      'en',
      'ECONOMY\nTRANSPORTATION\n\nTürkiye, Azerbaijan, Georgia agree to speed up freight on BTK line',
      STORY_LEAD.en,
    ],
    ['ru', 'ЭКОНОМИКА\nТРАНСПОРТ\nПорт Курык нарастил перевалку зерна на треть', BODY_RU],
  ])('takes section labels stacked in capitals over the headline for labels (%s)', (_lang, top, body) => {
    const header = parseHeader(`${top}\n\n${body}`)
    expect(header.title).toBe(top.split('\n').at(-1))
    expect(header.removed.map((r) => r.reason)).toEqual(['section label', 'section label'])
  })

  it.each([
    [
      'tr',
      'Hürriyet.com.tr Dünya',
      'TDT Gebele Zirvesi’nde Orta Koridor mesajı: taşımacılık üç katına çıkabilir',
      BODY_TR,
    ],
    ['az', 'Report.az İqtisadiyyat', 'Çindən Azərbaycana gələn konteyner qatarlarının sayı üç dəfə artıb', BODY_AZ],
  ])('takes a site address with its section for a label (%s)', (_lang, label, headline, body) => {
    const header = parseHeader(`${label}\n${headline}\n\n${body}`)
    expect(header.title).toBe(headline)
    expect(header.removed).toEqual([{ reason: 'section label', text: label }])
  })

  it('takes a labelled publication date from the end of the text', () => {
    const header = parseHeader(`Порт Курык нарастил перевалку зерна\n\n${BODY_RU}\n\nОпубликовано: 18 мая 2026`)
    expect(header.published).toBe('2026-05-18')
    expect(header.body.join('\n')).not.toContain('Опубликовано')
  })

  it('does not take an unlabelled stamp at the end (a feed item) for the date', () => {
    expect(parseHeader(`Порт Курык нарастил перевалку зерна\n\n${BODY_RU}\n\n20.01.2026 12:10`).published).toBeNull()
  })

  it.each([
    ['the year of the update date', 'Updated: 4 March 2026 09:00\n\nALMATY, 3 March (Reuters) -', '2026-03-03'],
    ['the year before, across New Year', 'Updated: 2 January 2026\n\nALMATY, 31 December (Reuters) -', '2025-12-31'],
    ['no year anywhere: no date', 'ALMATY, 3 March (Reuters) -', null],
    ['a year in the dateline itself', 'Алматы, 3 марта 2026 года. /Kazinform/ –', '2026-03-03'],
  ])('dates an agency dateline with %s', (_name, lines, published) => {
    const header = parseHeader(`Kazakhstan and China agree to expand the Khorgos dry port\n${lines} ${STORY_LEAD.en}`)
    expect(header.published).toBe(published)
  })
})
