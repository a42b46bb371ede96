import { COUNTER_PART, READING_TIME_LINE, SHARE_LABEL, SHARE_TOKENS, WIDGET_LINES } from '../lexicon/clutter-words'
import { BREADCRUMB_ROOT, SECTION_NAMES } from '../lexicon/header-words'
import { READERS_RATING, TEXT_SIZE_BUTTONS } from '../lexicon/page-widgets'
import { foldCase } from '../lexicon/text'

// The shapes of a page's furniture, line by line: share bars, counters, menus, breadcrumbs, feed items, tickers.

/** Clutter is short: a notice of a few sentences at most. Longer lines are article prose. */
export const MAX_NOTICE_CHARS = 500
export const MAX_SHORT_CHARS = 160
export const MAX_EDITORIAL_NOTE_CHARS = 250
const MAX_MENU_ITEM_CHARS = 30
export const MAX_LINK_CHARS = 250

export const words = (text: string) => text.split(/\s+/u).filter(Boolean)

/**
 * The line lower-cased by Turkish rules and, when that differs, by the root rules: sites print English labels in
 * capitals ("ARTICLE ID", "SHARE ON LINKEDIN"), and Turkish rules would fold their I to a dotless ı.
 */
export function foldVariants(line: string): string[] {
  const turkic = foldCase(line, 'tr')
  const root = foldCase(line, 'en')
  return turkic === root ? [turkic] : [turkic, root]
}

/** A label that names what it shares before the networks: "Share Corridor Weekly:", "Bu yazıyı paylaş:". */
const NAMED_SHARE_LABEL = /^(?:share\s+[^:|]{1,40}|[^:|]{1,30}\s(?:paylaş(?:ın)?|bölüş(?:ün)?|поделит\p{L}*))\s*:\s*/u

const COPY_LINK =
  /(?<![\p{L}])(?:copy link|linki kopyala|bağlantıyı kopyala|keçidi kopyala|скопировать ссылку)(?![\p{L}])/gu

/** A share bar: an optional "Paylaş:" label and nothing but networks ("Facebook | X | WhatsApp", "Share on X"). */
export function isShareBar(folded: string): boolean {
  // "Share Corridor Weekly:", "Bu yazıyı paylaş:": a share label may name what is shared
  const labels = [SHARE_LABEL.exec(folded)?.[0] ?? '', NAMED_SHARE_LABEL.exec(folded)?.[0] ?? '']
  return labels.some((label) => {
    const tokens = folded
      .slice(label.length)
      // "Download PDF (1.2 MB) | Print | Share": a download's size
      .replace(/\(\d[\d.,]*\s*[kmg]b\)/gu, ' ')
      // "Copy link", "Bağlantıyı kopyala": a button of two words
      .replace(COPY_LINK, ' ')
      .split(/[\s|,/•·]+/u)
      .filter(Boolean)
    return tokens.every((token) => SHARE_TOKENS.has(token)) && (label !== '' || tokens.length > 0)
  })
}

/** "Listen on: Apple Podcasts | Spotify | RSS": the platforms a podcast plays on. */
export const LISTEN_ON =
  /^(?:listen on|dinle|dinlə|dinləyin|слушайте на|слушать на)\s*:?\s*(?:(?:apple podcasts|google podcasts|spotify|youtube music|youtube|castbox|yandex music|яндекс музыка|rss|soundcloud|deezer)\s*[|,•·]?\s*)+$/u
/**
 * "Скачать годовой отчет (PDF, 184 стр.)", "Download the report (PDF, 2.1 MB)": a link to a file; or any short line that
 * ends in a file's size ("Hesabatı PDF formatında yükləyin (4,8 MB)"), maybe before a pager ("| Next chapter").
 */
