import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: the counters of quoted posts, galleries and podcast pages', () => {
  it.each<[string, string, string]>([
    ['en', '2.4K reposts · 9.1K likes · 310 replies', 'view counter'],
    ['en', '45 retweets · 120 likes', 'view counter'],
    ['tr', '1,2K beğeni · 87 yanıt', 'view counter'],
    ['ru', '215 репостов · 1,3K лайков', 'view counter'],
    ['az', 'Fotoqalereya · 14 şəkil', 'view counter'],
    ['ru', 'Фотогалерея · 8 фото', 'view counter'],
    ['tr', 'Okuma süresi 4 dakika · 1.904 görüntülenme', 'view counter'],
    ['az', 'Oxu vaxtı: 3 dəqiqə', 'header time'],
    ['ru', 'Время прочтения: 7 минут', 'header time'],
    ['en', 'Download MP3 (38.2 MB)', 'share buttons'],
    ['tr', 'Paylaş 𝕏 f in ✉', 'share buttons'],
    ['az', 'Paylaş: f | t | in | Telegram', 'share buttons'],
    ['en', 'MIDDLE CORRIDOR BRIEFING | Issue #48', 'site header'],
    ['tr', 'Lojistik Bülteni · Sayı 212', 'site header'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'The post was shared 2,400 times and drew 9,100 likes within a day.'],
    ['ru', 'За сутки публикацию переслали 215 раз.'],
    ['tr', 'Galeride 14 fotoğrafla limanın 30 yıllık tarihi anlatılıyor.'],
    ['en', 'The issue raised $48 million from 12 investors.'],
  ])('guard: %s: a sentence of the story stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: a newsletter’s and a series’ notes', () => {
  it.each<[string, string, string]>([
    ['en', 'SPONSORED: The Caspian Ports Report 2027 – get your copy from Harbour Analytics', 'editorial notice'],
    ['ru', 'Партнерский материал: как выбрать экспедитора для Транскаспийского маршрута', 'editorial notice'],
    ['en', 'Enjoyed this newsletter? Forward this email to a friend.', 'editorial notice'],
    ['en', 'Credits: Produced by Ainur Sultanova. Music by Daniyar K.', 'editorial notice'],
    ['tr', 'Haftalık Liman Raporu her pazartesi 09.00’da yayımlanır.', 'editorial notice'],
    ['ru', 'Обзор рынка выходит каждую пятницу в 18:00.', 'editorial notice'],
    ['az', 'Bülletenimiz hər cümə axşamı saat 10:00-da dərc olunur.', 'editorial notice'],
    ['az', 'Bütün oxucularımıza yeni ildə uğurlar arzulayırıq!', 'editorial notice'],
    ['tr', 'Önceki sayı: Konteyner navlunları – 14. Hafta', 'related links'],
    ['ru', 'Предыдущий выпуск: Зерно и мука – неделя 20', 'related links'],
    ['tr', 'Haberleri Telegram’dan almak için +90 533 100 20 30 numarasını rehberinize ekleyin.', 'contact line'],
    ['az', 'Səhifəni yeniləyin – yeni məlumatlar əlavə olunur', 'site clutter'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['tr', 'Ferry seferleri her cuma Aktau’dan kalkıyor ve yolculuk 30 saat sürüyor.'],
    ['ru', 'Поезд выходит из Алтынколя каждую пятницу и идет 12 суток.'],
    ['en', 'Next year the company plans to forward 40,000 TEU through Poti.'],
    ['az', 'Əvvəlki hesabatda ixrac 12 faiz artmışdı.'],
  ])('guard: %s: a sentence of the story stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})
