// Widgets of live pages, players and programme pages, each alone on its line: what a reader clicks or glances at,
// never what the story says.

import { foldCase } from './text'

/** A media player's position and length: "▶ 00:00 / 03:42", "0:00 / 12:05". */
export const PLAYER_TIME = /^(?:[▶►⏵]\s*)?\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u

/** A live page's counter of entries: "Live coverage · 9 updates", "Canlı anlatım · 12 gelişme", "Онлайн · 9 обновлений". */
export const LIVE_COUNTER =
  /^(?:live(?:\s+(?:coverage|blog|updates))?|canlı(?:\s+(?:anlatım|yayın|blog))?|canlı\s+izləmə|онлайн(?:-трансляция)?|прямая\s+трансляция)\s*[·•|:–-]?\s*\d{1,4}\s+(?:updates?|posts?|entries|güncelleme|gelişme|yenilənmə|yenilik|обновлени\p{L}*|запис\p{L}*)$/u

/**
 * A live page's refresh switch: "Otomatik güncelleme: AÇIK | Sayfayı yenile", "Auto-refresh: on", "Автообновление:
 * вкл." or its button ("Səhifəni yeniləyin – xəbər yenilənir", "Sayfayı yenile ⟳ | …"), and a flash's note that it is
 * still being written ("Xəbər yenilənir.", "Новость дополняется").
 */
export const AUTO_REFRESH =
  /^(?:otomatik\s+güncelleme|otomatik\s+yenileme|avtomatik\s+yenilənmə|auto-?\s?refresh|auto-?\s?update|автообновление)\s*:?\s*(?:açık|kapalı|on|off|aktiv|deaktiv|вкл\.?|выкл\.?)(?:\s*\|.*)?$|^(?:[⟳↻🔄]\s*)?(?:refresh\s+(?:the\s+)?page|sayfayı\s+yenile(?:yin)?|səhifəni\s+yenilə(?:yin)?|обновите\s+страницу|обновить\s+страницу)(?:\s*[⟳↻🔄])?(?:\s*[–—|-].{0,60})?$|^(?:xəbər\s+yenilənir|haber\s+güncelleniyor|новость\s+дополняется|материал\s+дополняется|this\s+(?:story|article)\s+is\s+(?:developing|being\s+updated)|this\s+is\s+a\s+developing\s+story|developing\s+story)[.!…]?$/u

/**
 * A programme page's air time and length: "Эфир: 15 октября 2025, 19:30 (время Астаны). Продолжительность: 42 мин.",
 * "Yayın tarihi: 3 Ekim 2025, 20:00", "Duration: 38 min", "Duration: 31:47".
 */
export const PROGRAMME_META =
  /^(?:(?:эфир|в\s+эфире|efir|yayın(?:\s+tarihi)?|aired|broadcast|on\s+air)\s*:.{0,60}\d{1,2}[:.]\d{2}|(?:продолжительность|длительность|duration|süre|müddət)\s*:\s*(?:\d{1,3}\s*(?:мин|min|dk|dəq)|\d{1,2}:\d{2}(?::\d{2})?$))/u

/** The buttons that size a page's text, alone or beside others: "A+ A-", "A- A A+". */
// (maybe with the print button after them: "A+ A- Yazdır")
export const TEXT_SIZE_BUTTONS = /^(?:a[+-]?\s*){2,3}(?:(?:yazdır|print|печать|çap\s+et)\s*)?$/u

/** A byline that is a name and an e-mail address: "Murat Yüce | muratyuce@lojistikhatti.com". */
export const MAIL_BYLINE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*[|,–—-]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u

/** A button that plays a station's or channel's live stream: "Слушать прямой эфир ▶", "Canlı dinle", "Watch live". */
export const LISTEN_LIVE =
  /^(?:(?:слушать|смотреть)\s+(?:прямой\s+эфир|онлайн|эфир)|(?:listen|watch)\s+live|canlı\s+(?:dinle|izle|yayın)|canlı\s+(?:dinlə|izlə|yayım)|(?:efiri|efirə)\s+(?:dinlə|qulaq\s+as|izlə))\s*[▶►]?$/u

