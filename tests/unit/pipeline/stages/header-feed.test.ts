import { describe, expect, it } from 'vitest'
import { readDateLine } from '../../../../src/pipeline/stages/header-date'
import { readFeedHeader } from '../../../../src/pipeline/stages/header-feed'
import { ingestFile } from '../../../../src/pipeline/stages/ingest'

const RU_FEED = [
  'Turkmenportal — Новости Туркменистана',
  'https://turkmenportal.com/ru/rss',
  'Язык: ru',
  'Последнее обновление: Thu, 02 Jul 2026 09:15:00 +0500',
  '',
  'Экспорт туркменской электроэнергии за полугодие вырос почти на треть',
  'Ссылка: https://turkmenportal.com/ru/blog/98412/eksport',
  'Дата: Thu, 02 Jul 2026 09:15:00 +0500',
  'Категория: Экономика',
  'В январе – июне 2026 года Туркменистан экспортировал в Узбекистан 2,1 млрд кВт·ч электроэнергии.',
  'Поставки в Афганистан составили 1,4 млрд кВт·ч.',
  '',
  'В Авазе открылся новый отель на 300 номеров',
  'Ссылка: https://turkmenportal.com/ru/blog/98377/otel',
  'Дата: Tue, 30 Jun 2026 17:45:00 +0500',
  'Категория: Туризм',
  'Отель рассчитан на прием круизных туристов с Каспия.',
]

const EN_FEED = [
  'Caspian Freight Wire',
  'https://caspianfreight.example/feed',
  '',
  'Kazakh coal shipments to Poti triple',
  'Link: https://caspianfreight.example/news/coal-poti',
  'Date: Mon, 14 Sep 2026 08:00:00 GMT',
  'Kazakhstan shipped 2.1 million tonnes of coal to Poti in January–August.',
  '',
  'Aktau airport opens cargo terminal',
  'Link: https://caspianfreight.example/news/aktau-cargo',
  'Date: Sun, 13 Sep 2026 10:30:00 GMT',
  'The terminal can handle 50,000 tonnes a year.',
]

describe('readFeedHeader: a news feed saved as text is its first item', () => {
  it.each<[string, string[], string, string, string[]]>([
    [
      'ru',
      RU_FEED,
      'Экспорт туркменской электроэнергии за полугодие вырос почти на треть',
      '2026-07-02',
      RU_FEED.slice(9, 11),
    ],
    ['en', EN_FEED, 'Kazakh coal shipments to Poti triple', '2026-09-14', EN_FEED.slice(6, 7)],
  ])(
    '%s: the first item’s title, date and text; the channel and later items are cut',
    (_lang, feed, title, published, text) => {
      const header = readFeedHeader(feed)
      expect(header?.title).toBe(title)
      expect(header?.published).toBe(published)
      expect(header?.body.filter((line) => line !== '')).toEqual(text)
      expect(header?.removed.map((r) => r.text)).toContain(feed.at(-1))
    },
  )

  it('reads a feed through ingestion, so no later item’s figure reaches the story', () => {
    const { ingested } = ingestFile({ file: 'feed.txt', bytes: new TextEncoder().encode(RU_FEED.join('\n')) })
    expect(ingested?.published).toBe('2026-07-02')
    expect(ingested?.body.join('\n')).not.toContain('300 номеров')
  })

  it('guard: a page with one headline over its link and date is no feed', () => {
    const page = [
      'Kazakh coal shipments to Poti triple',
      'Link: https://caspianfreight.example/news/coal-poti',
      'Date: Mon, 14 Sep 2026 08:00:00 GMT',
      'Kazakhstan shipped 2.1 million tonnes of coal to Poti in January–August.',
    ]
    expect(readFeedHeader(page)).toBeNull()
  })
})

describe('readDateLine: a feed’s stamp with its offset in digits', () => {
  it.each<[string, string]>([
    ['Дата: Thu, 02 Jul 2026 09:15:00 +0500', '2026-07-02'],
    ['Thu, 02 Jul 2026 09:15:00 +0500', '2026-07-02'],
    ['Tarih: 02.07.2026 09:15 +03:00', '2026-07-02'],
    ['Tarix: 2 iyul 2026, 09:15 +0400', '2026-07-02'],
  ])('%s', (line, published) => {
    expect(readDateLine(line)?.published).toBe(published)
  })
})
