import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'
import { page, STORY_LEAD } from './header-pages'

/** A parliament's page of a deputy's question and the minister's answer, under a long menu stacked one name a line. */
const ANSWER_RU = page(
  'Парламент Республики Казахстан',
  'Мажилис',
  'Сенат',
  'Қаз | Рус | Eng',
  'Версия для слабовидящих',
  'Главная',
  'О Мажилисе',
  'Депутаты',
  'Законотворчество',
  'Депутатские запросы',
  'Пресс-центр',
  'Главная / Депутатские запросы / Ответы на депутатские запросы',
  'О работе единой цифровой платформы бронирования паромных перевозок',
  'Депутатский запрос депутата Мажилиса Жумабековой А. К. Министру транспорта Кожахметову Д. С.',
  'Дата оглашения: 27.05.2026',
  'Дата ответа: 11.06.2026',
  'Статус: ответ получен',
  '',
  STORY_LEAD.ru,
)

/** A treaty database's record: the site's name over its menu and a breadcrumb, then the record's title, no date. */
const RECORDS_RU = page(
  'Официальный сайт Президента Республики Казахстан',
  'Акорда',
  'Поиск по сайту',
  'Президент',
  'Государственная политика',
  'Документы',
  'Главная / Документы / Международные договоры / Турецкая Республика',
  'Двусторонние международные договоры Республики Казахстан с Турецкой Республикой',
  '',
  STORY_LEAD.ru,
)

describe('parseHeader: pages of records and written answers', () => {
  it('ru: a stacked menu takes no step of the header, and the answer’s date among the fields dates the page', () => {
    expect(parseHeader(ANSWER_RU)).toMatchObject({
      title: 'О работе единой цифровой платформы бронирования паромных перевозок',
      published: '2026-06-11',
    })
  })

  it('ru: on an undated page the line under the breadcrumb is the title, not the site’s name over its menu', () => {
    const header = parseHeader(RECORDS_RU)
    expect(header.title).toBe('Двусторонние международные договоры Республики Казахстан с Турецкой Республикой')
    expect(header.body.join('\n')).not.toMatch(/Акорда|Поиск по сайту/u)
  })

  it('en: "Answered on" dates a written question’s page', () => {
    const header = parseHeader(
      page(
        'Caspian ferry bookings',
        'Question for written answer to the Minister of Transport',
        'Answered on 11 June 2026',
        '',
        STORY_LEAD.en,
      ),
    )
    expect(header.published).toBe('2026-06-11')
  })

  it('en: "Company Event Transcripts | Metals & Mining" over the headline is a section label, not the headline', () => {
    const header = parseHeader(
      page(
        'Bloomberg Transcript',
        'Company Event Transcripts | Metals & Mining',
        'Torgai Iron PLC (TRGI LN) Q1 2026 Earnings Call',
        'April 29, 2026 | 14:00 BST',
        '',
        STORY_LEAD.en,
      ),
    )
    expect(header).toMatchObject({ title: 'Torgai Iron PLC (TRGI LN) Q1 2026 Earnings Call', published: '2026-04-29' })
  })
})