/**
 * A page's rating by its readers: "Rating: 4.2 of 5 (27 votes)", "★★★★★ 4.8 (126 reviews)", "Оценка: 4,2 из 5 (27
 * голосов)"; its label may name whose rating it is, and its stars stand before the number ("Рейтинг петиции: 4,8 из 5
 * (1 203 оценки)", "Okur puanı: ★★★★★ 4,7/5 (326 oy)", "★ 4,7 (212 oy)").
 */
export const READERS_RATING =
  /^(?:(?:\p{L}+\s+)?(?:rating|reyting|reytinq|puan\p{L}*|değerlendirme|qiymətləndirmə|оценка|рейтинг)(?:\s+\p{L}+)?\s*:?\s*)?[★☆]*\s*\d(?:[.,]\d)?(?:\s*(?:of|из|\/)\s*(?:5|10))?\s*\(\s*\d[\d\s.,]*\s*(?:votes?|reviews?|ratings?|oy|değerlendirme|yorum|səs|rəy|голос\p{L}*|отзыв\p{L}*|оцен\p{L}*)\s*\)$/u

const YES_OR_NO = '(?:yes|no|evet|hayır|bəli|xeyr|да|нет)'
/**
 * A form's field or a feedback button, alone on its line (folded): a question with a yes or no answer ("Yapılan
 * Açıklama Düzeltme mi? Hayır", "Was this article useful? Yes | No"), an empty list ("İlgili Şirketler []"), a
 * notice's number ("Bildirim ID: 1534872", "Материал №41527", "Basın Açıklaması No: 2026/047"), a comment count
 * alone ("12 comments"), a language switch ("English (en) ▾"), a video button with its length ("Videonu izlə |
 * 3:42"), a file to download with its size ("CSV · 4,2 KB"), a readers' rating ("Rating: 4.2 of 5 (27 votes)"), a calculator's
 * button ("[Hesabla]") and a crowdfunding page's buttons ("Back this project", "Created 2 projects | 1 backed").
 */
