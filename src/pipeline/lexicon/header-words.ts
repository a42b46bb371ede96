/**
 * Words news sites print around a headline (tr, az, en, ru), all lower case as `foldCase(…, 'tr')` gives them:
 * date labels, weekdays, abbreviated months, section names, breadcrumb roots and newsroom desks.
 */

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/ /gu, String.raw`\s+`)

/** Labels before a publication date ("Giriş:", "Dərc olunub:", "Published", "Опубликовано"). */
const PUBLISHED_LABELS = [
  'giriş',
  'giriş tarihi',
  'yayınlanma',
  'yayınlanma tarihi',
  'yayımlanma',
  'yayımlanma tarihi',
  'yayın tarihi',
  'oluşturulma',
  'oluşturulma tarihi',
  'eklenme',
  'eklenme tarihi',
  'haber tarihi',
  'tarih',
  'tarix',
  'dərc olunub',
  'dərc edilib',
  'dərc tarixi',
  'dərc olunma tarixi',
  'yayımlanıb',
  'date',
  'published',
  'published on',
  'posted',
  'posted on',
  'publication date',
  'дата',
  'дата публикации',
  'опубликовано',
  'опубликован',
  'размещено',
  'создано',
]

/** Labels before the date of a later revision ("Güncelleme:", "Son Güncelleme:", "Updated", "Обновлено"). */
const UPDATED_LABELS = [
  'güncelleme',
  'güncelleme tarihi',
  'son güncelleme',
  'son güncelleme tarihi',
  'güncellenme',
  'güncellenme tarihi',
  'güncellendi',
  'yenilənib',
  'yenilənmə',
  'yenilənmə tarixi',
  'son yenilənmə',
  'yeniləndi',
  'updated',
  'updated on',
  'update',
  'last updated',
  'last update',
  'modified',
  'обновлено',
  'обновлён',
  'обновлен',
  'дата обновления',
  'изменено',
]

/** A publication-date label at the start of a folded segment, with its colon. */
export const PUBLISHED_LABEL = new RegExp(String.raw`^(?:${alternation(PUBLISHED_LABELS)})\s*:?\s*`, 'u')
/** An update-date label at the start of a folded segment, with its colon. */
export const UPDATED_LABEL = new RegExp(String.raw`^(?:${alternation(UPDATED_LABELS)})\s*:?\s*`, 'u')
/**
 * Where a second labelled date starts right after a date or time ("… 10:15 güncelleme: …", "… GMT+4 Updated"), maybe
 * in brackets ("10:15 10.07.2026 (обновлено: 11:42 10.07.2026)").
 */
export const LABEL_AFTER_DATE = new RegExp(
  String.raw`(?<=[\d\])])\s+(?=\(?(?:${alternation([...UPDATED_LABELS, ...PUBLISHED_LABELS])})(?!\p{L}))`,
  'gu',
)

/** Weekday names and abbreviations: they decorate a date line ("Perşembe", "Cümə axşamı", "Tue", "вторник"). */
const WEEKDAYS = [
  'pazartesi',
  'salı',
  'çarşamba',
  'perşembe',
  'cuma',
  'cumartesi',
  'pazar',
  'bazar ertəsi',
  'çərşənbə axşamı',
  'çərşənbə',
  'cümə axşamı',
  'cümə',
  'şənbə',
  'bazar',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
  'пн',
  'вт',
  'ср',
  'чт',
  'пт',
  'сб',
  'вс',
]

/** A weekday word, standing alone (boundaries are letters, since `\b` fails on "ş" and Cyrillic). */
export const WEEKDAY = new RegExp(String.raw`(?<!\p{L})(?:${alternation(WEEKDAYS)})\.?(?!\p{L})`, 'gu')

/**
 * Three-letter month abbreviations of Turkish, Azerbaijani and Russian sites ("15 Ara 2025", "15 dek 2025",
 * "15 дек 2025"), mapped to the English name the month lexicon reads. Kept out of the shared month lexicon on
 * purpose: in prose "ara", "kas" or "sen" are ordinary words, and only a line that is nothing but a date may use them.
 */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['oca', 'january'],
  ['şub', 'february'],
  ['nis', 'april'],
  ['haz', 'june'],
  ['tem', 'july'],
  ['ağu', 'august'],
  ['eyl', 'september'],
  ['eki', 'october'],
  ['kas', 'november'],
  ['ara', 'december'],
  ['yan', 'january'],
  ['fev', 'february'],
  ['iyn', 'june'],
  ['iyl', 'july'],
  ['avq', 'august'],
  ['sen', 'september'],
  ['okt', 'october'],
  ['noy', 'november'],
  ['dek', 'december'],
  ['янв', 'january'],
  ['фев', 'february'],
  ['мар', 'march'],
  ['апр', 'april'],
  ['авг', 'august'],
  ['сен', 'september'],
  ['сент', 'september'],
  ['окт', 'october'],
  ['ноя', 'november'],
  ['нояб', 'november'],
  ['дек', 'december'],
])

/**
 * Section and category names sites print above a headline. Single words are recognised by shape as well; this
 * list matters for the names of two or three words ("Aqrar sektor", "Son dakika", "В мире").
 */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  'haber',
  'haberler',
  'son dakika',
  'gündem',
  'güncel',
  'ekonomi',
  'politika',
  'siyaset',
  'dünya',
  'spor',
  'kültür',
  'enerji',
  'lojistik',
  'ulaştırma',
  'tarım',
  'dış haberler',
  'iş dünyası',
  'görüş',
  'analiz',
  'yorum',
  'köşe yazısı',
  'xəbər',
  'xəbərlər',
  'gündəm',
  'iqtisadiyyat',
  'siyasət',
  'sosial',
  'region',
  'regionlar',
  'analitik',
  'analitika',
  'təhlil',
  'biznes',
  'nəqliyyat',
  'energetika',
  'aqrar sektor',
  'kənd təsərrüfatı',
  'dünya xəbərləri',
  'xarici siyasət',
  'news',
  'world',
  'politics',
  'business',
  'economy',
  'energy',
  'analysis',
  'opinion',
  'transport',
  'logistics',
  'agriculture',
  'world news',
  'latest news',
  'новости',
  'политика',
  'экономика',
  'бизнес',
  'энергетика',
  'транспорт',
  'аналитика',
  'общество',
  'в мире',
  'мнение',
  'агропром',
  'сельское хозяйство',
])

/** The first crumb of a breadcrumb trail: the site's home page. */
export const BREADCRUMB_ROOT =
  /^(?:ana\s*sayfa|anasayfa|ana\s+səhifə|əsas\s+səhifə|baş\s+səhifə|home|homepage|main|главная|главная\s+страница)$/u

/** A newsroom desk signing a story instead of a person ("Enerji Günlüğü Haber Merkezi", "Report News Desk"). */
export const NEWSROOM_DESK =
  /(?:haber\s+merkezi|xəbər\s+mərkəzi|xəbərlər\s+şöbəsi|news\s+desk|newsroom|редакция|служба\s+новостей)$/u
