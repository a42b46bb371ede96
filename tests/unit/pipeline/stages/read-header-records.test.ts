import { describe, expect, it } from 'vitest'
import { parseHeader } from '../../../../src/pipeline/stages/read-header'

const LEAD = 'The company will place up to 3,200,000 common shares among its shareholders by 30 June 2026.'

describe('parseHeader: a record’s fields between its headline and its date', () => {
  it.each<[string, string[], string, string]>([
    [
      'az',
      [
        'BAKI FOND BİRJASI',
        '',
        '“Qafqaz Konyak Zavodu” ASC – nizamnamə kapitalının artırılması barədə mühüm fakt',
        '',
        'Emitent: “Qafqaz Konyak Zavodu” Açıq Səhmdar Cəmiyyəti',
        'Emitentin kodu: QKZV',
        'ISIN: AZ1001024317',
        'Açıqlamanın növü: Mühüm fakt',
        'Açıqlamanın tarixi və vaxtı: 03.09.2026 18:12',
      ],
      '“Qafqaz Konyak Zavodu” ASC – nizamnamə kapitalının artırılması barədə mühüm fakt',
      '2026-09-03',
    ],
    [
      'ru',
      [
        'ВЕБ-ПОРТАЛ ГОСУДАРСТВЕННЫХ ЗАКУПОК',
        '',
        'Объявление о государственных закупках способом открытого конкурса № 16204877-1',
        '',
        'Номер объявления: 16204877-1',
        'Статус объявления: Опубликовано (прием заявок)',
        'Дата публикации объявления: 09.02.2026 15:21:07',
      ],
      'Объявление о государственных закупках способом открытого конкурса № 16204877-1',
      '2026-02-09',
    ],
  ])('%s: the headline over the fields, the date under them', (_, top, title, published) => {
    const header = parseHeader([...top, '', LEAD].join('\n'))
    expect(header).toMatchObject({ title, published })
    expect(header.body.join('\n')).toContain(LEAD)
    // every field over the date is the record's, the ones without a code too
    expect(header.body.join('\n')).not.toMatch(/Статус объявления|Açıqlamanın növü/u)
  })
})

describe('parseHeader: a professional network’s post', () => {
  it('takes the member for the author, their role for no headline, the post’s first line for the title', () => {
    const header = parseHeader(
      [
        'Daniyar Abenov • 2nd',
        'CEO at SteppeLink Agro Logistics | Live animal transport Kazakhstan – Caucasus – Türkiye',
        '5d • Edited • 🌐',
        '+ Follow',
        '',
        'Season 2026 in numbers – and why the Caspian is becoming a livestock highway',
        '',
        'When we started moving live animals across the Caspian in 2023, people told us it was a niche.',
      ].join('\n'),
    )
    expect(header).toMatchObject({
      title: 'Season 2026 in numbers – and why the Caspian is becoming a livestock highway',
      author: 'Daniyar Abenov',
    })
  })
})