export const FORM_FIELD = new RegExp(
  [
    // (a guide's feedback with its counts: "Bu rehberi faydalı buldunuz mu? Evet (218) | Hayır (9)")
    String.raw`^[^?]{3,80}\?\s*${YES_OR_NO}(?:\s*\(\d{1,6}\))?(?:\s*[|/]\s*${YES_OR_NO}(?:\s*\(\d{1,6}\))?)?$`,
    String.raw`^\p{L}[\p{L} ]{1,40}\s*\[\s*\]$`,
    // a search or filter form, its fields and button in brackets behind a label: "Search jobs: [ keyword ] [ location ▼ ]
    // [ Search ]", "Отследить контейнер: [ номер контейнера ] [Найти]", "Konteyner No ile takip: [______] [Sorgula]"
    String.raw`^\p{L}[\p{L}\s/]{1,50}:\s*(?:\[[^\]]{0,40}\]\s*){2,}$`,
    String.raw`^(?:bildirim|duyuru|notice|filing|материал|новость|статья|sənəd|(?:basın\s+)?açıklama(?:sı)?|press\s+release|пресс-релиз|mətbuat\s+relizi|(?:(?:müşteri|customer|müştəri)\s+)?(?:duyurusu|notice|bildirişi)|(?:уведомление|извещение|информационное\s+письмо)(?:\s+(?:клиентам|для\s+клиентов))?)\s*(?:id|no\.?|№|#)\s*:?\s*(?:\d{4}\s*[/-]\s*\d{1,6}|\d{3,10}|(?=[\p{L}\d/-]*\d)[\p{L}\d]+(?:[/-][\p{L}\d]+){1,4})$`,
    String.raw`^\d{1,5}\s+(?:comments?|yorum|şərh|комментари\p{L}*)$`,
    String.raw`^(?:english|türkçe|azərbaycanca|azərbaycan dili|русский|deutsch|français)(?:\s*\([a-z]{2}\))?\s*[▾▼⌄]$`,
    String.raw`^(?:watch(?:\s+the)?\s+video|videoyu\s+izle|videonu\s+izlə|смотреть\s+видео)\s*[|·▶►]?\s*\d{1,2}:\d{2}$`,
    // a file to download with its format and size ("CSV · 4,2 KB", "XLSX — 187 KB — Download"), the label over them
    String.raw`^(?:csv|xlsx?|json|xml|pdf|zip|ods|docx?|geojson)(?![\p{L}])[^.!?]{0,60}?\d[\d.,]*\s?(?:kb|mb|gb|кб|мб)(?![\p{L}])[^.!?]{0,30}$`,
    String.raw`^(?:yüklə|downloads?|скачать|i̇ndir|indir|endir)\s*:?$`,
    // a page's rating by its readers
    READERS_RATING.source,
    // a petition's counter and button: "12 847 человек подписали · Цель: 25 000", "4,210 signatures · Goal: 5,000",
    // "Подписать эту петицию", "Sign this petition"
    String.raw`^\d[\d\s.,]*\s+(?:человек\s+подписал\p{L}*|подпис\p{L}*|signatures?|people\s+(?:have\s+)?signed|kişi\s+imzaladı|imza|nəfər\s+imzala\p{L}*)(?:\s*[·|]\s*(?:цель|goal|hedef|məqsəd)\s*:?\s*\d[\d\s.,]*)?$`,
    String.raw`^(?:подписать\s+(?:эту\s+)?петицию|sign\s+(?:this\s+|the\s+)?petition|(?:bu\s+)?(?:kampanyayı|dilekçeyi|imza\s+kampanyasını)\s+imzala|(?:bu\s+)?petisiyanı\s+imzala)$`,
    // a shop's or a guide's buttons: "Fiyatı Gör »", "Bayiden Teklif Al", "Check price", "Узнать цену"
    String.raw`^(?:fiyatı\s+gör|fiyatları\s+gör|(?:bayiden\s+)?teklif\s+al|hemen\s+satın\s+al|satın\s+al|see\s+(?:the\s+)?price|check\s+price|buy\s+now|get\s+a\s+quote|qiyməti\s+gör|təklif\s+al|узнать\s+цену|купить(?:\s+сейчас)?)\s*[»›>]?$`,
    // how many readers found a help page useful: "1.942 satıcı bu makaleyi faydalı buldu", "214 people found this
    // helpful", "Статья была полезна 86 пользователям"
    String.raw`^\d[\d\s.,]*\s+\p{L}+\s+(?:bu\s+)?(?:makaleyi|yazıyı|içeriği|rehberi|yanıtı|cevabı)\s+(?:faydalı|yararlı)\s+buldu\.?$|^\d[\d\s.,]*\s+\p{L}+\s+(?:bu\s+)?(?:məqaləni|yazını|cavabı)\s+faydalı\s+(?:hesab\s+edib|hesab\s+etdi|sayıb|tapıb)\.?$|^\d[\d\s.,]*\s+(?:\p{L}+\s+)?found\s+this(?:\s+(?:article|answer|page|guide))?\s+(?:helpful|useful)\.?$|^(?:эта\s+)?статья\s+(?:была\s+)?полезна\s+\d[\d\s.,]*\s+\p{L}+$`,
    // a circular's number and reference over its title ("Circular No. 14/2026 · Ref. LP/CAS/0914", "Genelge No: 2026/7")
    String.raw`^(?:circular|sirküler|genelge|sirkulyar|циркуляр)\s*(?:no\.?|№|#|nr\.?|sayı)?\s*:?\s*\d{1,4}(?:\/\d{1,4})?(?:\s*[·|]\s*(?:ref\.?|reference|referans)\s*:?\s*[\p{L}\d/.-]{2,30})?$`,
    // a recipe page's button to skip its story: "Tarife Geç ↓", "Jump to Recipe", "Перейти к рецепту"
    String.raw`^(?:tarife\s+geç|reseptə\s+keç|jump\s+to\s+(?:the\s+)?recipe|перейти\s+к\s+рецепту)\s*[↓⬇▼]?$`,
    // a calculator's button: "[Hesabla]", "Calculate", "Рассчитать"
    String.raw`^\[?\s*(?:hesabla|hesapla|calculate|рассчитать|посчитать)\s*\]?$`,
    // a crowdfunding page's buttons and its creator's record: "Back this project", "Remind me", "Bu layihəni
    // dəstəklə", "Поддержать проект", "Created 2 projects | 1 backed", "Report this project to …", "Load more comments"
    String.raw`^(?:back this project|support this project|remind me|(?:bu\s+)?layihəni\s+dəstəklə|(?:bu\s+)?projeyi\s+destekle|поддержать\s+проект|напомнить(?:\s+мне)?)$`,
    String.raw`^created\s+\d{1,4}\s+projects?(?:\s*[|·]\s*\d{1,4}\s+backed)?$`,
    String.raw`^report\s+this\s+project(?:\s+to\s+[\p{L}\d .-]{1,40})?$`,
    String.raw`^(?:load|show)\s+more\s+comments$|^daha\s+(?:çox|fazla)\s+(?:şərh|yorum)\p{L}*(?:\s+(?:göstər|yükle|yüklə))?$|^(?:показать|загрузить)\s+(?:ещё|еще)\s+комментари\p{L}*$`,
  ].join('|'),
  'u',
)

