import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'

const BODY = {
  tr: 'Kazakistan ile Azerbaycan arasındaki ticaret hacmi geçen yıl yüzde 12 artarak 650 milyon dolara ulaştı.',
  az: 'Qazaxıstan ilə Azərbaycan arasında ticarət dövriyyəsi ötən il 12 faiz artaraq 650 milyon dollara çatıb.',
  en: 'Trade between Kazakhstan and Azerbaijan rose 12% last year to $650 million, the ministry said.',
  ru: 'Товарооборот Казахстана и Азербайджана в прошлом году вырос на 12% и достиг 650 млн долларов.',
}

describe('parseHeader: the outlet’s masthead and sections stacked over the headline', () => {
  it.each([
    [
      'tr: outlet and section in one line ("AA Enerji | Doğal Gaz")',
      `AA Enerji | Doğal Gaz\nTürkiye ile Türkmenistan arasında enerji ve ulaştırmada 6 belge imzalandı\nHüseyin Erdem\n18 Mart 2026 Çarşamba 11:14\n${BODY.tr}`,
      'Türkiye ile Türkmenistan arasında enerji ve ulaştırmada 6 belge imzalandı',
      '2026-03-18',
    ],
    [
      'az: an agency’s name over its section, over a date line, over the headline',
      `AZƏRTAC\nSiyasət\n07 Oktyabr 2026 18:42 (UTC +04:00)\nQəbələdə Türk Dövlətləri Təşkilatının XIII Zirvəsi keçirilib: Prezident çıxış edib\n\n${BODY.az}`,
      'Qəbələdə Türk Dövlətləri Təşkilatının XIII Zirvəsi keçirilib: Prezident çıxış edib',
      '2026-10-07',
    ],
    [
      'en: a masthead in capitals over a breadcrumb sharing a word with the headline',
      `CASPIAN NEWS\nBusiness | Transport\nMiddle Corridor Ministers Sign Through-Tariff Deal in Baku, Set 14-Day Transit Goal\nBy Farid Hasanli\nFriday, 18 September 2026 10:35 AM\n${BODY.en}`,
      'Middle Corridor Ministers Sign Through-Tariff Deal in Baku, Set 14-Day Transit Goal',
      '2026-09-18',
    ],
    [
      'en: a five-word masthead over a "Home »" trail',
      `The Times Of Central Asia\nHome » Uzbekistan » Economy\nUzbekistan Eyes Caspian Outlet as a New Railway Takes Shape\nBy Dilnoza Ergasheva\n12 November 2026\n${BODY.en}`,
      'Uzbekistan Eyes Caspian Outlet as a New Railway Takes Shape',
      '2026-11-12',
    ],
    [
      'ru: an agency in capitals over "Новости / Экономика" and the date',
      `ИНТЕРФАКС\nНовости / Экономика\n19 марта 2026 года 13:05\nГрузия и китайская CCCC подписали контракт на строительство порта Анаклия\n${BODY.ru}`,
      'Грузия и китайская CCCC подписали контракт на строительство порта Анаклия',
      '2026-03-19',
    ],
  ])('%s', (_name, text, title, published) => {
    expect(parseHeader(text)).toMatchObject({ title, published })
  })

  it('keeps a short headline over its date and first paragraph a headline', () => {
    const text = `Trade Hits New Record\n12 May 2026\n${BODY.en}`
    expect(parseHeader(text)).toMatchObject({ title: 'Trade Hits New Record', published: '2026-05-12' })
  })

  it('reads a bracketed update after the date ("10:15 10.07.2026 (обновлено: 11:42 10.07.2026)")', () => {
    expect(readDateLine('10:15 10.07.2026 (обновлено: 11:42 11.07.2026)')).toEqual({
      published: '2026-07-10',
      updated: '2026-07-11',
      byline: null,
    })
    expect(readDateLine('Toplantı (12 Mart 2026)')).toBeNull()
  })

  it('takes the caption under a photo credit in the header out of the story', () => {
    const caption = 'Президент Казахстана Касым-Жомарт Токаев и председатель КНР Си Цзиньпин во время встречи в Бишкеке'
    const header = parseHeader(
      `Sputnik Казахстан\nПолитика\nТокаев и Си Цзиньпин обсудили транзит и новые погранпереходы\n10:15 10.07.2026 (обновлено: 11:42 10.07.2026)\n© Пресс-служба Акорды\n${caption}\n${BODY.ru}`,
    )
    expect(header).toMatchObject({ published: '2026-07-10' })
    expect(header.removed).toContainEqual({ reason: 'photo caption', text: caption })
    expect(header.body.join('\n')).toBe(BODY.ru)
  })
})

