import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: galleries, podcasts, live pages, downloads and a column’s numbers', () => {
  it.each<[string, string, string]>([
    ['en', 'Share this episode: Facebook | X | LinkedIn | Copy link', 'share buttons'],
    ['tr', 'Paylaş: Facebook | X | LinkedIn | WhatsApp | Bağlantıyı kopyala', 'share buttons'],
    ['ru', 'Поделиться: Telegram | WhatsApp | Скопировать ссылку', 'share buttons'],
    ['en', 'Listen on: Apple Podcasts | Spotify | YouTube Music | RSS', 'share buttons'],
    ['ru', 'Скачать годовой отчет (PDF, 184 стр.)', 'share buttons'],
    ['en', 'Download the annual report (PDF, 2.1 MB)', 'share buttons'],
    ['en', '1,284 readers on this page', 'view counter'],
    ['en', 'Article ID: EBW-20251204-0417', 'view counter'],
    ['tr', 'Galeriyi başlat ▶  |  14 fotoğraf', 'view counter'],
    ['tr', '3 / 14', 'view counter'],
    ['ru', 'Вопрос № 312', 'view counter'],
    ['az', 'Sual № 12', 'view counter'],
    ['tr', 'Fotoğraf: KTZ basın servisi', 'photo caption'],
    ['az', 'Foto: ADY-nin mətbuat xidməti', 'photo caption'],
    ['en', 'Refresh for latest updates', 'site clutter'],
    ['az', 'Oxunma müddəti: 5 dəq.', 'header time'],
    ['tr', 'Okunma: 2 dk.', 'header time'],
    ['az', 'Oxunma müddəti: 5 dəq.   👁 2 184', 'view counter'],
    ['tr', 'Okunma: 2 dk.   Yorum (3)', 'view counter'],
    ['az', '👁 1 847   💬 6', 'view counter'],
    // as the pipeline reads them, with runs of spaces closed
    ['az', 'Oxunma müddəti: 5 dəq. 👁 2 184', 'view counter'],
    ['tr', 'Okunma: 2 dk. Yorum (3)', 'view counter'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['tr', 'Foto: Tokayev ve Aliyev 12 anlaşma imzaladı.'],
    ['en', 'The port handled 3 / 14 of the cargo'],
    ['en', 'Download speeds on the cable reach 400 Tbps (design capacity)'],
    ['ru', 'Вопрос № 312 касался тарифов на перевалку, которые выросли на 18%.'],
  ])('guard: %s: %s stays in the story', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('cleanBody: a column’s other questions under their label, each with its date, are cut', () => {
  it.each<[string, string, string[]]>([
    [
      'ru',
      'Другие ответы рубрики',
      [
        'Как выбрать депозит, если инфляция 9%? — 5 марта 2026 г.',
        'Стоит ли брать ипотеку под 7%? — 19 февраля 2026 г.',
      ],
    ],
    [
      'en',
      'More from this column',
      ['Should I buy ferry bonds at 9%? — 5 March 2026', 'Is a 7% mortgage worth it? — 19 Feb 2026'],
    ],
  ])('%s: "%s"', (_lang, label, items) => {
    const body = 'The bonds pay a coupon of 14.5% a year until 2031, the prospectus says.'
    expect(cleanBody([body, '', label, ...items]).text).toBe(body)
  })
})
