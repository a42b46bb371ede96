// The furniture of pages that are no news story, each alone on its line (folded): an encyclopedia's (its masthead,
// tabs, edit links, references, categories), a paper's (series number, keywords, citation, downloads), a story split
// over pages, a machine translation's notice, and a readers' comment's byline.

/**
 * An encyclopedia's masthead and tabs: "From Wikipedia, the free encyclopedia", "Материал из Википедии — свободной
 * энциклопедии", "Vikipedi, özgür ansiklopedi", "Jump to navigation", "Статья Обсуждение Читать Править", "Madde |
 * Tartışma", "Oku | Değiştir | Kaynağı değiştir", "Hesap oluştur | Oturum aç", and its note that a version is unreviewed.
 */
export const ENCYCLOPEDIA_FURNITURE = new RegExp(
  [
    String.raw`^(?:(?:from\s+)?wikipedia,?\s+the\s+free\s+encyclopedia|материал\s+из\s+википедии.{0,40}|(?:vikipedi,?\s+)?özgür\s+ansiklopedi|(?:vikipediya,?\s+)?azad\s+ensiklopediya|свободная\s+энциклопедия)$`,
    String.raw`^(?:jump\s+to\s+(?:navigation|content|search)|перейти\s+к\s+(?:навигации|поиску)|içeriğe\s+atla|gezinti\s+kısmına\s+atla|naviqasiyaya\s+keç)`,
    String.raw`^(?:article|madde|статья|məqalə)\s*\|?\s*(?:talk|tartışma|обсуждение|müzakirə)(?:\s|$)`,
    String.raw`^(?:read|oku|читать|oxu)\s*\|?\s*(?:edit|değiştir|править|redaktə)(?:\s|$)`,
    String.raw`^(?:create\s+account|hesap\s+oluştur|hesab\s+yarat|создать\s+уч[её]тную\s+запись)\s*\|?\s*(?:log\s+in|oturum\s+aç|daxil\s+ol|войти)$`,
    String.raw`текущая\s+версия\s+страницы\s+(?:пока\s+)?не\s+проверялась|this\s+page\s+has\s+not\s+been\s+reviewed`,
  ].join('|'),
  'u',
)

/** A section heading with its edit links: "История[править | править код]", "History[edit]", "Tarihçe[düzenle]". */
export const EDIT_LINK_HEADING = /\[\s*(?:edit|править|düzenle|değiştir|redaktə)[^\]]{0,40}\]$/u

/** A reference under an encyclopedia's text: "↑ 1 2 В Актау …", "^ a b "Kükürt ihracatına ilişkin açıklama" …". */
export const REFERENCE_LINE = /^(?:\d{1,3}\.\s+)?[↑^]\s*\S/u

/** A page's categories: "Kategoriler: Kazakistan ekonomisi | Kükürt", "Категории: …", "Categories: …". */
export const CATEGORY_LINE =
  /^(?:categor(?:y|ies)|kategoriler|kategori|kateqoriyalar|kateqoriya|категори[яи])\s*:\s*\S/u

/**
 * An encyclopedia's note on what the page is not about: "This article is about … For …, see …", "Bu madde, …
 * hakkındadır. … sayfasına bakınız.", "Эта статья о … ; см. также …".
 */
export const HATNOTE =
  /^(?:this\s+article\s+is\s+about|bu\s+madde,?\s.{0,120}hakkındadır|bu\s+məqalə,?\s.{0,120}haqqındadır|эта\s+статья\s+(?:о|об|про)\s).{0,200}(?:see|bakınız|bax|baxın|см\.)/u

/**
 * A paper's series number, alone or after its centre's initials: "ETRC Working Paper No. 2026/11", "Çalışma Tebliği
 * No: 2026/07", "Рабочий доклад № 14".
 */
