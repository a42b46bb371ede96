import {
  COMMENT_PROMPT,
  CONTACT_REQUEST,
  COOKIE_CONTEXT,
  COOKIE_WORD,
  ERROR_REPORT_PROMPT,
  FOLLOW_TARGET,
  FOLLOW_VERB,
  LIST_LABELS,
  ADDRESS_WITH_PHONE,
  AGENCY_SLASH_CREDIT,
  PAGE_CONTROL,
  PAGE_POINTER,
  PRESS_RELEASE_LABEL,
  PHOTO_CAPTION,
  READING_TIME_LINE,
  TOOL_OR_STAMP_LINE,
  READ_MORE_ADDRESS,
  RELATED_LINK,
  RIGHTS_NOTICE,
  SUBSCRIBER_WORD,
  NEWSLETTER_PITCH,
  PAYWALL_PITCH,
  READ_ON_PROMISE,
  VIA_AGENCY_CREDIT,
  EDITORIAL_NOTICE,
  TAG_LINE,
  UPDATED_AGO_LINE,
  WIDGET_LINES,
} from '../lexicon/clutter-words'
import { isMemberStats, isPostButtons } from '../lexicon/forum-lines'
import {
  AUTO_REFRESH,
  FORM_FIELD,
  NETWORK_POST_FURNITURE,
  PAGE_MARKS,
  VIDEO_PAGE_FURNITURE,
  LANGUAGE_CODES,
  isFooterLinkRun,
  LISTEN_LIVE,
  LIVE_COUNTER,
  MAIL_BYLINE,
  GREETING,
  PLAYER_TIME,
  PROGRAMME_META,
  TEXT_SIZE_BUTTONS,
} from '../lexicon/page-widgets'
import {
  CATEGORY_LINE,
  EDIT_LINK_HEADING,
  ENCYCLOPEDIA_FURNITURE,
  HATNOTE,
  MACHINE_TRANSLATION,
  PAGE_LINKS,
  PAPER_SERIES,
  REFERENCE_LINE,
} from '../lexicon/reference-pages'
import { isAdvert, isContactLine } from './contact-lines'
import { cellsOf } from './table-lines'
import {
  BARRED_FEED_ITEM,
  BRACKETED_BUTTONS,
  BUTTON_COUNT,
  CREDIT_ALONE,
  DATABASE_CONTROL,
  DOWNLOAD_LINK,
  ICON_WIDGETS,
  IMAGE_ALT_TEXT,
  ISSUE_MASTHEAD,
  LISTEN_LENGTH,
  LISTEN_ON,
  MAX_EDITORIAL_NOTE_CHARS,
  MAX_NOTICE_CHARS,
  MAX_POINTER_CHARS,
  MAX_SHORT_CHARS,
  MESSENGER_FURNITURE,
  PRINT_OR_FILE,
  QUIZ_OPTIONS,
  REACTIONS,
  READER_TOOLBAR,
  RUNNING_NUMBER,
  foldVariants,
  isBreadcrumb,
  isCounter,
  isMarketTicker,
  isMenu,
  isShareBar,
  isWeatherLine,
} from './clutter-shapes'

/** Longest line read as a page's control: a prompt to reload, a gallery's swipe hint. */
const MAX_CONTROL_CHARS = 90

/** A body line and why it was cut, if it was. */
export interface MarkedLine {
  text: string
  cut: string | null
}