/**
 * Marks a page sets around its story, each alone on its line (folded): an ad slot ("[Reklam]", "[REKLAM ALANI
 * 728x90]"), a live badge ("🔴 CANLI YAYIN"), a page counter ("Стр. 4 из 212", "Page 4 of 212"), a columnist's
 * archive link ("Tüm yazıları (212)"), a call to log in ("Elektron xidmətlər portalına daxil olun", "Sign in to your
 * account"), a channel's pinned post ("Закреплённое сообщение: Прайс на рекламу и правила канала") and an
 * advertisement marked as Russian law asks ("Реклама. ТОО …", "erid: 2VtzqxGh7Ym"), a publication's identifiers ("ISSN
 * 2791-0473 | DOI 10.55555/cci.pb.47"), a video's play button and the label over its text ("Haberin video metni"),
 * an archive's pager ("Səhifə: 1 2 3 [4] 5", "« Önceki sayfa · 1 2 3 … 39 · Sonraki sayfa »") and a scanned page's note that its text was read by OCR.
 */
export const PAGE_MARKS = new RegExp(
  [
    String.raw`^\[\s*(?:reklam(?:\s+alanı)?|advertisement|ad|реклама|reklam\s+yeri)(?:\s+\d{2,4}\s*[x×]\s*\d{2,4})?\s*\]$`,
    String.raw`^(?:🔴|●)\s*(?:canlı(?:\s+(?:yayın|yayım))?|live|прямой\s+эфир|онлайн)$`,
    // the badge once the coverage is over: "🔴 CANLI YAYIM BAŞA ÇATDI", "Live coverage has ended", "Трансляция завершена"
    String.raw`^(?:(?:🔴|●)\s*)?(?:canlı\s+(?:yayın|yayım|anlatım|blog)|live(?:\s+(?:coverage|blog))?|(?:онлайн-)?трансляция|прямой\s+эфир)\s+(?:başa\s+çatdı|sona\s+erdi|bitti|(?:has\s+)?ended|is\s+over|завершен[аo]?|окончен[аo]?)\.?$`,
    // (a PDF's page break between dashes too: "--- Sayfa 1 / 2 ---")
    String.raw`^[-=–—\s]*(?:стр\.|страница|page|sayfa|səhifə)\s*\d{1,4}\s*(?:из|of|/)\s*\d{1,4}[-=–—\s]*$`,
    String.raw`^(?:(?:yazarın\s+)?tüm\s+yazıları|bütün\s+yazıları|all\s+(?:articles|columns|posts)|все\s+(?:статьи|материалы|колонки)(?:\s+автора)?)(?:\s*\(\d{1,5}\))?$`,
    String.raw`^(?:\p{L}+\s+){0,4}(?:daxil\s+olun|giriş\s+yapın|oturum\s+açın|sign\s+in|log\s+in|войдите)(?:\s+(?:to\s+)?(?:your\s+)?(?:[\p{L}-]+\s+){0,2}account)?$`,
    // a listing's sort and filter row: "Filtre: Tüm araç tipleri · Kalkış: Tümü · Sırala: En yeni", "Sort by: Newest"
    String.raw`^(?:.{0,100}[·|]\s*)?(?:sırala|sort(?:\s+by)?|сортировка|сортировать|çeşidlə|sıralama)\s*:.{0,60}$`,
    // and a listing's filters with what they found: "Filtr: Anbar · İcarə · Sahə: 300 m²-dən · Tapıldı: 38 elan"
    String.raw`^(?:filtr|filtre|filters?|фильтры?)\s*:[^!?]{0,160}[·|][^!?]{0,160}$`,
    // a page's own contents, a link to a document's full text, and a letters page's call for letters: "Bu sayfada: CEO
    // Mesajı · …", "Kararların tam metni için tıklayınız (PDF)", "Write to us: letters@…"
    String.raw`^(?:bu\s+sayfada|on\s+this\s+page|in\s+this\s+(?:report|section|article)|bu\s+səhifədə|на\s+этой\s+странице|в\s+этом\s+разделе)\s*:.{0,200}[·|].{0,200}$`,
    String.raw`^[^.!?]{0,80}(?:tıklayınız|tıklayın|klikləyin|click\s+here|нажмите\s+(?:здесь|сюда))(?:\s*\((?:pdf|docx?|xlsx?)\))?\s*[»›>]?$`,
    String.raw`^(?:write\s+to\s+us|bize\s+yazın|bizə\s+yazın|пишите\s+нам|напишите\s+нам)\s*:.{0,240}$`,
    // a button to show more of a list: "Показать ещё 20 грузов ›", "Load more", "Daha fazla göster"
    String.raw`^(?:показать\s+ещё|показать\s+еще|show\s+more|load\s+more|daha\s+fazla\s+göster|daha\s+çox\s+göstər)(?:\s+\d{1,4}(?:\s+\p{L}+)?)?\s*[›»>]?$`,
    // a job advert's buttons: "Başvuru yap · İlanı kaydet · Arkadaşına gönder", "Apply now | Save job"
    String.raw`^(?:(?:başvuru\s+yap|hemen\s+başvur|ilanı\s+kaydet|arkadaşına\s+gönder|müraciət\s+et|vakansiyanı\s+yadda\s+saxla|apply(?:\s+now)?|save(?:\s+(?:job|this\s+job))?|share\s+this\s+job|откликнуться|сохранить(?:\s+вакансию)?|отправить\s+другу)\s*(?:[·|]\s*|$)){2,}$`,
    // a newsletter's or an alert's sign-up line: "Newsletter: get the Corridor Brief every Friday – Sign up", "Job
    // alerts: subscribe to receive new vacancies by e-mail", "E-bülten: abone olun", "Рассылка: подпишитесь"
    String.raw`^(?:newsletter|(?:job\s+)?alerts?|e-?bülten|bülten|bülleten|xəbər\s+bülleteni|рассылка|новостная\s+рассылка)\s*:.{0,100}(?:sign\s+up|subscribe|abone\s+ol|abunə\s+ol|подпиш|подписат).{0,40}$`,
    String.raw`^(?:закреплённое|закрепленное|pinned|sabitlenmiş|bərkidilmiş)\s+(?:сообщение|message|post|mesaj)\s*:`,
    String.raw`^реклама\.\s|^erid:\s*\S+$`,
    // a publication's identifiers: "ISSN 2791-0473 | DOI 10.55555/cci.pb.47", "ISBN 978-9952-…"
    String.raw`^(?:(?:issn|isbn|doi)\s*:?\s*[\d./x-]+[\w./-]*(?:\s*\|\s*|\s+|$))+$`,
    // a video's play button with its length, and the label over its text version: "▶ Videoyu izle | 02:47"
    String.raw`^[▶►⏵]\s*(?:videoyu\s+izle|videonu\s+izlə|watch(?:\s+the)?\s+video|смотреть\s+видео)(?:\s*[|·]\s*\d{1,2}:\d{2})?$`,
    String.raw`^(?:haberin\s+)?video\s+metni$|^(?:xəbərin\s+)?videonun\s+mətni$|^(?:text|transcript)\s+of\s+the\s+video$|^текст(?:овая\s+версия)?\s+видео$`,
    // an archive's pager, the page open in brackets: "Səhifə: 1 2 3 4 5 6 [7] 8 9 | PDF yüklə (4,2 MB)" (no page is
    // numbered "000": "2 500 000 000" is an amount)
    String.raw`^(?:(?:страницы?|стр\.|pages?|sayfa|səhifə)\s*:?\s*)?(?:\[?[1-9]\d{0,2}\]?\s+){3,}\[?[1-9]\d{0,2}\]?(?:\s*\|.{0,60})?$`,
    // a file attached to the page: "Attachment: Notice_SRCM_18032026.pdf (2 pages, 214 KB)", "Əlavə: hesabat.pdf"
    String.raw`^(?:attachments?|ek(?:ler)?|əlavə(?:lər)?|вложени\p{L}*|приложени\p{L}*|файл)\s*:\s*\S+\.(?:pdf|docx?|xlsx?|zip)(?:\s*\(.{0,40}\))?$`,
    // a pager between its "previous" and "next" links: "« Önceki sayfa · 1 2 3 … 39 · Sonraki sayfa »"
    String.raw`^[«‹<←]?\s*(?:önceki|previous|prev|предыдущая|назад|əvvəlki)(?:\s+(?:sayfa|page|страница|səhifə))?\s*[·|]?\s*(?:\[?\d{1,3}\]?\s*|[…]\s*|\.{3}\s*)+[·|]?\s*(?:sonraki|next|следующая|вперёд|вперед|növbəti)(?:\s+(?:sayfa|page|страница|səhifə))?\s*[»›>→]?$`,
    // an advert's label with its prompt to scroll past it: "Advertisement · Scroll to continue"
    String.raw`^(?:advertisement|реклама|reklam)\s*[·•|-]\s*(?:scroll\s+to\s+continue(?:\s+reading)?|story\s+continues\s+below|devam(?:ı)?\s+için\s+kaydırın|продолжение\s+ниже)$`,
    // an accessibility bar: "Font size: A A A | Version for the visually impaired", "Версия для слабовидящих"
    String.raw`^(?:font\s+size|text\s+size|yazı\s+boyutu|şriftin\s+ölçüsü|размер\s+шрифта)\s*:?.{0,80}$|^.{0,60}(?:visually\s+impaired|слабовидящих|görme\s+engelli\p{L}*|gözdən\s+əlil\p{L}*).{0,20}$`,
    // a scanned page's note that its text was machine-read: "Mətn avtomatik tanınıb (OCR). …"
    String.raw`^.{0,80}\(ocr\).{0,80}$|^ocr\b.{0,100}$`,
  ].join('|'),
  'u',
)

