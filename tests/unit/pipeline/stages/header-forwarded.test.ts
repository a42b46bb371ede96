import { describe, expect, it } from 'vitest'
import { ingestFile } from '../../../../src/pipeline/stages/ingest'
import { page, STORY_LEAD } from './header-pages'

const ingest = (text: string) => ingestFile({ file: 'mail.txt', bytes: new TextEncoder().encode(text) }).ingested
const removedLines = (text: string) => ingest(text)?.removed.map((r) => r.text) ?? []

/** A press release forwarded by an agency to a newsroom: the forwarder's header and note, then the release's own. */
const FORWARDED_EN = page(
  'From: Selin Aydoğan <selin@pr.example.com>',
  'Sent: Tuesday, April 7, 2026 11:42 AM',
  'To: newsdesk@example.com',
  'Subject: FW: PRESS RELEASE | Anka wins orders for 120 e-buses',
  '',
  'Dear colleagues,',
  'Please find below a press release from our client, for immediate use.',
  'Kind regards,',
  'Selin',
  '',
  '---------- Forwarded message ---------',
  'From: Anka Corporate Communications <press@anka.example.com>',
  'Date: Tue, 7 Apr 2026 at 09:05',
  'Subject: PRESS RELEASE | Anka wins orders for 120 e-buses',
  'To: Selin Aydoğan <selin@pr.example.com>',
  '',
  'PRESS RELEASE',
  'FOR IMMEDIATE RELEASE',
  '',
  'Anka to deliver 120 electric buses to Almaty, Tashkent and Baku',
  '',
  STORY_LEAD.en,
  '',
  '--',
  'Selin Aydoğan',
  'Account Director | PR & Communications',
  'T: +90 212 555 01 47',
  'CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee.',
)

/** An Azerbaijani release forwarded inside an outlet, with its own label and date line, and a signed sender. */
const FORWARDED_AZ = page(
  'From: Orxan Məmmədli <o.mammadli@news.example.az>',
  'Sent: Monday, June 1, 2026 3:05 PM',
  'To: Biznes xəbərləri <biznes@news.example.az>',
  'Subject: FW: Press-reliz: Xəzərdə bron platforması istifadəyə verildi',
  '',
  'Salam, aşağıdakı press-relizi 16:00 buraxılışına hazırlayın.',
  'Orxan',
  '',
  '---------- Yönləndirilmiş məktub ---------',
  'From: ASCO Mətbuat xidməti <press@asco.example.az>',
  'Date: Mon, 1 Jun 2026 at 14:32',
  'Subject: Press-reliz: Xəzərdə bron platforması istifadəyə verildi',
  '',
  'PRESS-RELİZ',
  'Bakı, 1 iyun 2026-cı il',
  '',
  'Xəzərdə ro-pax gəmiləri üçün vahid onlayn bron platforması istifadəyə verildi',
  '',
  STORY_LEAD.az,
  '',
  '--',
  'Hörmətlə,',
  'Leyla Nəsirova',
  'Mətbuat xidmətinin rəhbəri',
  'Tel.: +994 12 404 37 00',
)

describe('ingest: a press release forwarded by e-mail is read from its own header', () => {
  it('en: the release’s headline is the title, its e-mail’s date field the date', () => {
    expect(ingest(FORWARDED_EN)).toMatchObject({
      title: 'Anka to deliver 120 electric buses to Almaty, Tashkent and Baku',
      published: '2026-04-07',
    })
  })

  it('en: the forwarder’s note and the signature under "--" leave the story', () => {
    const body = ingest(FORWARDED_EN)?.body.join('\n') ?? ''
    expect(body).toContain(STORY_LEAD.en)
    expect(body).not.toMatch(/Dear colleagues|Kind regards|Forwarded message|Account Director|CONFIDENTIALITY/u)
    expect(removedLines(FORWARDED_EN)).toEqual(
      expect.arrayContaining([
        'Please find below a press release from our client, for immediate use.',
        'T: +90 212 555 01 47',
      ]),
    )
  })

  it('az: "PRESS-RELİZ" is the release’s label and its date line dates it', () => {
    expect(ingest(FORWARDED_AZ)).toMatchObject({
      title: 'Xəzərdə ro-pax gəmiləri üçün vahid onlayn bron platforması istifadəyə verildi',
      published: '2026-06-01',
    })
    expect(ingest(FORWARDED_AZ)?.body.join('\n')).not.toMatch(/Salam|Hörmətlə|Leyla|Tel\.:/u)
  })

  it('guard: a story that is no e-mail keeps a "--" line and what follows it', () => {
    const text = page('Kazakh ferries carry more trucks', '12.03.2026', '', STORY_LEAD.en, '--', STORY_LEAD.en)
    expect(ingest(text)?.body.filter((line) => line === STORY_LEAD.en)).toHaveLength(2)
  })
})
