import { describe, expect, it } from 'vitest'
import { isBreadcrumb } from '../../../../src/pipeline/stages/clutter-shapes'
import { markSiteClutter } from '../../../../src/pipeline/stages/clutter-lists'
import { clutterReason, type MarkedLine } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason(line)', () => {
  it.each([
    // share bars
    ['Paylaş: Facebook | X | WhatsApp | Telegram', 'share buttons'],
    ['Xəbəri paylaş: Facebook Telegram', 'share buttons'],
    ['SHARE ON LINKEDIN', 'share buttons'],
    ['Поделиться: ВКонтакте Одноклассники Telegram', 'share buttons'],
    ['WhatsApp', 'share buttons'],
    ['Linki kopyala', 'site clutter'],
    // tags
    ['Etiketler: Kazakistan, demiryolu, Aktau limanı', 'tags'],
    ['Teqlər: Xəzər, bərə, ASCO', 'tags'],
    ['Tags: Caspian, ports, shipping', 'tags'],
    ['Ключевые слова: Казахстан, зерно, экспорт', 'tags'],
    ['#OrtaDəhliz #Xəzər', 'tags'],
    // ids and counters
    ['Haber No: 552301', 'view counter'],
    ['Xəbər ID: 77120 | Baxış: 1 044', 'view counter'],
    ['ARTICLE ID: 90112', 'view counter'],
    ['Просмотров: 3 117', 'view counter'],
    // notices
    ['Yorumlar kapalı değil: ilk yorumu siz yapın', 'comment prompt'],
    ['Leave a comment', 'comment prompt'],
    ['Saytımızda kukilərdən istifadə olunur. Davam etməklə kuki siyasətini qəbul edirsiniz.', 'cookie notice'],
    ['This website uses cookies. By clicking Accept you agree to our cookie policy.', 'cookie notice'],
    ['Сайт использует файлы cookie. Оставаясь на сайте, вы соглашаетесь с политикой.', 'cookie notice'],
    ['İnternet sitemizde çerezler kullanılmaktadır; ayrıntılar için çerez politikamızı inceleyin.', 'cookie notice'],
    ['© 2025 Xəzər Xəbər. Bütün hüquqlar qorunur.', 'copyright'],
    ['Copyright © 2026 Steppe Post', 'copyright'],
    ['Her hakkı saklıdır. Kaynak gösterilmeden alıntı yapılamaz.', 'copyright'],
    ['Материалы защищены. Все права защищены.', 'copyright'],
    ['Ошибка в тексте? Выделите её и нажмите Ctrl + Enter', 'error-report prompt'],
    ['The content is offered to subscribers only; please contact us for subscription options.', 'subscription notice'],
    // follow prompts
    ['Follow us on Telegram @steppepost', 'follow prompt'],
    ['Bizi Telegram kanalında izləyin', 'follow prompt'],
    ['Telegram kanalımıza abone olun', 'follow prompt'],
    ['Подписывайтесь на наш канал в Telegram', 'follow prompt'],
    ['Sign up for our weekly newsletter', 'follow prompt'],
    ['Haberleri Google News üzerinden takip edin', 'follow prompt'],
    // related links, contacts, menus, breadcrumbs, feed items
    ['Oxu həmçinin: Ələt limanında yeni terminal açılıb', 'related links'],
    ['Читайте также: Актау принял рекордный паром', 'related links'],
    ['Read also: Georgia opens new dry port', 'related links'],
    ['Reklam üçün: +994 50 222 33 44', 'contact line'],
    ['Tel: +7 (7172) 55-44-33', 'contact line'],
    ['Contact: desk@steppepost.kz', 'contact line'],
    ['Hakkımızda | Künye | Reklam | Gizlilik', 'site menu'],
    ['About us • Contact • Privacy • Terms', 'site menu'],
    ['Ana səhifə » Xəbərlər » İqtisadiyyat', 'breadcrumb'],
    ['Home > News > Business', 'breadcrumb'],
    ['Главная / Новости / Экономика', 'breadcrumb'],
    ['Новости / Экономика / Транспорт', 'breadcrumb'],
    ['09:20 | Gündem | Ankara’da yoğun kar yağışı', 'news-feed list'],
    // buttons with their count, a label longer than its first word, singular imperatives
    ['Yorumlar (0)', 'site clutter'],
    ['Comments (12)', 'site clutter'],
    ['Share this article', 'share buttons'],
    ['ID материала: 1087346', 'view counter'],
    ["Google News'te takip et", 'follow prompt'],
    ['Haberin Devamı', 'site clutter'],
    ['Xəbərin davamı', 'site clutter'],
    ['Donate', 'site clutter'],
    ['Поддержать', 'site clutter'],
  ])('takes %j for %s', (line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each([
    'Kazakistan’ın fındık ve çerez ithalatı geçen yıl yüzde 12 arttı.',
    'The ministers will join a video call with the Telegram founder next week.',
    'Toplam yük hacmi: 1.250.000.000',
    'Copyright law was not on the agenda of the talks.',
    'Kanal İstanbul projesine katılım için Telegram üzerinden başvuru alınmadı.',
    'Azərbaycan, Qazaxıstan və Gürcüstan 2026-cı il üçün yol xəritəsi imzalayıb.',
    'Ekonomik İşbirliği',
    'Tokayev – Erdoğan – Aliyev',
    'Yorumlar (3) ve analizler',
    'Kazakistan, Orta Koridor’daki gelişmeleri yakından takip et',
  ])('keeps the prose or heading %j', (line) => {
    expect(clutterReason(line)).toBeNull()
  })

  it.each([
    ['Listen to this article', 'site clutter'],
    ['Haberi dinle', 'site clutter'],
    ['Xəbəri dinlə', 'site clutter'],
    ['Слушать новость', 'site clutter'],
    ['Səhifəni yeniləyin', 'site clutter'],
    ['Sayfayı yenileyin', 'site clutter'],
    ['Refresh the page', 'site clutter'],
    ['Обновите страницу', 'site clutter'],
    ['Font size: A A A', 'header time'],
    ['Yazı boyutu A+ A-', 'header time'],
    ['Şrift ölçüsü: A A', 'header time'],
    ['Размер шрифта', 'header time'],
    ['15:40', 'header time'],
    ['#TÜRKIYE UZBEKISTAN RELATIONS', 'tags'],
    ['#ORTA KORİDOR', 'tags'],
    ['Get the latest news from the Caspian region delivered to your inbox.', 'subscription notice'],
    ['You can unsubscribe at any time.', 'subscription notice'],
    ['Bülten: E-posta adresinizi bırakın, her sabah gelen kutunuzda olsun.', 'subscription notice'],
    ['Xəbərləri e-poçt ünvanınıza göndərək', 'subscription notice'],
    ['Главные новости дня — на вашу почту', 'subscription notice'],
  ])('takes a story’s tool, a live page’s stamp, a tag or a newsletter’s pitch: %j for %s', (line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each([
    'Saat 15:40’ta başlayan görüşme iki saat sürdü.',
    'The talks began at 15:40 and lasted two hours.',
    '#1 in Central Asia: Kazakhstan tops the ranking of transit routes, the bank says, ahead of Uzbekistan.',
    'Поезд прибыл в 15:40 по времени Астаны.',
  ])('keeps a sentence with a time or a hash %j', (line) => {
    expect(clutterReason(line)).toBeNull()
  })

  it('cuts a lone network name, since a share bar puts one per line', () => {
    expect(clutterReason('X')).toBe('share buttons')
  })
})

describe('isBreadcrumb(line)', () => {
  it.each([
    ['Anasayfa › Ekonomi', true],
    ['Haberler › Enerji › Doğalgaz', true],
    ['Azərbaycan > Qazaxıstan', false],
    ['Bakı–Tbilisi–Qars dəmir yolu', false],
    ['Gürcüstan / Azərbaycan / Türkiyə dəmir yolu idarələri birgə tarif razılaşdırıb, sənəd imzalanıb.', false],
    ['07/04/2026 › 10:42', false],
  ])('%j → %s', (line, expected) => {
    expect(isBreadcrumb(line)).toBe(expected)
  })
})

const lines = (texts: string[]): MarkedLine[] => texts.map((text) => ({ text, cut: null }))
const kept = (marked: MarkedLine[]) => marked.filter((line) => line.cut === null).map((line) => line.text)

describe('markSiteClutter(lines)', () => {
  const PROSE = [
    'Aktau limanı ilk yarıda 3,4 milyon ton yük aşırıb.',
    'Bu, ötən ilin eyni dövrü ilə müqayisədə 12 faiz çoxdur.',
  ]

  it.each([
    ['az', 'Oxşar xəbərlər', ['Kürık limanında yeni terminal istifadəyə verilib', 'Xəzərdə bərə növbələri qısalıb']],
    ['tr', 'BENZER HABERLER', ['Mersin’de liman trafiği arttı', 'Poti limanında yeni vinçler devrede']],
    ['en', 'Related articles:', ['Georgia opens new dry port', 'Aktau ferry fleet grows to 20']],
    [
      'en',
      'MORE INTERVIEWS',
      ['Georgian Railway chief on the Anaklia port', 'ADY Container head on Baku’s logistics centre'],
    ],
    ['tr', 'Diğer röportajlar', ['Mersin’de liman trafiği arttı', 'Poti limanında yeni vinçler devrede']],
    ['az', 'Digər müsahibələr', ['Kürık limanında yeni terminal istifadəyə verilib', 'Xəzərdə bərə növbələri qısalıb']],
    ['ru', 'Другие интервью', ['Порт Курык нарастил перевалку', 'Паромная линия Алят – Актау расширена']],
    ['ru', 'Новости по теме', ['Порт Курык нарастил перевалку', 'Паромная линия Алят – Актау расширена']],
  ])('cuts a labelled list of other stories (%s) and keeps the body', (_lang, label, items) => {
    const marked = lines([...PROSE, label, ...items, 'Ən son: Bakı limanında rekord.'])
    markSiteClutter(marked)
    expect(kept(marked)).toEqual([...PROSE, 'Ən son: Bakı limanında rekord.'])
    expect(marked.slice(2, 2 + 1 + items.length).every((line) => line.cut === 'related links')).toBe(true)
  })

  it('cuts a tag list of one tag a line, stopping at the next sentence', () => {
    const marked = lines(['Теги', 'Казахстан', 'Каспий', 'паромы', ...PROSE])
    markSiteClutter(marked)
    expect(kept(marked)).toEqual(PROSE)
  })

  it('cuts a news feed of time-stamped headlines under its label, and a bare run of them', () => {
    const feed = ['14:02 Экономика Тенге укрепился к доллару', '13:47 Спорт Сборная вышла в финал']
    const labelled = lines([...PROSE, 'Лента новостей', ...feed])
    markSiteClutter(labelled)
    expect(kept(labelled)).toEqual(PROSE)
    const bare = lines([...PROSE, ...feed])
    markSiteClutter(bare)
    expect(kept(bare)).toEqual(PROSE)
  })

  it('keeps a single line that starts with a time', () => {
    const marked = lines(['10:00 itibarıyla görüşmeler başladı', ...PROSE])
    markSiteClutter(marked)
    expect(kept(marked)).toEqual(['10:00 itibarıyla görüşmeler başladı', ...PROSE])
  })

  it('keeps a list label that is followed by prose, not by links', () => {
    const marked = lines(['Son xəbərlər', ...PROSE])
    markSiteClutter(marked)
    expect(kept(marked)).toEqual(['Son xəbərlər', ...PROSE])
  })
})