describe('cleanBody: furniture of real pages', () => {
  it.each([
    ['tr', "Tokayev ve Aliyev, Zuğulba Sarayı'ndaki resmi törende (Fotoğraf: Azerbaycan Cumhurbaşkanlığı - AA)"],
    ['az', 'Prezidentlər Zuğulba iqamətgahında rəsmi qarşılanma mərasimində (Foto: AZƏRTAC)'],
    ['en', 'President Erdoğan (L) and President Tokayev review a guard of honor in Astana, June 9, 2026. (AA Photo)'],
    ['ru', 'Токаев и Эрдоган на церемонии встречи в Акорде (Фото: пресс-служба Акорды)'],
  ])('%s: cuts a photo caption closed by its credit', (lang, caption) => {
    const body = BODY[lang as keyof typeof BODY]
    const cleaned = cleanBody([caption, '', body])
    expect(cleaned.text).toBe(body)
    expect(cleaned.removed).toEqual([{ reason: 'photo caption', text: caption }])
  })

  it.each([
    ['en', ['Save', 'Translate', 'Listen (4 min)', 'Gift this article']],
    ['tr', ['Kaydet', 'Dinle (3 dk)']],
    ['az', ['Yadda saxla', 'Dinlə']],
    ['ru', ['Сохранить', 'Слушать (5 мин.)']],
  ])('%s: cuts a story’s tool buttons (%j)', (lang, buttons) => {
    const body = BODY[lang as keyof typeof BODY]
    expect(cleanBody([...buttons, '', body]).text).toBe(body)
  })

  it.each([
    ['az', 'Daha çox oxu: Qazaxıstan taxılının tranziti 30 faiz artıb'],
    ['tr', 'Daha fazla oku: Kazakistan tahılının transiti yüzde 30 arttı'],
  ])('%s: cuts a link to another story ("%s")', (lang, link) => {
    const body = BODY[lang as keyof typeof BODY]
    expect(cleanBody([body, link, body]).text).toBe(`${body}\n${body}`)
  })

  it('cuts a photo credit labelled "Image:"', () => {
    expect(cleanBody(['Image: Uzbekistan Railways', '', BODY.en]).text).toBe(BODY.en)
  })

  it('cuts the pitches among the lists after a story, with the lists', () => {
    const tail = [
      'RELATED TOPICS',
      'KAZAKHSTAN',
      'MIDDLE CORRIDOR',
      'DAILY SABAH NEWSLETTER',
      "Keep up to date with what's happening in Türkiye, its region and the world.",
      'SUBSCRIBE',
      'You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy.',
      'MOST READ',
      'Turkish exporters eye Central Asian markets as logistics costs ease',
      'Baku, Ankara discuss Nakhchivan rail link timetable',
    ]
    expect(cleanBody([BODY.en, '', ...tail]).text).toBe(BODY.en)
  })

  it('keeps a story’s paragraph after an inline "Read also" link when nothing follows it', () => {
    const last = 'Officials expect the new line to open next year.'
    const lines = [BODY.en, 'Read also:', 'Kazakhstan, Turkmenistan Agree on Joint Caspian Ferry Schedule', last]
    expect(cleanBody(lines).text).toBe(`${BODY.en}\n${last}`)
  })

  it('keeps the crosshead under a photo credit inside the story', () => {
    const lines = [BODY.tr, '', 'FOTOĞRAF: AA', '', 'Gebele Deklarasyonu imzalandı', '', BODY.tr]
    expect(cleanBody(lines).text).toBe(`${BODY.tr}\n\nGebele Deklarasyonu imzalandı\n\n${BODY.tr}`)
  })
})

