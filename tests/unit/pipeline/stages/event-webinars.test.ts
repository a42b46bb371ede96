import { describe, expect, it } from 'vitest'

import { extractEvents } from '../../../../src/pipeline/stages/extract-events'
import { articleOf } from './extraction-input'

const occasions = (lang: string, published: string, sentences: string[]) =>
  extractEvents(articleOf(lang, published, sentences)).map((e) => [e.status, e.date])

describe('webinars are occasions, and the next of a series told as held is held', () => {
  it.each([
    [
      'ru',
      '2026-04-23',
      'Во вторник ассоциация провела вебинар «IT-экспорт по Среднему коридору».',
      ['happened', '2026-04-21'],
    ],
    ['ru', '2026-04-23', 'Следующий вебинар ассоциации пройдёт 19 мая.', ['planned', '2026-05-19']],
    ['az', '2026-09-22', 'Silsilənin növbəti vebinarı oktyabrın 8-də keçiriləcək.', ['planned', '2026-10-08']],
    [
      'tr',
      '2026-09-22',
      "Birlik, 17 Eylül'de ihracatçılara yönelik bir webinar düzenledi.",
      ['happened', '2026-09-17'],
    ],
    ['en', '2026-09-22', 'The chamber held a webinar for 140 exporters on 15 September.', ['happened', '2026-09-15']],
  ])('%s: "%s"', (lang, published, sentence, expected) => {
    expect(occasions(lang, published, [sentence])).toContainEqual(expected)
  })

  it.each([
    ['az', 'Silsilənin növbəti vebinarı ötən cümə axşamı, sentyabrın 17-də onlayn formatda keçirildi.', '2026-09-17'],
    ['en', 'The next round of talks took place in Baku on 17 September.', '2026-09-17'],
    ['ru', 'Очередное заседание комиссии состоялось в Баку 17 сентября.', '2026-09-17'],
  ])('%s: "%s"', (lang, sentence, date) => {
    expect(occasions(lang, '2026-09-22', [sentence])).toContainEqual(['happened', date])
  })

  it('guard: the next one still to be held stays planned', () => {
    expect(occasions('az', '2026-09-22', ['Növbəti iclas oktyabrın 8-də keçiriləcək.'])).toContainEqual([
      'planned',
      '2026-10-08',
    ])
  })
})