export const DOWNLOAD_LINK =
  /^(?:download|indir|yüklə|скачать)(?![\p{L}])(?:.{0,80}\((?:pdf|docx?|xlsx?|zip|mp3|mp4|m4a|ogg|wav)(?![\p{L}])[^()]{0,30}|\s+(?:pdf|docx?|xlsx?|zip|mp3|mp4|m4a|ogg|wav)\s*\(\d[\d.,]*\s*(?:kb|mb|gb|кб|мб))\)$|^.{0,80}\((?:(?:pdf|docx?|xlsx?|zip)\s*,?\s*)?(?:\d{1,4}\s*(?:с|стр|s|pp?|sayfa|səh)\.?\s*,\s*)?\d{1,4}(?:[.,]\d{1,2})?\s*(?:kb|mb|gb|кб|мб|гб)\)(?:\s*[|·].{0,60})?$/u
/**
 * A quiz's choices on one line, lettered in Latin or Cyrillic ("A) 12 min ton   B) 35 min ton   C) 58 min ton", "А) 6
 * часов  Б) 18 часов  В) 36 часов"): guesses offered, no facts; the answer's explanation tells the figure.
 */
export const QUIZ_OPTIONS = /^[AА]\)\s*.{1,60}?\s+[BБ]\)\s*.{1,60}?(?:\s+[CВ]\)\s*.{1,60}?)?(?:\s+[DГ]\)\s*.{1,60}?)?$/u
/** "Вопрос № 312", "Soru No: 12", "Question #7": a column's running number, alone on its line. */
export const RUNNING_NUMBER =
  /^(?:вопрос|sual|soru|question|выпуск|episode|bölüm)\s*(?:№|no\.?|#|nömrə)?\s*:?\s*\d{1,4}$/u
/**
 * "CASPIAN FREIGHT WEEKLY | Issue #112", "Lojistik Bülteni · Sayı 212": a newsletter's name and its issue's number; or
 * the issue's number, its date and reading time ("Issue #214 · Friday, 5 June 2026 · 6 min read").
 */
export const ISSUE_MASTHEAD =
  /^[^|·—–]{2,60}(?:\s+[|·]\s+[^|·—–]{2,80})?\s+[|·—–]\s+(?:issue|sayı|say|buraxılış|выпуск|номер)\s*(?:№|no\.?|#|nömrə)?\s*:?\s*\d{1,4}$|^(?:issue|sayı|buraxılış|выпуск|номер)\s*(?:№|no\.?|#|nömrə)?\s*:?\s*\d{1,4}\s+[|·•]\s+.{0,60}[|·•]\s+\d{1,2}\s*(?:min|mins|dk|dəq|мин)\.?(?:\s+(?:read|okuma|oxu|чтения))?$/u
/**
 * "[Image: Construction cranes above unfinished apartment blocks]", "[Görsel: Aktau Limanı'nda …]": a picture's
 * description for readers who cannot see it, as a browser's reader mode or a text-only export prints it in brackets.
 */
export const IMAGE_ALT_TEXT =
  /^\[(?:image|img|picture|görsel|resim|fotoğraf|şəkil|təsvir|изображение|фото|photo|foto)\s*:\s*[^\]]{2,240}\]$/u
/**
 * A browser's reader mode over the page: "Okuyucu Görünümü | Metin boyutu: A- A A+ | Tema: Açık Koyu Sepya", "Reader
 * view · Text size: A- A A+", "Режим чтения | Размер шрифта: A- A A+".
 */
export const READER_TOOLBAR =
  /(?:^|[|·]\s*)(?:reader\s+(?:view|mode)|okuyucu\s+(?:görünümü|modu)|okuma\s+modu|oxu(?:cu)?\s+rejimi|режим\s+чтения)\s*(?:[|·]|$)|(?:text\s+size|font\s+size|metin\s+boyutu|yazı\s+boyutu|mətn\s+ölçüsü|şrift\s+ölçüsü|размер\s+(?:шрифта|текста))\s*:?\s*a-\s+a\s+a\+/u
/** "Fotoğraf: AA", "Photo: KTZ press service": a photo's credit alone on its line, a few words and no figure. */
/** A credit alone, maybe in brackets or behind a camera ("Foto: AA", "📷 Фото: пресс-служба КГД", "[Fotoğraf: Murat Şen / Gündem Ekonomi]"), or the author's ("Фото автора"). */
export const CREDIT_ALONE =
  /^(?:[📷📸]\s*)?[[(]?(?:photo|photograph|photographer|foto|fotoğraf|фото|şəkil|görsel)\s*:\s*[^\d.!?]{2,50}[\])]?$|^(?:фото|photo|foto|fotoğraf)\s+(?:автора|by\s+the\s+author|yazarın|müəllifin)$/u

/**
 * "3 comments", "14 yorum", "Şərh: 2", "Комментарии: 5", "Yorum yap (42)": a count of comments beside a reading time,
 * a view count or a share bar.
 */
const COMMENT_COUNT =
  /^(?:(?:💬\s*)?\d{1,6}\s+(?:comments?|yorum|şərh|комментари\p{L}*)|(?:comments?|yorumlar?|şərhlər?|şərh|комментари\p{L}*)\s*:?\s*\(?\d{1,6}\)?|(?:yorum\s+yap|şərh\s+yaz|comment|add\s+a\s+comment|комментировать)\s*\(\d{1,6}\))$/u
/** "Версия для печати", "Print", "Yazdır", "Скачать PDF (412 КБ)": buttons to print the page or fetch it as a file. */
export const PRINT_OR_FILE =
  /^(?:(?:export\s+to|экспорт\s+в|excel'?[eə]\s+(?:aktar|ixrac))\s*(?:excel|csv|pdf)?|print(?:\s+version)?|printer-friendly(?:\s+version)?|yazdır|çap\s+et|çap\s+versiyası|версия\s+для\s+печати|печать|(?:download|indir|yüklə|скачать)\s+(?:pdf|docx?)(?:\s*\(\d[\d.,]*\s*(?:kb|mb|кб|мб|pages?|sayfa|səhifə|стр\.?|страниц\p{L}*)\))?|(?:pdf|xlsx?|docx?|csv)\s+(?:indir|yüklə)(?:\s*\(\d[\d.,]*\s*(?:kb|mb|кб|мб)\))?|listen\s+to\s+the\s+(?:call|webcast)|add\s+[\p{L}\d.]{1,12}\s+to\s+(?:my\s+)?watchlist|izleme\s+listesine\s+ekle|добавить\s+в\s+избранное|(?:pdf|docx?|word|xlsx?|excel)\s*\(?\d[\d.,]*\s*(?:kb|mb|кб|мб)\)?)$/u
/**
 * A database's controls over its records: how many it found ("Найдено записей: 5", "Gösterilen: 1-8 / 8 kayıt",
 * "Showing 1–8 of 8 records"), a row of filters that starts with "all" ("Статус: Все | Действующие | …", "Filtrele:
 * Tümü | Yürürlükte | …") and a drop-down list ("Выбрать страну ▼").
 */
export const DATABASE_CONTROL =
  /^(?:(?:найдено\s+(?:записей|документов|результатов)|records?\s+found|results?|gösterilen|bulunan\s+kayıt|tapılan\s+qeyd(?:\s+sayı)?)\s*:\s*[\d\s/–-]+(?:\s*(?:kayıt|records?|qeyd|записей))?|showing\s+\d+\s*[–-]\s*\d+\s+of\s+\d+(?:\s+(?:records|results|entries))?|gösterilen\s*:\s*\d+\s+\p{L}+\s*\(\s*toplam\s+\d[\d.]*(?:\s+\p{L}+){0,2}\s*\)|(?:showing\s+(?:the\s+)?(?:latest|last)|показаны\s+(?:последние)?)\s*\d+\s+(?:of|из)\s+\d[\d\s,.]*(?:\s+\p{L}+){0,3}|[\p{L}\s]{2,30}:\s*(?:tümü|all|все|hamısı)\s*\|.*|[\p{L}\s]{2,40}\s*[▼▾])$/u
/** "Listen to this article (6:12)", "Listen to this article · 5:48", "Haberi dinle (3:40)": a button that reads the story aloud, with its length. */
export const LISTEN_LENGTH =
  /^(?:listen\s+to\s+(?:this\s+)?(?:article|story)|(?:haberi|makaleyi)\s+dinle|xəbəri\s+dinlə|слушать\s+(?:статью|новость))\s*(?:·\s*)?\(?\d{1,2}:\d{2}\)?$/u

/** "👁 2 184", "💬 6": a count of views or comments behind its icon. */
const EMOJI_COUNT = /^(?:👁️?|💬|❤️?|👍)\s*\d[\d.,\s]*[kкm]?$/u
/** "👍 318 🔥 44 👏 27", "👁 9,8K  09:12": a post's reactions, or its views and time, each count behind its icon. */
// (maybe after the question they answer, each count parted by a bar: "Bu haberi nasıl buldunuz? 😊 128 | 😐 11 | 😠 4")
export const REACTIONS =
  /^(?:[^?\d]{3,60}\?\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*\d[\d.,]*[kкm]?\s*[|·]?\s*)+(?:\d{1,2}:\d{2})?$/u

/** A counter line: ids and view counts, alone or joined by bars ("Haber ID: 184273 | Okunma: 1.842"). */
/** A help page's version beside its number and reading time: "Makale No: SLR-4471 · Sürüm 3.2 · Okuma süresi 7 dk". */
const VERSION = /^(?:sürüm|versiyon|version|versiya|версия)\s*:?\s*\d{1,3}(?:\.\d{1,3}){1,2}$/u

export const isCounter = (folded: string) => {
  // parts between bars or wide gaps, or after a reading time and before an icon, as the gaps may have been closed
  // ("Okunma: 2 dk. Yorum (3)", "Oxunma müddəti: 5 dəq. 👁 2 184")
  // "5 min read · 3 comments": a middle dot joins counts too, though a share bar's networks keep theirs
  const parts = folded
    .split(/\s*\|\s*|\s{3,}|\s+(?=👁|💬|❤|👍)|(?<=(?:dk|dəq|min|мин)\.)\s+/u)
    .flatMap((part) => (isShareBar(part) ? [part] : part.split(/\s+·\s+/u)))
  // "▶ Видео | 3:12 | 1 845 просмотров": a video's label and length beside its count
  const media = (part: string) => /^(?:▶\s*)?(?:video|видео)$|^\d{1,2}:\d{2}$/u.test(part)
  // "Galeriyi başlat ▶ | 14 fotoğraf", "Yorum (3)": a button beside it; "Чтение: 5 мин | Просмотры: 2 071": a reading time
  const button = (part: string) => WIDGET_LINES.has(part.replace(BUTTON_COUNT, '')) || /^yorum \(\d+\)$/u.test(part)
  // "Gömrük | 👁 2 314 baxış": the story's section beside its count
  const section = (part: string) => parts.length === 2 && /^\p{L}+(?:\s\p{L}+)?$/u.test(part)
  const other = (part: string) =>
    media(part) ||
    section(part) ||
    PRINT_OR_FILE.test(part) ||
    TEXT_SIZE_BUTTONS.test(part) ||
    READING_TIME_LINE.test(part) ||
    button(part) ||
    EMOJI_COUNT.test(part) ||
    COMMENT_COUNT.test(part) ||
    READERS_RATING.test(part) ||
    VERSION.test(part) ||
    isShareBar(part)
  const counts = (part: string) =>
    COUNTER_PART.test(part) ||
    (parts.length > 1 && (READING_TIME_LINE.test(part) || EMOJI_COUNT.test(part) || COMMENT_COUNT.test(part)))
  return parts.some(counts) && parts.every((part) => COUNTER_PART.test(part) || other(part))
}

/**
 * A site menu: three or more bare words or short phrases between bars or wide gaps ("Künye | Reklam | İletişim",
 * "Politics   Economy   Energy"), or a run of section names with no marks between ("Главная Политика Экономика …").
 */
/** A menu of this many items or more may hold one name of up to `MAX_LONG_MENU_ITEM_WORDS` words. */
const MIN_LONG_MENU_ITEMS = 5
const MAX_LONG_MENU_ITEM_WORDS = 5
/** A tab's name with its count after it: "FAQ 14", "Comments 212", "Şərhlər 41". */
const COUNTED_TAB = /^[\p{L}&'’–—-]+(?:\s[\p{L}&'’–—-]+)?\s\d{1,5}$/u

export function isMenu(line: string): boolean {
  const items = line.trim().split(/\s*[|•]\s*|\s{2,}|\t/u)
  // "Programme 2028", "Cart (0)", "Gelen Kutusu (14)": a section may carry its year or a count; "5–11 классы": one
  // item may hold other digits
  const short = (item: string) => item.length <= MAX_MENU_ITEM_CHARS && words(item).length <= 3
  const bare = (item: string) => /^[\p{L} &'’–—-]+(?:\s(?:19|20)\d{2})?(?:\s\(\d{1,5}\))?$/u.test(item)
  // "Campaign | Rewards | FAQ 14 | Updates 4 | Comments 212": a page's tabs, some with their counts, when as many
  // carry none ("Exports 12 | Imports 34 | Transit 56" is a line of figures)
  const counted = items.filter((item) => COUNTED_TAB.test(item))
  const tabs = items.length >= 4 && counted.length > 0 && counted.length * 2 <= items.length && line.includes('|')
  const numbered = items.filter((item) => !bare(item) && !(tabs && counted.includes(item)))
  const bareItems =
    items.length >= 3 &&
    // (a long menu may hold one longer name: "Ana Sayfa | … | Yürütme ve İdare Bölümü | İlân Bölümü | …")
    items.filter((item) => !short(item)).length <= (items.length >= MIN_LONG_MENU_ITEMS ? 1 : 0) &&
    items.every((item) => words(item).length <= MAX_LONG_MENU_ITEM_WORDS) &&
    numbered.length <= 1 &&
    numbered.every((item) => /^[\p{L}\d &'’–—-]+$/u.test(item) && /\p{L}/u.test(item))
  return bareItems || isSectionRun(line)
}

/** Section names a line of them must hold: at least three, and half its words. */
const MIN_SECTION_NAMES = 3

/** A menu printed as one line of section names: no marks, and half its words or more are known section names. */
function isSectionRun(line: string): boolean {
  if (!/^[\p{L} &'’-]+$/u.test(line)) return false
  return foldVariants(line).some((folded) => {
    const tokens = words(folded)
    let known = 0
    for (let i = 0; i < tokens.length; i++) {
      const pair = `${tokens[i]} ${tokens[i + 1] ?? ''}`
      if (SECTION_NAMES.has(pair)) {
        known += 2
        i++
      } else if (SECTION_NAMES.has(tokens[i] ?? '')) known += 1
    }
    return known >= MIN_SECTION_NAMES && known * 2 >= tokens.length
  })
}

/** "You are here:", "Buradasınız:", "Вы здесь:": a label some sites put before their trail. */
const TRAIL_LABEL = /^(?:you\s+are\s+here|(?:siz\s+)?buradasınız|siz\s+buradasınız|вы\s+здесь)\s*:\s*/u

/**
 * A breadcrumb trail: crumbs between "›", "»", ">", "→" or " / ", led by the home page or three crumbs or more ("Anasayfa › Demiryolu › Yük Taşımacılığı", "Home > News", "Главная / Новости").
 */
export function isBreadcrumb(line: string): boolean {
  if (/\d{1,2}[:.]\d{2}/u.test(line)) return false
  // guillemets around a name quote it ("… для «электронной очереди» и …"): only a lone "»" parts crumbs
  const crumbs = foldCase(line.replace(/«([^«»]*)»/gu, '"$1"'), 'tr')
    .replace(TRAIL_LABEL, '')
    .split(/\s*[›»>→]\s*|\s+\/\s+/u)
    .map((crumb) => crumb.trim())
  if (crumbs.length < 2 || crumbs.some((crumb) => crumb === '')) return false
  // "Anasayfa > Yazarlar > Prof. Dr. … > Türkmen pamuğu, Özbek ipliği ve …": a trail from the home page may end on the
  // page's own title, however long
  const steps = crumbs.length >= 3 && BREADCRUMB_ROOT.test(crumbs[0] ?? '') ? crumbs.slice(0, -1) : crumbs
  if (steps.length === crumbs.length && line.length > MAX_SHORT_CHARS) return false
  if (steps.some((crumb) => words(crumb).length > 6)) return false
  if (BREADCRUMB_ROOT.test(crumbs[0] ?? '')) return true
  // "Show News › Day 3", "Podcasts › The Lloyd's List Podcast": a single angle quote between two crumbs is a trail's
  // step, no headline's mark
  if (crumbs.length === 2 && /\s›\s/u.test(line)) return true
  // "Careers > Open positions": an arrow between two short crumbs, one of more than a word, no number ("Azərbaycan >
  // Qazaxıstan" is a route)
  const short = crumbs.every((c) => words(c).length <= 3) && crumbs.some((c) => words(c).length > 1)
  if (crumbs.length === 2 && /\s>\s/u.test(line) && !/\d/u.test(line) && short) return true
  if (crumbs.length < 3 || /[.!?;,]$/u.test(line)) return false
  // Arrows make a trail; slashes only between short crumbs ("Новости / Экономика / Транспорт").
  return /[›»>→]/u.test(line) || crumbs.every((crumb) => words(crumb).length <= 3)
}

/** A news-feed item: a time, maybe after a date, then a headline ("10:32 | İqtisadiyyat | …", "11:05 Экономика …"). */
const FEED_ITEM =
  /^(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+|\d{1,2}\s+\p{L}+\s+)?\d{1,2}:\d{2}\s*(?:[|•·–—-]\s*)?\p{L}/u
/** A feed item with bars after the time: no sentence starts like that, so one alone is enough. */
export const BARRED_FEED_ITEM = /^(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s+)?\d{1,2}:\d{2}\s*\|/u

// a sentence closed by its stop, maybe inside a closing quote ("… artıracağıq."), is a live entry, no feed item
export const isFeedItem = (line: string) =>
  line.length <= MAX_LINK_CHARS && FEED_ITEM.test(line) && !/[.;,!?]["'”’»)]*$/u.test(line)

/** What a button shows after its name: a count or a length ("(12)", "(4 min)", "(3 dk)", "(5 мин.)"). */
export const BUTTON_COUNT = /\s*\(\d+(?:\s*(?:min|dk|dəq|мин)\.?)?\)$/u

/** What a photo's caption looks like: a short line that is no finished sentence. */
export const isCaptionShaped = (line: string) => line.length <= MAX_CAPTION_CHARS && !/[.!?]["'”’»)]*$/u.test(line)
const MAX_CAPTION_CHARS = 300

/**
 * One quote of a market ticker: a code, pair or short name, a price, maybe its change ("USD/KZT 512.40 ▲0.3%",
 * "Brent $71.20 ▼1.1%", "USD 1.7000", "KASE 5,742 ▲0.4%", "Нефть $71,2", "BIST 100 10.482,17 (%0,41)", "Brent 71,40 $",
 * "DOLAR 41,28 ▲", "FAİZ %40,50", "Уран (U3O8) $78,50/фунт", a share in its currency: "CGWP 4,215.00 KZT +1.8%").
 */
const TICKER_QUOTE =
  /^[\p{L}/&.]{2,12}(?:\s(?:[\p{L}\d/&.]{2,12}|\([\p{L}\d]{2,8}\)))?\s+[$€₼₸₽%]?\d[\d.,\s]*[$€₼₸₽₺]?(?:\s?\p{Lu}{2,3}(?=\/)|\s\p{Lu}{3}(?=\s|$))?(?:\/\p{L}{1,8})?\s*(?:\(?[▲▼↑↓+−–-]?\s?%?\s?\d[\d.,]*\s?%?\)?|[▲▼↑↓])?$/u
/** The weather a ticker may carry: "Hava: Bakı +17°C", "Bakı +17°", "Астана −5°C". */
// with its label stripped ("Погода в Актау: +24 °C"), the temperature may stand alone
const WEATHER_PART = /^(?:(?:\p{L}{2,12}:\s*)?\p{Lu}\p{L}{1,15}\s+)?[+−-]?\d{1,2}\s?°\s?[CF]?$/u

/**
 * A site's weather line alone: a place and its temperature, maybe labelled and followed by the wind or the sky ("Hava:
 * Ələt +17°C, külək 9 m/san", "Weather: Almaty −3°C, snow", "Погода: Актау +21°, ветер 5 м/с").
 */
const WEATHER_LINE =
  /^(?:\p{L}{2,12}(?:\s\p{L}{2,12})?:\s*)?\p{Lu}[\p{L}-]{1,15}\s+[+−-]?\d{1,2}\s?°[CF]?(?:[,;|]\s*[^.!?]{1,40})?$/u
export const isWeatherLine = (line: string) => line.length <= 80 && WEATHER_LINE.test(line.trim())

/** The label a ticker may open with: "Canlı Borsa:", "Markets:", "Рынки:". */
const TICKER_LABEL = /^[\p{L}\s]{2,30}:\s*/u

/** A line of two or more market quotes between bars or wide gaps: a site's ticker, not the story's figures. */
export function isMarketTicker(line: string): boolean {
  const quotes = line
    .replace(TICKER_LABEL, '')
    .split(/\s*\|\s*|\s{3,}|\t+/u)
    .filter((part) => part.trim() !== '')
  // "CANLI: Piyasalarda gün ortası | Dolar/TL 43,41 | Euro/TL 50,96": a title of words may lead the quotes
  if (quotes.length >= 3 && /^[\p{L}\s]{2,40}$/u.test(quotes[0]?.trim() ?? '')) quotes.shift()
  // the weather opens a ticker or closes it ("USD 507,92   EUR 553,40   Шымкент +34°")
  const isQuote = (quote: string, index: number) =>
    TICKER_QUOTE.test(quote) || ((index === 0 || index === quotes.length - 1) && WEATHER_PART.test(quote))
  return quotes.length >= 2 && quotes.every((quote, index) => isQuote(quote.trim(), index))
}

/** Longest teaser of a story on another page: a headline and its page. */
export const MAX_POINTER_CHARS = 120

/** Why a single line is site furniture rather than article text, or null when it may be article text. */
/** Two buttons or more in square brackets and nothing else (no digits inside: "[12]" is a footnote's mark). */
export const BRACKETED_BUTTONS = /^\s*(?:\[[^\]\d]{1,40}\]\s*){2,}$/u
/** Two widgets or more, each an icon and a few words ("🔍 Search", "✉ Subscribe"), apart by bars or wide gaps. */
export const ICON_WIDGETS =
  /^\s*(?:[\p{Extended_Pictographic}✉☎⤓⬇]\uFE0F?\s*\p{L}[\p{L}\d .-]{1,29}?\s*(?:\||\t|\s{2,}|$)\s*){2,}$/u
/**
 * A messenger's export around a chat (folded): its banner ("Telegram Desktop · Söhbət tarixçəsinin ixracı", "WhatsApp
 * Chat Export"), its system lines ("Messages and calls are end-to-end encrypted", "<Media omitted>") and its end.
 */
export const MESSENGER_FURNITURE =
  /(?:telegram desktop|whatsapp chat|chat export|söhbət tarixçəsi|экспорт (?:истории )?чата|sohbet geçmişi|end-to-end encrypted|uçtan uca şifrel|<media omitted>|<end of export>|<medya dahil edilmedi>)/u
