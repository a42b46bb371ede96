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

describe('clutterReason: a page saved in a browser’s reader mode', () => {
  it.each<[string, string, string]>([
    ['en', '[Image: Construction cranes above unfinished five-storey apartment blocks]', 'image description'],
    ['tr', "[Görsel: Aktau Limanı'nda bir feribota yüklenen sarı konteynerler]", 'image description'],
    ['az', '[Şəkil: Bakı Gəmiqayırma Zavodunda tikilən tanker, 2025]', 'image description'],
    ['ru', '[Изображение: паром у причала порта Курык]', 'image description'],
    ['en', '8–10 minutes', 'header time'],
    ['tr', '7-9 dakika', 'header time'],
    ['az', '5-7 dəqiqə', 'header time'],
    ['ru', '6–8 минут', 'header time'],
    ['tr', 'Okuyucu Görünümü | Metin boyutu: A- A A+ | Tema: Açık Koyu Sepya', 'site menu'],
    ['en', 'Reader view | Text size: A- A A+ | Theme: Light Dark Sepia', 'site menu'],
    ['ru', 'Режим чтения | Размер шрифта: A- A A+', 'site menu'],
    ['az', 'Oxu rejimi | Mətn ölçüsü: A- A A+', 'site menu'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    // a bracketed photo credit stays a credit; a duration in a sentence is the story's
    ['tr', '[Fotoğraf: Murat Şen / Gündem Ekonomi]'],
    ['en', 'Ferry crossings now take 8–10 hours, down from two days.'],
  ])('guard: %s: %s', (_lang, line) => {
    expect(clutterReason(line)).not.toBe('image description')
    expect(clutterReason(line)).not.toBe('header time')
  })
})