export function clutterReason(line: string): string | null {
  if (line.length > MAX_NOTICE_CHARS || line === '') return null
  const folds = foldVariants(line)
  const any = (test: (folded: string) => boolean) => folds.some(test)
  const matches = (pattern: RegExp) => any((folded) => pattern.test(folded))
  // a button may carry its count or length: "Yorumlar (0)", "Comments (12)", "Listen (4 min)"
  if (any((folded) => WIDGET_LINES.has(folded.replace(BUTTON_COUNT, '')))) return 'site clutter'
  // "Subscribe  |  Log in", "Abone Ol | e-Gazete | Giriş Yap": a row of such buttons
  if (any((folded) => folded.split(/\s*\|\s*|\s{2,}/u).every((part) => WIDGET_LINES.has(part)))) return 'site clutter'
  if (matches(LISTEN_LENGTH)) return 'share buttons'
  // "* * *", ". ‚ ■ ■ ‚ .": a divider or a scan's specks, no word or number in it (a table's rule, "----+----", is
  // part of its table)
  if (/^(?![\s|+:=─_-]+$)[^\p{L}\p{N}]+$/u.test(line)) return 'ornament'
  // "[ Qeydiyyatdan keç ]   [ Proqramı PDF formatında yüklə ]", "🔍 Поиск     ✉ Подписаться на рассылку": a row of
  // buttons in square brackets, or of widgets behind their icons
  if (BRACKETED_BUTTONS.test(line) || ICON_WIDGETS.test(line)) return 'site clutter'
  if (matches(MESSENGER_FURNITURE)) return 'messenger furniture'
  if (matches(PHOTO_CAPTION) || AGENCY_SLASH_CREDIT.test(line)) return 'photo caption'
  if (matches(IMAGE_ALT_TEXT) && !matches(CREDIT_ALONE)) return 'image description'
  // a link's text as a screen reader gets it: "Kazakh oil output hits record in January, opens new tab"
  if (/,\s+opens (?:in )?(?:a )?new (?:tab|window)$/u.test(line)) return 'related links'
  if (matches(READING_TIME_LINE) || matches(UPDATED_AGO_LINE) || matches(TOOL_OR_STAMP_LINE)) return 'header time'
  const reference = referencePageReason(line, matches)
  if (reference) return reference
  if (
    [
      PLAYER_TIME,
      LIVE_COUNTER,
      AUTO_REFRESH,
      PROGRAMME_META,
      LISTEN_LIVE,
      FORM_FIELD,
      PAGE_MARKS,
      NETWORK_POST_FURNITURE,
      VIDEO_PAGE_FURNITURE,
    ].some(matches)
  )
    return 'site clutter'
  if (LANGUAGE_CODES.test(line.trim()) || isFooterLinkRun(line)) return 'site menu'
  if (MAIL_BYLINE.test(line)) return 'contact line'
  if (BARRED_FEED_ITEM.test(line)) return 'news-feed list'
  if (matches(RIGHTS_NOTICE)) return 'copyright'
  if (any((folded) => COOKIE_WORD.test(folded) && COOKIE_CONTEXT.filter((re) => re.test(folded)).length >= 2)) {
    return 'cookie notice'
  }
  if (any((folded) => SUBSCRIBER_WORD.test(folded) && CONTACT_REQUEST.test(folded))) return 'subscription notice'
  if (matches(NEWSLETTER_PITCH) || matches(PAYWALL_PITCH)) return 'subscription notice'
  if (any((folded) => SUBSCRIBER_WORD.test(folded) && READ_ON_PROMISE.test(folded))) return 'subscription notice'
  if (matches(VIA_AGENCY_CREDIT)) return 'photo credit'
  // notes are a line or two; a paragraph that mentions support or advice is the story's
  if (line.length <= MAX_EDITORIAL_NOTE_CHARS && matches(EDITORIAL_NOTICE)) return 'editorial notice'
  const inlineList = inlineListKind(line)
  if (inlineList) return inlineList
  if (QUIZ_OPTIONS.test(line.trim())) return 'quiz options'
  if (line.length > MAX_SHORT_CHARS) return null
  if (any(isShareBar)) return 'share buttons'
  if (matches(PRESS_RELEASE_LABEL)) return 'press release label'
  // "Скачать PDF (412 КБ) | Версия для печати": buttons to print the page or fetch it, beside account buttons
  // "Print | Download PDF (412 KB) | Share: Facebook | LinkedIn", "A- A A+ | Yazdır | Paylaş": such buttons, then maybe a share bar
  const printRow = (folded: string) => {
    const parts = folded.split(/\s*\|\s*|\s{2,}/u)
    // "AA" is an agency, "A- A A+" the text's size
    const textSize = (part: string) => /[+-]/u.test(part) && TEXT_SIZE_BUTTONS.test(part)
    // "Yazı boyutu: A- A A+ | Yazdır": the size buttons may stand behind their label
    const tool = (part: string) =>
      WIDGET_LINES.has(part) ||
      PRINT_OR_FILE.test(part) ||
      textSize(part) ||
      (/[+-]/u.test(part) && TOOL_OR_STAMP_LINE.test(part))
    const tools = parts.findIndex((part) => !tool(part))
    return tools === -1 || (tools > 0 && isShareBar(parts.slice(tools).join(' | ')))
  }
  if (any(printRow)) return 'site clutter'
  if (matches(LISTEN_ON) || matches(DOWNLOAD_LINK)) return 'share buttons'
  // (a control names no number: "… swipe left on half the offers as prices rose 12%" is a story's)
  if (line.length <= MAX_CONTROL_CHARS && !/\d/u.test(line) && matches(PAGE_CONTROL)) return 'site clutter'
  // "3 / 14": a gallery's page counter; "Вопрос № 312": a column's running number
  if (/^\d{1,3}\s*\/\s*\d{1,3}$/u.test(line.trim()) || matches(RUNNING_NUMBER)) return 'view counter'
  // "CASPIAN FREIGHT WEEKLY | Issue #112": a newsletter's name (maybe its tagline) and issue, part of its masthead
  if (matches(ISSUE_MASTHEAD)) return 'site header'
  if (matches(GREETING)) return 'greeting'
  if (matches(CREDIT_ALONE)) return 'photo caption'
  if (isMarketTicker(line)) return 'market ticker'
  if (isWeatherLine(line)) return 'site header'
  // "#ORTA KORİDOR": a site's tag may hold spaces, one to a line
  if (matches(TAG_LINE) || /^(?:#[\p{L}\p{N}_]+[\s,]*)+$|^#\p{L}[\p{L}\p{N}_ -]{0,40}$/u.test(line)) return 'tags'
  if (any(isCounter) || any((folded) => REACTIONS.test(folded.trim()))) return 'view counter'
  if (any(isMemberStats) || any(isPostButtons)) return 'forum furniture'
  if (matches(COMMENT_PROMPT)) return 'comment prompt'
  if (matches(ERROR_REPORT_PROMPT)) return 'error-report prompt'
  if (any((folded) => FOLLOW_VERB.test(folded) && FOLLOW_TARGET.test(folded))) return 'follow prompt'
  if (matches(RELATED_LINK) || matches(READ_MORE_ADDRESS)) return 'related links'
  if (any(isAdvert)) return 'advertisement'
  if (any((folded) => isContactLine(line, folded)) || matches(ADDRESS_WITH_PHONE)) return 'contact line'
  if (line.length <= MAX_POINTER_CHARS && matches(PAGE_POINTER)) return 'related links'
  if (matches(DATABASE_CONTROL)) return 'site clutter'
  if (isBreadcrumb(line)) return 'breadcrumb'
  if (isPreviousNext(line) || matches(PREVIOUS_NEXT_LINK)) return 'related links'
  if (isMenu(line) || isDropDownRow(line) || matches(READER_TOOLBAR)) return 'site menu'
  // what no rule above reads whole, read part by part ("Page 41 of 96 · Previous chapter: … | Next chapter: …")
  return isRowOfClutter(line) ? 'related links' : null
}

/**
 * A document's running header, as a PDF saved as text repeats it on each page: all in capitals, the issuer's name and the
 * document's with its period, parted by a wide gap or a bar ("KARAVAN PORTFÖY YÖNETİMİ A.Ş.      AYLIK FON BÜLTENİ |
 * HAZİRAN 2026"); the one number its year (a table's head of years, "ÜLKE | 2024 | 2025", has two).
 */
function isRunningHeader(line: string): boolean {
  const cells = cellsOf(line)
  if (cells.length < 2 || /\p{Ll}/u.test(line) || (line.match(/\d+/gu) ?? []).length !== 1) return false
  return /(?:19|20)\d{2}$/u.test(line.trim()) && (cells[0] ?? '').split(/\s+/u).length >= 2
}

/**
 * "◀ Əvvəlki mövzu: § 13. … | Növbəti mövzu: § 15. … ▶", "◄ § 17. … | Оглавление | § 19. … ►": links to the previous
 * and the next page, between the arrows that open and close the line.
 */
const isPreviousNext = (line: string) => /^[◀◄‹←]\s.*\|.*\s[▶►›→]$/u.test(line.trim())

/** "Previous chapter: 4. Energy", "Sonraki bölüm: 4. Tarım", "Следующая глава: 6. Сельское хозяйство": a link on. */
const PREVIOUS_NEXT_LINK =
  /^(?:previous|next|önceki|sonraki|əvvəlki|növbəti|предыдущ\p{L}*|следующ\p{L}*)\s+(?:chapter|section|topic|page|bölüm|konu|sayfa|fəsil|mövzu|səhifə|глава|раздел|тема|страница|параграф)\s*:\s*\S/u

/**
 * "Page 41 of 96 · Previous chapter: 4. Energy | Next chapter: 6. Agriculture": a row whose every part is clutter of
 * its own (a page counter, links on), joined by middle dots or bars.
 */
const isRowOfClutter = (line: string) => {
  const parts = line.trim().split(/\s+[·|]\s+/u)
  return parts.length >= 2 && parts.every((part) => clutterReason(part) !== null)
}

/** "Ship to: Kazakhstan ▾ | Currency: USD ▾ | Language: English ▾": a row of drop-down lists. */
const isDropDownRow = (line: string) => {
  const parts = line.trim().split(/\s*\|\s*/u)
  return parts.length >= 2 && parts.every((part) => /[▾▼]$/u.test(part))
}

/** Furniture of an encyclopedia's or a paper's page, of a story split over pages, or a machine translation's notice. */
function referencePageReason(line: string, matches: (pattern: RegExp) => boolean): string | null {
  if (matches(ENCYCLOPEDIA_FURNITURE) || matches(PAPER_SERIES) || isRunningHeader(line)) return 'site header'
  if (matches(EDIT_LINK_HEADING)) return 'section heading'
  if (matches(REFERENCE_LINE)) return 'references'
  if (matches(CATEGORY_LINE)) return 'tags'
  if (matches(PAGE_LINKS)) return 'site clutter'
  if (line.length <= MAX_EDITORIAL_NOTE_CHARS && (matches(HATNOTE) || matches(MACHINE_TRANSLATION))) {
    return 'editorial notice'
  }
  return null
}

/** The kind of list a label line opens ("Digər xəbərlər", "READ MORE:", "Теги"), or null. */
export function listLabelKind(line: string): string | null {
  if (line.length > 40) return null
  for (const folded of foldVariants(line)) {
    const kind = LIST_LABELS.get(folded.replace(/\s*:$/u, '').trim())
    if (kind) return kind
  }
  return null
}

/**
 * A list's label and its items on one line, between bars or dots: "ƏN ÇOX OXUNAN: Bakıda yol qəzası … | Sabah hava
 * küləkli olacaq | …", "LATEST: … · … · …". The list's kind, or null.
 */
function inlineListKind(line: string): string | null {
  const labelled = /^([^:|·•]{2,40}):\s+(.+)$/u.exec(line)
  if (!labelled) return null
  const kind = listLabelKind(labelled[1] ?? '')
  return kind !== null && (labelled[2] ?? '').split(/\s+[|·•]\s+/u).length >= 2 ? kind : null
}