/**
 * A letter's or a newsletter's salutation alone on its line: "Merhaba Ayşe Hanım,", "Good morning, Daniel,", "Hörmətli
 * oxucular!", "Здравствуйте, Ирина!": a greeting word, a few words of address, and the comma or mark that ends it.
 */
export const GREETING =
  /^(?:merhaba|selam|sayın|değerli|kıymetli|salam|hörmətli|dəyərli|əziz|hello|hi|dear|greetings|good\s+(?:morning|afternoon|evening)|здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|уважаем\p{L}*|дорог\p{L}*|привет)(?:[\s,]+[\p{L}.'’-]+){0,4}\s*[,!:]$/u

/**
 * A professional network's post and its comments, saved as a page, each alone on its line (folded): the author's
 * follow button ("+ Follow", "+ Takip et"), the post's age ("3 gün önce • Düzenlendi • 🌐", "1 gün", "5d"), its
 * reactions ("👍❤️👏 1,284", "Selin Aydın ve diğer 1.283 kişi"), its counters ("186 comments • 47 reposts", "87 yorum
 * · 142 yeniden yayınlama"), a comment's "Like · 34 | Reply · 2 replies" and the post's buttons ("Beğen", "Gönder").
 */
export const NETWORK_POST_FURNITURE = new RegExp(
  [
    String.raw`^\+\s*(?:follow|takip\s+et|izlə|подписаться|отслеживать)$`,
    String.raw`^\d{1,2}\s*(?:gün|saat|hafta|ay|yıl|dk|həftə|il|d|h|w|mo|yr|дн\.?|ч\.?|нед\.?|мес\.?)(?:\s+(?:önce|əvvəl|ago|назад))?(?:\s*[•·]\s*(?:düzenlendi|redaktə\s+edilib|edited|изменено|ред\.|\p{Extended_Pictographic}\u{FE0F}?))*$`,
    String.raw`^(?:\p{Extended_Pictographic}\u{FE0F}?){2,}\s*\d[\d.,\s]*$`,
    String.raw`^[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}\s+(?:(?:ve\s+diğer|və\s+digər|и\s+ещё|и\s+еще)\s+\d[\d.,\s]*\s*(?:kişi|nəfər|человек|чел\.)?|and\s+\d[\d.,\s]*\s*others?)$`,
    String.raw`^(?:\d[\d.,\s]*\s*(?:comments?|reposts?|shares?|reactions?|yorum|yeniden\s+yayınlama|paylaşım|şərh|paylaşma|комментари\p{L}*|репост\p{L}*|реакци\p{L}*)\s*(?:[•·|]\s*|$)){1,3}$`,
    String.raw`^(?:like|beğen|bəyən|нравится)(?:\s*·\s*(?:\p{Extended_Pictographic}\u{FE0F}?\s*)?\d[\d.,]*)?\s*\|\s*(?:reply|yanıtla|cavabla|ответить)(?:\s*·\s*\d{1,4}\s*\p{L}+)?$`,
    String.raw`^(?:like|comment|repost|send|beğen|yorum\s+yap|yeniden\s+yayınla|gönder|bəyən|şərh\s+yaz|göndər|нравится|комментировать|репостнуть|отправить)$`,
    // the network's offer over the page: "Premium'u 1 ay boyunca 0 TL'ye deneyin", "Try Premium for 0 USD"
    String.raw`^(?:try\s+premium\b.{0,40}|premium['’]?[ıiuü]\s+.{0,40}dene\p{L}*|попробуйте\s+premium.{0,40}|premium['’]?[ıiuü]\s+.{0,40}sına\p{L}*)$`,
    // a search box behind its icon: "🔍 Site içi arama", "🔍 Search", "🔍 Поиск по сайту"
    String.raw`^🔍\s*\p{L}+(?:\s+\p{L}+){0,3}$`,
  ].join('|'),
  'u',
)

/** A view count and its platform's words: "31K views", "9,8 min baxış", "12 тыс. просмотров", "48,312 views". */
const VIEWS = String.raw`\d[\d.,]*\s?(?:[kmкм]|min|тыс\.?|млн|bin|mn)?\s*(?:views?|baxış|просмотр\p{L}*|görüntülenme|izlenme)`

/** A related video's channel, views and age: "Steppe Trade Talk · 31K views · 1 month ago". */
export const RELATED_VIDEO = new RegExp(String.raw`^.{1,60}\s[·•]\s*${VIEWS}\s*[·•]\s*.{1,30}$`, 'u')

/**
 * A video page saved as text, each alone on its line (folded): its buttons and labels ("Clip", "Transcript", "Sort
 * by", "Add a comment...", "Avtomatik oynatma", "Növbəti"), the captions' language ("Subtitrlər: Azərbaycan dili
 * (avtomatik yaradılıb)"), a like count alone ("1.2K"), its description cut short ("… ...daha çox") and a related
 * video's channel, views and age ("Steppe Trade Talk · 31K views · 1 month ago").
 */
export const VIDEO_PAGE_FURNITURE = new RegExp(
  [
    String.raw`^(?:clip|transcript|transkript|транскрипт|расшифровка|sort\s+by|sıralama|sırala|сортировка|çeşidlə|add\s+a\s+comment|şərh\s+(?:əlavə\s+edin|yazın)|yorum\s+ekle|добавьте\s+комментарий|up\s+next|növbəti|sıradaki|следующее|autoplay|avtomatik\s+oynatma|otomatik\s+oynatma|автовоспроизведение)\s*(?:\.{3}|…)?$`,
    String.raw`^(?:subtitles|subtitrlər|altyazılar|субтитры|captions)\s*:.{0,60}\((?:auto-generated|avtomatik\s+yaradılıb|otomatik\s+oluşturuldu|создано\s+автоматически)\)$`,
    String.raw`^\d[\d.,]*\s?[kmкм]$`,
    // a description cut short behind its button: "… yem idxalı müzakirə olunur ...daha çox", "… ...more"
    String.raw`^.{20,}(?:\.{3}|…)\s*(?:more|show\s+more|daha\s+çox|daha\s+fazla|devamı|ещё|еще|подробнее)$`,
    RELATED_VIDEO.source,
  ].join('|'),
  'u',
)

/** A language switch of two codes alone (three make a menu): "ENG | GEO", "AZ | EN", "ҚАЗ | РУС". */
export const LANGUAGE_CODES = /^\p{Lu}{2,3}\s*\|\s*\p{Lu}{2,3}$/u

/** Words a site's footer links are made of (folded): "About", "Press", "Copyright", "Terms", "Privacy", "Контакты". */
const FOOTER_WORDS: ReadonlySet<string> = new Set(
  (
    'about press copyright contact creators advertise advertising developers terms privacy policy safety cookies ' +
    'careers help sitemap imprint legal accessibility haqqımızda əlaqə reklam məxfilik hakkımızda iletişim künye ' +
    'gizlilik çerezler kvkk контакты реклама конфиденциальность правила'
  ).split(' '),
)
/** How many footer words a run of links holds at least. */
const MIN_FOOTER_WORDS = 3

/**
 * A site's footer printed as one run of links with no marks between: "About Press Copyright Contact us Creators
 * Advertise Developers", "Terms Privacy Policy & Safety How it works": letters only, half its words or more capitalised
 * as links are (not a heading's sentence), and three footer words or more.
 */
export function isFooterLinkRun(line: string): boolean {
  if (!/^[\p{L} &]+$/u.test(line.trim())) return false
  const words = line.trim().split(/[\s&]+/u)
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  const footer = words.filter((word) => FOOTER_WORDS.has(foldCase(word, 'tr'))).length
  return footer >= MIN_FOOTER_WORDS && capitalised * 2 >= words.length
}
