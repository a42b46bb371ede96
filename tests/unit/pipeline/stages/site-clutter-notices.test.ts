import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: the notes a page prints around a story', () => {
  it.each<[string, string]>([
    [
      'en, a price disclaimer',
      'Prices in this report are indicative and based on a survey of traders. They do not constitute an offer.',
    ],
    ['tr, a price disclaimer', 'Fiyatlar bilgi amaçlıdır, yatırım tavsiyesi niteliği taşımaz.'],
    ['az, a price disclaimer', 'Qiymətlər məlumat xarakterlidir və investisiya tövsiyəsi deyil.'],
    ['ru, a price disclaimer', 'Информация не является инвестиционной рекомендацией.'],
    ['tr, an advice disclaimer', 'Burada yer alan bilgiler yatırım danışmanlığı kapsamında değildir.'],
    ['tr, market data’s delay', 'Piyasa verileri en az 15 dakika gecikmelidir.'],
    ['az, market data’s delay', 'Bazar məlumatları 15 dəqiqə gecikmə ilə verilir.'],
    ['en, market data’s delay', 'Market data delayed by at least 15 minutes.'],
    ['ru, market data’s delay', 'Рыночные данные приводятся с задержкой не менее 15 минут.'],
    [
      'en, a wire’s note on what an update added',
      '(Adds comments from Azerbaijani minister, World Bank in paragraphs 5-8; KEGOC shares in paragraph 11)',
    ],
    [
      'tr, a wire’s note on what an update added',
      "(Bakan Akkenjenov'un açıklamaları ve piyasa fiyatı eklendi, 5-9. paragraflar; başlık güncellendi)",
    ],
    ['ru, a wire’s note on what an update added', '(Добавлены комментарии министра в 4-6 абзацах)'],
    [
      'tr, an opinion disclaimer',
      'Köşe yazılarındaki görüşler yazarlarına aittir, gazetenin görüşlerini yansıtmayabilir.',
    ],
    [
      'en, a funder’s note',
      'This article was produced with support from the Caspian Journalism Fund. The fund had no influence over its content.',
    ],
    ['az, a funder’s note', 'Bu məqalə Media İnkişafı Agentliyinin dəstəyi ilə hazırlanıb.'],
    [
      'en, an author’s biography',
      'About the author: Selin Arıkan leads the institute’s work on transport infrastructure.',
    ],
    ['ru, an author’s biography', 'Об авторе: Ерлан Сагындыков 15 лет работает на зерновом рынке.'],
    ['en, a citation', 'Suggested citation: Arıkan, S. (2025). Laying the Digital Silk Way. ECI Policy Brief No. 14.'],
    [
      'tr, an agency’s notice',
      'KHA abonelerinin dikkatine: Haberin fotoğraf ve video görüntüleri ajans sisteminde yer almaktadır.',
    ],
    ['tr, a flash’s details to follow', '(Haberin ayrıntıları geliyor)'],
    ['en, a newsletter’s sponsor', 'Presented by TransCaspia Logistics – door-to-door from Xi’an to Constanța.'],
    ['en, a newsletter’s sign-off', 'That’s all for this week. Reply to this email with tips, data or complaints.'],
    ['en, why the newsletter comes', 'You are receiving this email because you signed up at corridorweekly.example.'],
    ['ru, why the newsletter comes', 'Вы получили это письмо, потому что подписались на рассылку.'],
  ])('%s', (_name, line) => {
    expect(clutterReason(line)).toBe('editorial notice')
  })

  it.each<[string, string]>([
    [
      'a figure’s caption with its source',
      'Figure 1: Proposed route of the cable and onward links. Source: ECI, company data',
    ],
    ['tr, a chart’s caption with its source', 'Grafik 2: Limanlara göre elleçleme. Kaynak: Ulaştırma Bakanlığı'],
    [
      'a caption opened by its label, closed by its credit',
      'Photo: Welders at work on a tanker. © The Caspian Review / R. Guliyev',
    ],
    ['az, a caption whose credit is a site’s address', 'Bakı Limanında konteyner aşırılması. Foto: BiznesGündəmi.az'],
  ])('%s', (_name, line) => {
    expect(clutterReason(line)).toBe('photo caption')
  })

  it.each<[string, string, string]>([
    ['a download with its size', 'Download PDF (1.2 MB) | Print | Share', 'share buttons'],
    ['a share label naming the newsletter', 'Share Corridor Weekly: X | LinkedIn | Telegram', 'share buttons'],
    ['tr, a share label naming the piece', 'Bu yazıyı paylaş: Facebook | X | WhatsApp | Telegram', 'share buttons'],
    ['ru, a video’s length beside its views', '▶ Видео | 3:12 | 1 845 просмотров', 'view counter'],
    ['tr, log in to comment', 'Yorum yazmak için giriş yapın.', 'comment prompt'],
    ['en, log in to comment', 'Log in to comment', 'comment prompt'],
  ])('%s', (_name, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string]>([
    ['Texniki-iqtisadi əsaslandırmanın Avropa İttifaqının dəstəyi ilə hazırlanması gözlənilir.'],
    ['The study was prepared with support from the EU and puts the cost at $1.5 billion.'],
    ['Figure 1 shows how the cable would link Aktau and Baku by 2027.'],
    ['Trade rose 12% | exports reached $1.2 billion'],
  ])('guard: the story’s sentence stays: %s', (line) => {
    expect(clutterReason(line)).toBeNull()
  })
})
