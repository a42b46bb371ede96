import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/pipeline/stages/ingest'
import { page, STORY_LEAD } from './header-pages'

const read = (text: string) => ingestFile({ file: 'listing.txt', bytes: new TextEncoder().encode(text) }).ingested
const listingCuts = (text: string) => read(text)?.removed.filter((r) => r.reason === 'teaser listing').length

describe('cutTeaserListing: a topic page’s teasers over the story it opens', () => {
  it('ru: a tag page’s dated teasers do not date or title the story', () => {
    const tagPage = page(
      'ИНТЕРФАКС-КАЗАХСТАН',
      'Главная / Теги / цемент',
      'Тег: цемент',
      'Все материалы по тегу (48)',
      '14.04.2026 15:42',
      'Экспорт клинкера из Казахстана через Каспий вырос в 1,7 раза',
      'Производители переориентируются на поставки полуфабриката.',
      '08.04.2026 11:05',
      'Standard Cement запустит вторую линию в Шымкенте в 2027 году',
      'Мощность новой линии составит 1,2 млн тонн цемента в год.',
      '27.03.2026 17:20',
      'Узбекистан продлил нулевую пошлину на ввоз цемента',
      'Решение направлено на сдерживание цен.',
      'Показать еще',
      '',
      '14 апреля 2026 15:42',
      'Казахстанские цементники в 1,7 раза нарастили экспорт клинкера через Каспий',
      STORY_LEAD.ru,
    )
    const header = read(tagPage)
    expect([header?.title, header?.published]).toEqual([
      'Казахстанские цементники в 1,7 раза нарастили экспорт клинкера через Каспий',
      '2026-04-14',
    ])
    expect(header?.body.join('\n')).not.toContain('Standard Cement')
    expect(listingCuts(tagPage)).toBe(12)
  })

  it('az: a tag’s count over teasers of a stamp and a headline each', () => {
    const tagPage = page(
      'REPORT',
      'Ana səhifə » Teqlər » Xəzər bioresursları',
      '#Xəzər bioresursları',
      'Bu teq üzrə 148 xəbər',
      '',
      '16.04.2026 | 12:47',
      'Xəzərdə kilkə kvotası razılaşdırılıb',
      '09.04.2026 | 17:05',
      'Kür nərəçilik zavodu bu il Xəzərə azı 3 milyon körpə balıq buraxacaq',
      '02.04.2026 | 10:21',
      'Qazaxıstanda Xəzər suitisinin kütləvi ölümü ilə bağlı araşdırma başlayıb',
      '',
      'Xəzər ölkələri 2027-ci il üçün kilkə kvotasını 132 min ton müəyyənləşdirib',
      '16 aprel, 2026 12:47',
      '',
      STORY_LEAD.az,
    )
    const header = read(tagPage)
    expect(header?.title).toBe('Xəzər ölkələri 2027-ci il üçün kilkə kvotasını 132 min ton müəyyənləşdirib')
    expect(header?.body.join('\n')).not.toContain('3 milyon körpə balıq')
    expect(listingCuts(tagPage)).toBe(8)
  })
})

describe('cutTeaserListing: an aggregator’s snippets from other outlets over the full story', () => {
  it('en: snippets stamped with their outlets and times counted back', () => {
    const coverage = page(
      'CA Newsline',
      'Home › Business › Full coverage',
      'Full coverage: Uzbek fruit trucks at the Kazakh border',
      '3 sources · updated 19 August 2026, 20:05',
      'Trend · 2 hours ago',
      'Uzbekistan, Kazakhstan launch "green corridor" for perishable cargo',
      'Tashkent and Astana agreed to let refrigerated trucks through without queueing.',
      'The Times of Central Asia · 4 hours ago',
      'Fruit truck queue at Uzbek-Kazakh border shrinks as deputy PMs visit crossing',
      'Customs officials say the line of trucks has fallen below 900.',
      'Kun.uz · 5 hours ago',
      'Deputy PMs of Uzbekistan and Kazakhstan sign protocol on perishables at border',
      'Open full story ›',
      '',
      '16:42 / 19.08.2026',
      'Uzbekistan and Kazakhstan agree on "green corridor" for fruit and vegetable trucks',
      STORY_LEAD.en,
    )
    const header = read(coverage)
    expect([header?.title, header?.published]).toEqual([
      'Uzbekistan and Kazakhstan agree on "green corridor" for fruit and vegetable trucks',
      '2026-08-19',
    ])
    expect(header?.body.join('\n')).not.toContain('below 900')
  })

  it('tr: "Bu haber 3 kaynakta", each snippet under its outlet and stamp, then the full text', () => {
    const coverage = page(
      'HABER MERKEZİ',
      'Bu haber 3 kaynakta',
      '',
      'AA | 07.08.2026, 10:58',
      'Hazar üzerinden konsantre taşımacılığı yüzde 38 arttı',
      'Kazakistan’dan gelen bakır ve çinko konsantresi...',
      'NTV | 07.08.2026, 11:15',
      'Kazak konsantresi Orta Koridor’a yöneliyor',
      'Yedi ayda 412 bin ton konsantre Poti’ye ulaştı...',
      'Dünya | 07.08.2026, 11:40',
      'Türkmen polietileni Azerbaycan üzerinden iki kat arttı',
      'Kiyanlı’da üretilen polietilenin taşınması 96 bin tona ulaştı...',
      '',
      'Haberin tamamı — AA',
      '',
      'Hazar üzerinden konsantre ve polietilen transiti hızla artıyor',
      '7 Ağustos 2026 11:20',
      '',
      STORY_LEAD.tr,
    )
    const header = read(coverage)
    expect([header?.title, header?.published]).toEqual([
      'Hazar üzerinden konsantre ve polietilen transiti hızla artıyor',
      '2026-08-07',
    ])
    expect(header?.body.join('\n')).not.toContain('96 bin')
  })

  it('guard: a live blog’s dated entries with no label over them and no "more" under them are the story', () => {
    const blog = page(
      'Caspian summit: live',
      '06.12.2026 | 09:05',
      'Leaders arrive in Aktau for the summit.',
      '06.12.2026 | 09:40',
      'Talks open with a session on the port of Aktau.',
      '06.12.2026 | 10:15',
      'Kazakhstan and Azerbaijan sign a ferry agreement.',
      STORY_LEAD.en,
    )
    expect(listingCuts(blog)).toBe(0)
    expect(read(blog)?.body.join('\n')).toContain('sign a ferry agreement')
  })
})