export const PAPER_SERIES =
  /^(?:[\p{L}]{2,10}\s+)?(?:working\s+paper|discussion\s+paper|policy\s+(?:brief|paper)|çalışma\s+tebliği|tartışma\s+metni|politika\s+notu|işçi\s+sənədi|рабочий\s+(?:доклад|документ)|аналитическая\s+записка)\s*(?:no\.?|№|#|nr\.?|sayı|nömrə)\s*:?\s*\d{1,4}(?:[/-]\d{1,4})?$/u

/** A machine translation's notice: "This article was machine-translated", "… с помощью машинного перевода …". */
export const MACHINE_TRANSLATION =
  /machine[-\s]translat|automatically\s+translated|машинн\p{L}*\s+перевод|автоматическ\p{L}*\s+перев[её]д|avtomatik\s+tərcümə|maşın\s+tərcümə|makine\s+çeviri|otomatik\s+(?:olarak\s+)?çevril/u

/** One link between the pages of a story: "Next page", "‹ Önceki sayfa", "Следующая страница →", "Növbəti səhifə". */
const PAGE_LINK = String.raw`[‹«←<]?\s*(?:(?:next|previous|prev)\s+page|(?:sonraki|önceki)\s+sayfa|(?:növbəti|əvvəlki|sonrakı)\s+səhifə|(?:следующая|предыдущая)\s+страница)\s*[›»→>]?`
/** The links between a story's pages, one or two on a line: "Previous page | Next page", "‹ Önceki sayfa | Sonraki sayfa ›". */
export const PAGE_LINKS = new RegExp(String.raw`^${PAGE_LINK}(?:\s*\|\s*${PAGE_LINK})?$`, 'u')

/** How long ago a reader wrote: "3 hours ago", "2 saat önce", "5 dəqiqə əvvəl", "12 минут назад", "yesterday at 22:14". */
const POSTED_AGO = String.raw`\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|saniye|dakika|saat|gün|hafta|saniyə|dəqiqə|həftə|секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*)\s+(?:ago|önce|əvvəl|назад)|(?:yesterday|dün|dünən|вчера)(?:\s+(?:at|saat|в))?\s+\d{1,2}:\d{2}`
/**
 * The byline or the buttons of a reader's comment: "asel_k · 2 hours ago · ♥ 14", "2 saat önce", "Beğen 48 | Beğenme
 * 12 | Yanıtla", "Reply", "Ответить", "Cavab ver".
 */
/** A social post's byline on one line: name, handle and the post's day or age ("Leyla 🌸 @leyla_bakida · 23 mar"). */
export const POST_BYLINE = /^[^@\n]{1,60}\s@[\p{L}\d_.]{2,30}\s*·\s*[\p{L}\d .,:]{1,24}$/u

export const COMMENT_META = new RegExp(
  [
    POST_BYLINE.source,
    // (a name of up to three words: "Айгерим С., Шымкент · 3 дня назад")
    String.raw`^(?:[^\s·|]{1,30}(?:\s+[^\s·|]{1,30}){0,2}\s*[·|•]\s*)?(?:${POSTED_AGO})(?:\s*[·|•]\s*[♥❤👍]?\s*\d{1,5})?$`,
    // a reader's review opened by a first name, an initial and a town: "Ayşe T., Denizli: "Eşimle 14 gün kaldık …""
    String.raw`^\p{L}+\s+\p{L}\.,\s+\p{L}[\p{L}-]+:\s*["“«„]`,
    // a comment set as its writer's name and a colon ("Gülnarə: Haqlıdırlar, …"), and the prompt to log in to write one
    String.raw`^\p{L}+(?:\s+\p{L}+)?:\s+\S`,
    String.raw`^(?:şərh\s+yazmaq\s+üçün\s+daxil\s+olun|yorum\s+yapmak\s+için\s+giriş\s+yap\p{L}*|(?:log|sign)\s+in\s+to\s+(?:comment|reply)|войдите,?\s+чтобы\s+(?:оставить\s+)?комментари\p{L}*)$`,
    String.raw`^(?:beğen|like|bəyən|нравится)\s*\d{0,5}\s*\|.{0,40}(?:yanıtla|reply|cavab\s+ver|ответить)$`,
    String.raw`^(?:reply|yanıtla|cavab\s+ver|ответить)$`,
  ].join('|'),
  'u',
)

/**
 * The heading of readers' comments: "Comments (5)", "YORUMLAR (4)", "Şərhlər", "Комментарии (12)", "Reader comments", a
 * petition's "Комментарии сторонников (318)".
 */
export const COMMENTS_HEADING =
  /^(?:\d{1,5}\s+(?:comments|yorum|şərh|комментари(?:й|я|ев))$|(?:reader\s+)?comments|yorumlar|okur\s+yorumları|şərhlər|oxucu\s+şərhləri|комментарии(?:\s+сторонников)?|отзывы\s+читателей|supporters['’]?\s+comments|destekçi\s+yorumları|tərəfdarların\s+şərhləri|(?:most\s+relevant|top)\s+replies|ən\s+uyğun\s+cavablar|en\s+alakalı\s+yanıtlar|самые\s+интересные\s+ответы)\s*(?:\(\d{1,5}\)|:?\s*\d{1,5})?$/u