describe('parseHeader: a page top it cannot read line by line, anchored on the first date line', () => {
  it.each([
    [
      'en: a skip link, a promotion and sections over a Reuters-style headline',
      `Skip to main content\nExclusive news, data and analytics for financial market professionals\nLearn more about LSEG\nMarkets\nCommodities\nKazakhstan seeks bigger role for BTC as Caspian tanker fleet grows\nBy Aigerim Sadykova and Rufat Mammadli\nFebruary 11, 2026\n9:42 AM GMT+5\nUpdated 2 hours ago\n\n${BODY.en}`,
      'Kazakhstan seeks bigger role for BTC as Caspian tanker fleet grows',
      '2026-02-11',
    ],
    [
      'en: a headline with its standfirst, a byline with cities and a labelled date',
      `Kazakhstan politics & policy\nAdd to myFT\nGlobal trade\nEU bank backs Kazakh port as Brussels courts Central Asia\nAktau container hub is latest bet on a trade route that bypasses Russia\nClara Whitfield in Brussels and Timur Abenov in Almaty\nPublished October 16 2026\nSave\nPrint this page\n\n${BODY.en}`,
      'EU bank backs Kazakh port as Brussels courts Central Asia',
      '2026-10-16',
    ],
    [
      'tr: a promotion line and a menu over the headline',
      `Ekonomim'e abone olun, ayrıcalıklı içeriklere erişin\nPiyasalar Şirketler Dünya\nTürkmenbaşı limanında feribot seferleri yüzde 12 arttı\n27 Ağustos 2026 11:05\n\n${BODY.tr}`,
      'Türkmenbaşı limanında feribot seferleri yüzde 12 arttı',
      '2026-08-27',
    ],
    [
      'ru: a section under the headline, over its date',
      `Газета.uz\nНовости\nМнения\nБизнес\nУзбекистан и Азербайджан построят терминал в Алятском порту\nЭкономика\n21 мая 2026, 09:40\n\n${BODY.ru}`,
      'Узбекистан и Азербайджан построят терминал в Алятском порту',
      '2026-05-21',
    ],
  ])('%s', (_name, text, title, published) => {
    const header = parseHeader(text)
    expect(header).toMatchObject({ title, published })
    // what stood above the headline is out of the story, which is whole
    const above = text
      .slice(0, text.indexOf(title))
      .split('\n')
      .filter((line) => line !== '')
    expect(header.removed.map((r) => r.text)).toEqual(expect.arrayContaining(above))
    expect(header.body.join('\n')).toContain(Object.values(BODY).find((b) => text.endsWith(b)))
  })

  it('reads a byline and a date with no separator ("Tamar Kikvadze Jul 8, 2026")', () => {
    expect(readDateLine('Tamar Kikvadze Jul 8, 2026')).toEqual({
      published: '2026-07-08',
      updated: null,
      byline: 'Tamar Kikvadze',
    })
    // one word before the date is a place or an outlet, never a writer: the date, no byline
    expect(readDateLine('Kazakhstan Jul 8, 2026')).toEqual({ published: '2026-07-08', updated: null, byline: null })
  })
})

describe('cleanBody: more furniture of real pages', () => {
  it.each([
    ['tr', 'Okuma süresi: 3 dk'],
    ['az', 'Oxuma müddəti: 2 dəq'],
    ['en', '4 min read'],
    ['ru', 'Время чтения: 5 минут'],
    ['en', 'Updated 2 hours ago'],
    ['ru', 'Обновлено 3 часа назад'],
  ])('%s: cuts a reading or update time "%s"', (lang, line) => {
    const body = BODY[lang as keyof typeof BODY]
    expect(cleanBody([line, '', body]).text).toBe(body)
  })

  it.each([
    ['ru', 'Порт Актау. Фото: пресс-служба Минтранса РК'],
    ['tr', 'Aktau Limanı. Fotoğraf: Ulaştırma Bakanlığı'],
    ['az', 'Ələt limanı. Foto: Nəqliyyat Nazirliyi'],
    ['en', 'Cranes at Poti Sea Port. Photo: Tamar Kikvadze'],
  ])('%s: cuts a caption followed by its credit', (lang, caption) => {
    const body = BODY[lang as keyof typeof BODY]
    expect(cleanBody([caption, '', body]).text).toBe(body)
  })

  it('cuts links read out as "…, opens new tab" and the list they stand in', () => {
    const tail = [
      'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
      'Read Next',
      'Kazakh oil output hits record in January, opens new tab',
      'Sign up here.',
    ]
    expect(cleanBody([BODY.en, '', ...tail]).text).toBe(BODY.en)
  })

  it('cuts the pitches that close a page after its tags', () => {
    const tail = [
      'Tags: Georgia, Middle Corridor, China, ports',
      'Support independent journalism. Donate to Eurasianet.',
      'Sign up for our weekly newsletter',
      'Eurasianet is an independent news organization that covers the South Caucasus and Central Asia.',
    ]
    expect(cleanBody([BODY.en, '', ...tail]).text).toBe(BODY.en)
  })
})
