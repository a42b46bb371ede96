import type { Article } from '../../schema/dataset'
import { pad } from '../lexicon/dates'
import { parseHeaderDate } from '../lexicon/header-date-line'
import { foldCase, isProseLine } from '../lexicon/text'
import { NEWSROOM_DESK, PUBLISHED_LABEL, SECTION_NAMES } from '../lexicon/header-words'
import { type DateLine, readDateLine, readDateline } from './header-date'
import { clutterReason, foldVariants, isCaptionShaped } from './site-clutter'
import { PHOTO_CREDIT } from '../lexicon/clutter-words'
import { forwardedStart, mailDate, readMailHeader } from './header-mail'
import { isCorrectionNote } from './correction-notes'
import { isOfficeTitle } from '../lexicon/people'
import {
  isCodeField,
  isHeadline,
  isPlaceLine,
  isLabelShaped,
  isSectionLabel,
  isSeriesLabel,
  isStackedLabel,
  TIME_LINE,
} from './header-labels'

/** What the top of an article file says about it, and the body lines below the header. */
export interface ArticleHeader {
  title: string | null
  published: string | null
  author: string | null
  body: string[]
  removed: Article['removed']
}

/** How many non-blank lines at the top may belong to the header, besides site clutter (a sidebar, tabs, a menu). */
const HEADER_LINES = 10
/** How many lines of site clutter the header may hold on top of those. */
const HEADER_CLUTTER_LINES = 20
/** Lines below the header, and at the end of the text, where a date line may still stand. */
const LEAD_LINES = 5
/** Buttons of a page's own ("Back this project", "Remind me") that may stand under a standfirst, over its date. */
const MAX_BUTTONS_UNDER = 2
const TAIL_LINES = 8

/** A date first on the first line, then the rest of the line (" date 2025-10-21 Haberler"). */
const DATED_FIRST_LINE =
  /^\s*(?:(?:date|tarih|tarix|дата|published)\s*:?\s*)?(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(.+)$/iu

/** Nouns that end an author's affiliation line ("YAP Laçın rayon təşkilatının sədri", "Senior analyst"). */
const ROLE_WORD =
  /(?:^|\s)(?:sədr|müdür|müdir|başkan|rəhbər|rəis|uzman|ekspert|üzv|deputat|milletvekil|professor|profesör|dosent|doçent|analitik|analist|politoloq|siyasetçi|jurnalist|gazeteci|muhabir|müxbir|yazar|müəllif|editör|editor|redaktor|director|analyst|correspondent|expert|fellow|chair|researcher|эксперт|директор|корреспондент|политолог|аналитик|редактор|профессор)/u

const words = (line: string) => line.split(/\s+/).filter(Boolean)
const endsSentence = (line: string) => /[.:;,]["'”’»)]*$/u.test(line)

/**
 * Words that introduce a byline ("By Daniel Brooks", "Yazan: Ali Veli", "Müəllif: …", "Автор: …", "Обзор подготовила
 * …", and the expert of a question column: "Отвечает …").
 */
const BYLINE_PREFIX =
  /^(?:by|prepared by|compiled by|edited by|(?:interview|interviewed|text|words|report|reporting) by|yazan|hazırlayan|söyleşi|röportaj|muhabir|müəllif|müsahibəni aldı|müxbir|hazırladı|автор|текст|беседовал[аи]?|интервью записал[аи]?|(?:обзор\s+|материал\s+)?подготовил[аи]?|отвечает)\s*:?\s+/iu

/** A Turkish or Azerbaijani case ending after an apostrophe: "Erdoğan'ın", "Aliyev'e", "Bakü'de" (not "O'Brien"). */
const CASE_ENDING = /['’](?:n?[ıiuü]n|y?[aeə]|[dt][aeə]n?|l[aeə]|y?[ıiuü]|n?[ıiuü])$/u
const NAME_TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u
/** A surname in capitals, as Turkish bylines print it ("Kenan ÇELEBİ"): only after a first name. */
const SURNAME_IN_CAPITALS = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u
/** A company's legal form in capitals is no surname: "Sarybel Bank JSC", "Kazmortransflot LLP", "Ekoenerji AŞ". */
const LEGAL_FORM = /^(?:[OCP]?JSC|LLC|LLP|PLC|LTD|INC|CORP|GMBH|ASC|QSC|MMC|AŞ|ТОО|АО|АҚ|[ПОЗ]?АО|ООО|ЖШС)$/u
/** A channel's handle alone on its line: "@tamozhnya_tranzit". */
const HANDLE_LINE = /^@[\p{L}\d_.]{3,}$/u
/** An academic title before a name: "Dr. Selin Aydoğdu", "Prof. Dr. …", "Doç. Dr. …". */
const ACADEMIC_TITLE = /^(?:(?:Prof|Doç|Doc|Dr)\.\s+)+/u

/**
 * A person's name: two to four capitalised words none of which the body uses as an ordinary lower-case word (a name
 * is not "Stratejik Ortaklık", whose words recur in the text). A labelled byline ("Yazan:") needs no such check.
 */
function isPersonName(name: string, lowerWords: ReadonlySet<string> | null): boolean {
  const tokens = words(name.replace(ACADEMIC_TITLE, ''))
  if (tokens.length < 2 || tokens.length > 4 || name.length > 50) return false
  // "Cumhurbaşkanı Erdoğan'ın Telefon Görüşmeleri", "Cumhurbaşkanı Erdoğan, … ile görüştü": an official named by office,
  // or a name with a case ending, is what a headline tells of; a byline signs with a bare name
  if (isOfficeTitle(tokens[0] ?? '') || tokens.some((t) => CASE_ENDING.test(t))) return false
  const isNameToken = (t: string, i: number) =>
    NAME_TOKEN.test(t) || (i === tokens.length - 1 && i > 0 && SURNAME_IN_CAPITALS.test(t) && !LEGAL_FORM.test(t))
  return tokens.every((t, i) => isNameToken(t, i) && !lowerWords?.has(t.toLocaleLowerCase('tr')))
}

/**
 * Parts of a byline after the name: an outlet or a role ("Elif Demirtaş | Dünya Gazetesi", "…, politoloq", "Dr. Selin
 * Aydoğdu / Kıyı Enerji Danışmanlık"), a city
 * and a co-author ("Clara Whitfield in Brussels and Timur Abenov in Almaty", "By A. Sadykova and R. Mammadli").
 */
const BYLINE_PARTS = /\s*\|\s*|,\s+|\s+[-–—/]\s+|\s+(in|and|ve|və|и)\s+/u
const MAX_BYLINE_PART_WORDS = 8
/** What follows "and" in a byline is a co-author or a place: capitalised words only, never a headline's clause. */
const CO_AUTHOR_OR_PLACE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u

/** A byline's parts after the name, each short, and what follows a conjunction capitalised ("… and Timur Abenov"). */
function bylineRestFits(rest: readonly (string | undefined)[]): boolean {
  for (let k = 0; k < rest.length; k += 2) {
    const joiner = rest[k]
    const part = rest[k + 1] ?? ''
    if (words(part).length > MAX_BYLINE_PART_WORDS) return false
    // "Genel Kurul Tutanağı - 28. Dönem 4. Yasama Yılı 67. Birleşim": ordinals number a sitting or an issue, no outlet
    if (/(?<!\d)\d{1,3}\.\s+\p{Lu}/u.test(part)) return false
    if (joiner !== undefined && joiner !== 'in' && !CO_AUTHOR_OR_PLACE.test(part)) return false
  }
  return true
}

/**
 * Reads a byline: a name, perhaps after "By"/"Yazan:" and before an outlet or a role; a newsroom desk signs with no
 * name ("Enerji Günlüğü Haber Merkezi"). Gives the author's name (null for a desk), or undefined for no byline.
 */
function readByline(line: string, lowerWords: () => ReadonlySet<string>): string | null | undefined {
  if (line.length > 120 || endsSentence(line)) return undefined
  // "Özet Bilgi": a section's name, capitalised like a name
  if (foldVariants(line).some((folded) => SECTION_NAMES.has(folded))) return undefined
  const prefixed = BYLINE_PREFIX.exec(line)
  // the split keeps each conjunction (its capture) before the part it joins, undefined after other marks
  const [name = '', ...rest] = line.slice(prefixed?.[0].length ?? 0).split(BYLINE_PARTS)
  const named = bylineRestFits(rest) && isPersonName(name, prefixed ? null : lowerWords())
  // a desk signs alone ("Xəbər Lenti-nin Siyasət şöbəsi"), maybe with its place ("Dış Haberler Servisi / Bakü özel");
  // after a name it is the author's desk ("… - Emtia Servisi")
  const [deskPart = '', ...places] = line.split(/\s+[/–—|-]\s+/u)
  const desk =
    words(deskPart).length <= 6 &&
    places.every((place) => words(place).length <= MAX_DESK_PLACE_WORDS) &&
    foldVariants(deskPart).some((folded) => NEWSROOM_DESK.test(folded))
  // "Emtia Masası | Derya Akbulut": the desk, then the reporter who writes for it
  const reporter = desk && places.length === 1 && isPersonName(places[0] ?? '', lowerWords()) ? places[0] : undefined
  if (reporter !== undefined) return reporter
  if (desk && !(named && rest.length > 0)) return null
  return named ? name : undefined
}

/** Words of the place after a desk's name: a city, maybe "özel" (own report), "Ankara bureau". */
const MAX_DESK_PLACE_WORDS = 3

/**
 * A professional network's member over a post: the name and how far the reader's network reaches them ("Daniyar
 * Abenov • 2nd", "Murat Kocabaş • 1.", "Айгерим Сеитова • 3-й+").
 */
const NETWORK_MEMBER =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[•·]\s*(?:1st|2nd|3rd\+?|[123]\.\+?|[123]-й\+?)$/u
/** Longest line a member gives under their name (their role and company). */
const MAX_MEMBER_LINE_CHARS = 200

const isAffiliation = (line: string) =>
  line.length <= 100 && words(line).length <= 10 && !endsSentence(line) && ROLE_WORD.test(line.toLocaleLowerCase('tr'))

/** Characters of the text's opening read for its lower-case words: enough to see a heading's words recur. */
const WORD_SAMPLE_CHARS = 20_000

/** Words the text writes in lower case: a person's name never is one. */
function lowerCaseWords(text: string): Set<string> {
  const found = new Set<string>()
  for (const [word] of text.slice(0, WORD_SAMPLE_CHARS).matchAll(/(?<![\p{L}\p{N}])\p{Ll}{1,40}/gu)) found.add(word)
  return found
}

/** A stand-in title when the file has no headline: the first words of the body. */
function fallbackTitle(body: readonly string[]): string | null {
  const first = body.find((line) => /\p{L}/u.test(line))
  if (!first) return null
  const sentence = first.slice(0, 500).split(/(?<=[.!?])\s/u)[0] ?? first
  if (sentence.length <= 120) return sentence
  return `${sentence.slice(0, 120).replace(/\s+\S*$/u, '')}…`
}

const isProse = isProseLine

/** Indices of the first (or last) `count` non-blank lines. */
function nonBlankIndices(lines: readonly string[], count: number, fromEnd: boolean): number[] {
  const indices = lines.flatMap((line, index) => (line === '' ? [] : [index]))
  return fromEnd ? indices.slice(-count).reverse() : indices.slice(0, count)
}

/** A day and month from a dateline, in the year of the update date (the year before, if it would come later). */
function datelineDate(lead: readonly string[], updated: string | null): string | null {
  for (const index of nonBlankIndices(lead, 3, false)) {
    const found = readDateline(lead[index] ?? '')
    if (!found) continue
    const monthDay = `${pad(found.month)}-${pad(found.day)}`
    const year = found.year ?? (updated ? Number(updated.slice(0, 4)) - (monthDay > updated.slice(5) ? 1 : 0) : null)
    if (year === null) return null
    const date = new Date(Date.UTC(year, found.month - 1, found.day))
    return date.getUTCMonth() === found.month - 1 ? `${year}-${monthDay}` : null
  }
  return null
}

/** What the header learnt so far, filled line by line. */
interface HeaderState {
  title: string | null
  published: string | null
  updated: string | null
  author: string | null
  removed: Article['removed']
}

/** A caption under a photo's credit in the header ("© Пресс-служба Акорды" over "Токаев и Си Цзиньпин …"). */
const isCaptionUnder = (above: string | undefined, line: string) =>
  above !== undefined && PHOTO_CREDIT.test(above) && isCaptionShaped(line)

/** Records a date line's dates and byline; the first publication date wins over later ones and over updates. */
function takeDateLine(state: HeaderState, found: DateLine, text: string): void {
  state.published ??= found.published
  state.updated ??= found.updated
  state.author ??= found.byline
  state.removed.push({ reason: 'header date', text })
}

/**
 * An encyclopedia's stamp at its foot: "This page was last edited on 3 April 2026, at 14:12", "Эта страница в
 * последний раз была отредактирована 12 мая 2026 в 08:41", "Bu sayfa en son 3 Nisan 2026 tarihinde … değiştirilmiştir".
 */
const LAST_EDITED =
  /(?:last\s+(?:edited|modified)|в\s+последний\s+раз\s+(?:была\s+)?(?:отредактирована|изменена)|en\s+son\s.{0,60}değiştiril|son\s+dəfə\s.{0,60}redaktə)/iu
const DAY_MONTH_YEAR = /\d{1,2}\s+\p{L}+\s+\d{4}/u
/** A letter's sign-off: "С уважением,", "Saygılarımla,", "Hörmətlə,", "Sincerely,", "Yours faithfully,". */
const SIGN_OFF =
  /^(?:с\s+уважением|искренне\s+ваш|saygılarımla|saygılarımızla|hörmətlə|sincerely|yours\s+(?:sincerely|faithfully)|(?:best|kind)\s+regards)(?!\p{L})[,.!]?$/iu
/** Lines a letter's signature (its writer's post, company and name) takes between the sign-off and the date. */
const SIGNATURE_LINES = 4
/** "С уважением, | Председатель … | Болат Оспанов | 28 апреля 2026 года": a date under a letter's signature. */
const underSignOff = (body: readonly string[], index: number) =>
  body
    .slice(0, index)
    .filter((line) => line.trim() !== '')
    .slice(-SIGNATURE_LINES - 1)
    .some((line) => SIGN_OFF.test(line.trim()))

/** A page's field, labelled in a few words ("Статус: ответ получен", "Дата ответа: 11.06.2026"). */
const LABELLED_FIELD = /^[\p{L}][\p{L}\s]{1,30}:\s*\S/u
/** Most labelled fields read under a standfirst for a date. */
const MAX_FIELDS_UNDER = 3

/**
 * Looks for a date line the header did not reach: among the first lines of the body (under a photo credit, say)
 * and, labelled ("Опубликовано:", "Published:"), among the last ones. Cuts what it takes from `body`.
 */
function findLateDate(
  state: HeaderState,
  body: string[],
  bylineOf: (line: string) => string | null | undefined,
): 'deep' | 'near' | 'foot' | null {
  // A date line further down still stands above the first paragraph (under a photo credit or a caption, say), or
  // right under a standfirst, the one-paragraph summary some sites print between the headline and the date (maybe
  // under the byline there); never as the text's last line, where an unlabelled stamp belongs to a feed item.
  const lead = nonBlankIndices(body, LEAD_LINES, false)
  const firstProse = lead.findIndex((index) => isProse(body[index] ?? ''))
  const last = nonBlankIndices(body, 1, true)[0]
  // the lines under the standfirst, a page's buttons between them taking no place ("Created 2 projects | 1 backed")
  const under = nonBlankIndices(body, LEAD_LINES + MAX_BUTTONS_UNDER, false).filter(
    (index) =>
      index > (lead[firstProse] ?? Infinity) &&
      (readDateLine(body[index] ?? '') !== null || clutterReason(body[index] ?? '') === null),
  )
  const underLine = body[under[0] ?? -1] ?? ''
  // ("by Aruzhan Omarova · Saǵat Atelier": a writer and her studio, after "by")
  const isBylineUnder = bylineOf(underLine) !== undefined || BYLINE_PREFIX.test(underLine)
  const bylineUnder = firstProse >= 0 && !readDateLine(underLine) && isBylineUnder ? 1 : 0
  // "Дата оглашения: 27.05.2026 | Дата ответа: 11.06.2026 | Статус: …": a block of labelled fields under it is read
  // through
  const fieldsUnder = under.slice(bylineUnder, bylineUnder + MAX_FIELDS_UNDER)
  const fieldRun = fieldsUnder.findIndex((i) => !LABELLED_FIELD.test(body[i] ?? ''))
  const underCount = Math.max(1, fieldRun < 0 ? fieldsUnder.length : fieldRun)
  const underStandfirst = under.slice(bylineUnder, bylineUnder + underCount).filter((i) => i !== last)
  const spots: { index: number; needsLabel: boolean; deep?: boolean }[] = [
    ...[...lead.slice(0, firstProse < 0 ? lead.length : firstProse), ...underStandfirst].map((index) => ({
      index,
      needsLabel: false,
    })),
    ...nonBlankIndices(body, TAIL_LINES, true).map((index) => ({ index, needsLabel: true })),
    // a data page (a ship's particulars, a list of records) whose story starts far down: the date line right over
    // its first paragraph ("21 August 2026 · ShipRadar News Desk")
    ...nonBlankIndices(body.slice(0, Math.max(0, body.findIndex(isProse))), 1, true)
      .filter((index) => !lead.includes(index))
      .map((index) => ({ index, needsLabel: false, deep: true })),
    // a programme, a list or a table over the story: the story's own date and time line right over its first paragraph
    // ("13.10.2026 | 20:15 · Forumun mətbuat xidməti"), however far down
    ...timedDateLinesOverProse(body).map((index) => ({ index, needsLabel: false, deep: true })),
  ]
  for (const { index, needsLabel, deep = false } of spots) {
    if (state.published !== null) return null
    const text = body[index] ?? ''
    // an encyclopedia's page is dated by its last edit, in a sentence at its foot
    const stamp = needsLabel && LAST_EDITED.test(text) ? DAY_MONTH_YEAR.exec(text)?.[0] : undefined
    const found = readDateLine(stamp ?? text)
    // a label with no colon is one too when it names the publication ("Подписано в печать 14.07.2026. Формат …")
    const labelled =
      stamp !== undefined ||
      /\p{L}\s*:/u.test(text) ||
      PUBLISHED_LABEL.test(foldCase(text.trim(), 'tr')) ||
      underSignOff(body, index)
    // (a page is published no later than its last update: a later date is a reader's comment's, or a reply's)
    const afterUpdate = found?.published != null && state.updated !== null && found.published > state.updated
    if (!found || (needsLabel && !labelled) || isLongBefore(found.published, state.updated) || afterUpdate) continue
    takeDateLine(state, found, text)
    body[index] = ''
    // "Emtia Masası | Derya Akbulut" right over a date line among the lead's lines: the byline goes with it
    const above = needsLabel ? undefined : lead[lead.indexOf(index) - 1]
    const bylineAbove = above !== undefined && bylineOf(body[above] ?? '') !== undefined ? above : undefined
    const byline = bylineUnder === 1 && underStandfirst.includes(index) ? lead[firstProse + 1] : bylineAbove
    if (byline !== undefined) {
      state.author ??= bylineOf(body[byline] ?? '') ?? null
      state.removed.push({ reason: 'byline', text: body[byline] ?? '' })
      body[byline] = ''
    }
    if (!needsLabel && !deep) takeLinesUnder(state, body, lead.slice(lead.indexOf(index) + 1), bylineOf)
    if (state.published !== null) return deep ? 'deep' : needsLabel ? 'foot' : 'near'
  }
  return null
}

/**
 * A date more than a year before the update the header read is no date of the page: "12 avqust 2018 — Aktau" under
 * a chronology's introduction, last updated on 12.XI.2026, is its first entry's.
 */
const isLongBefore = (date: string | null, updated: string | null) =>
  date !== null && updated !== null && Number(updated.slice(0, 4)) - Number(date.slice(0, 4)) > 1

/** A time of day on a date line: "20:15", "09.30". */
const TIME_OF_DAY = /(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)/u

/** The lines, top first, that read as a date line with its time and stand right over a paragraph of prose. */
function timedDateLinesOverProse(body: readonly string[]): number[] {
  const lines = nonBlankIndices(body, body.length, false)
  return lines.filter(
    (index, k) =>
      TIME_OF_DAY.test(body[index] ?? '') &&
      isProse(body[lines[k + 1] ?? -1] ?? '') &&
      readDateLine(body[index] ?? '') !== null,
  )
}

/** Lines of a date's block: its update line, then the byline ("Обновлено: 3 марта 2026, 11:40", "Беседовала …"). */
const MAX_LINES_UNDER_DATE = 2

/** Takes the update line and the byline right under a date line found in the lead, as the header would have. */
function takeLinesUnder(
  state: HeaderState,
  body: string[],
  under: readonly number[],
  bylineOf: (line: string) => string | null | undefined,
): void {
  for (const index of under.slice(0, MAX_LINES_UNDER_DATE)) {
    const text = body[index] ?? ''
    const found = readDateLine(text)
    const byline = found ? undefined : bylineOf(text)
    if (found) takeDateLine(state, found, text)
    else if (byline !== undefined && !isProse(text)) {
      state.author ??= byline
      state.removed.push({ reason: 'byline', text })
    } else return
    body[index] = ''
  }
}

/**
 * Reads the header at the top of normalised article text: a leading date line (" date YYYY-MM-DD Title" or a
 * section label instead of the title), breadcrumbs and other site clutter, section labels, the headline, date lines
 * (labelled, with times, time zones and update dates), time lines and a byline with an optional affiliation line.
 * Header lines leave the body and are kept in `removed`. Without a header date, a date line a little further down
 * or a labelled one at the end is taken, else an agency dateline's day and month when a year is known.
 */
export function parseHeader(text: string, anchored = false): ArticleHeader {
  const lines = text.split('\n')
  const state: HeaderState = { title: null, published: null, updated: null, author: null, removed: [] }
  let index = 0
  const skipBlank = () => {
    while (index < lines.length && (lines[index] ?? '') === '') index++
  }
  const peekAfter = (from: number) => lines.slice(from + 1).find((line) => line !== '') ?? ''

  // a forwarded e-mail: the forwarder's header, note and signature stand over the message, whose header is the page's
  const forwarded = anchored ? null : forwardedStart(lines)
  if (forwarded !== null) return underTop(lines, forwarded, 'e-mail header')
  // "TİM | TÜRKİYE İHRACATÇILAR MECLİSİ | Dış Ticarette Türkiye'nin Gücü" over "BASIN BÜLTENİ": an issuer's masthead
  // and tagline over its press release's label; the release's own header starts at the label
  const label = anchored ? null : pressReleaseLabel(lines)
  if (label !== null) {
    const release = underTop(lines, label, 'site header', true)
    // a release mailed out ("Date: Tue, 7 Apr 2026 at 09:05" over "PRESS RELEASE") is dated by its e-mail when it
    // gives no date line of its own
    return { ...release, published: release.published ?? mailDate(lines) }
  }
  const dated = DATED_FIRST_LINE.exec(lines[0] ?? '')
  const firstDate = dated?.[1] ? parseHeaderDate(dated[1]) : null
  if (dated?.[2] && firstDate) {
    state.published = firstDate
    state.removed.push({ reason: 'header date', text: dated[1] ?? '' })
    if (isSectionLabel(dated[2], peekAfter(0))) state.removed.push({ reason: 'section label', text: dated[2] })
    else state.title = dated[2]
    index = 1
  }
  const mail = index === 0 ? readMailHeader(lines) : null
  if (mail) {
    // a webmail page's menus over the message, and its subject on a line of its own
    for (const line of lines.slice(0, mail.start))
      if (line.trim()) state.removed.push({ reason: 'site menu', text: line })
    for (const line of lines.slice(mail.start, mail.end - mail.fields.length)) {
      state.removed.push({ reason: 'e-mail header', text: line })
    }
    for (const field of mail.fields) {
      if (field.date) takeDateLine(state, field.date, field.text)
      else state.removed.push({ reason: 'e-mail header', text: field.text })
    }
    state.title = mail.title
  }
  index = mail?.end ?? index
  // an e-mail's subject stands for the headline at the end of its header
  let titleAt = state.title === null ? -1 : Math.max(0, (mail?.end ?? 0) - 1)
  let menuUnderTitle = 0
  let mastheadOverDate = false
  let lowerWords: Set<string> | null = null
  const corrections: string[] = []
  const textLowerWords = () => (lowerWords ??= lowerCaseWords(text))
  const isNamedAuthor = (line: string) => readByline(line, textLowerWords) !== undefined
  for (let step = 0, clutterSteps = 0; step < HEADER_LINES; step++) {
    skipBlank()
    const line = lines[index]
    if (line === undefined) break
    const dateLine = readDateLine(line)
    const clutter = dateLine ? null : clutterReason(line)
    const byline = dateLine || clutter ? undefined : readByline(line, textLowerWords)
    if (dateLine) {
      // a menu (a line of links, or a stack of section names) between the "title" and the date makes it a masthead
      mastheadOverDate = state.title !== null && state.published === null && menuUnderTitle > 0 && titleAt >= 0
      takeDateLine(state, dateLine, line)
    } else if (TIME_LINE.test(line)) {
      state.removed.push({ reason: 'header time', text: line })
    } else if (HANDLE_LINE.test(line)) {
      // a channel's page ("Таможня | Транзит | Цифра" over "@tamozhnya_tranzit"): its name is the page's title
      const name = state.removed.at(-1)?.text
      if (state.title === null && name !== undefined && name === lines.slice(0, index).findLast((l) => l !== '')) {
        state.removed.pop()
        state.title = name
        titleAt = index
      }
      state.removed.push({ reason: 'site header', text: line })
    } else if (clutter) {
      state.removed.push({ reason: clutter, text: line })
      if (state.title !== null && MENU_REASONS.has(clutter)) menuUnderTitle += 1
      // an encyclopedia's sidebar and tabs stack a dozen lines over its title: they take no step of the header's
      if (state.title === null && clutterSteps++ < HEADER_CLUTTER_LINES) step--
    } else if (NETWORK_MEMBER.test(line)) {
      // "Daniyar Abenov • 2nd" over "CEO at SteppeLink …": a network's post under its author and the author's own line
      state.author ??= NETWORK_MEMBER.exec(line)?.[1] ?? null
      state.removed.push({ reason: 'byline', text: line })
      const next = lines[index + 1]
      if (next !== undefined && next.length <= MAX_MEMBER_LINE_CHARS && !endsSentence(next)) {
        state.removed.push({ reason: 'byline', text: next })
        index++
      }
    } else if (state.title !== null && isCaptionUnder(state.removed.at(-1)?.text, line)) {
      state.removed.push({ reason: 'photo caption', text: line })
    } else if (
      byline !== undefined &&
      (state.title !== null || BYLINE_PREFIX.test(line) || ACADEMIC_TITLE.test(line))
    ) {
      state.author ??= byline
      state.removed.push({ reason: 'byline', text: line })
      const next = lines[index + 1]
      if (next !== undefined && isAffiliation(next)) {
        state.removed.push({ reason: 'byline', text: next })
        index++
      }
    } else if (
      state.title === null &&
      (isStackedLabel(lines, index, isNamedAuthor) ||
        isPlaceLine(line) ||
        isLabelOverDate(lines, index) ||
        isSeriesLabel(line, peekAfter(index)))
    ) {
      state.removed.push({ reason: 'section label', text: line })
      // a site's menu stacked one name per line over the headline takes no step of the header's, as clutter does not
      if (clutterSteps++ < HEADER_CLUTTER_LINES) step--
    } else if (state.title === null && isHeadline(line)) {
      state.title = line
      titleAt = index
    } else if (
      state.title !== null &&
      state.published === null &&
      isFieldOverDate(lines, index, state.removed.at(-1)?.reason === 'record field')
    ) {
      // "Emitent: … | ISIN: … | Açıqlamanın tarixi: 03.09.2026": a record's fields between its headline and its date
      state.removed.push({ reason: 'record field', text: line })
      if (clutterSteps++ < MAX_FIELDS_OVER_DATE) step--
    } else if (state.title !== null && isLabelOverDate(lines, index)) {
      state.removed.push({ reason: 'section label', text: line })
      menuUnderTitle += 1
      // a menu stacked under a masthead takes no step of the header's, as clutter over the title does not
      if (clutterSteps++ < HEADER_CLUTTER_LINES) step--
    } else if (mastheadOverDate && isHeadline(line) && !isLabelShaped(line)) {
      // the "title" was the masthead over a menu: the headline comes under the date line (and its section)
      state.removed.push({ reason: 'site header', text: state.title ?? '' })
      state.title = line
      titleAt = index
      mastheadOverDate = false
    } else if (mail !== null && isLabelShaped(line)) {
      // "CASPIAN ENERGY BRIEF" under an e-mail's header: the newsletter's masthead
      state.removed.push({ reason: 'site header', text: line })
    } else if (mastheadOverDate && isOneWordLabel(line)) {
      state.removed.push({ reason: 'section label', text: line })
    } else if (state.title !== null && isChannelName(lines, index)) {
      // "Aqro TV Azərbaycan" over "48,2 min abunəçi": a video's channel under its title
      state.removed.push({ reason: 'site header', text: line })
    } else if (state.title === null && isCorrectionNote(line, 'tr')) {
      // an editor's correction over the headline ("DÜZELTME: …") is the story's: the extractors read it apart
      corrections.push(line)
    } else break
    index++
  }
  const story = lines.slice(index)
  const late = findLateDate(state, story, (line) => readByline(line, textLowerWords))
  const body = corrections.length > 0 ? [...corrections, '', ...story] : story
  // a page whose top the header could not read (menus, promotions, a link to skip them): start again at the
  // headline right over the first date line, when the header found no date or took a line above it for the title,
  // and leave what stands above it out of the story
  const headline = anchored ? null : headlineOverDate(lines, isNamedAuthor)
  if (headline !== null && (state.published === null || headline > titleAt)) {
    const again = underTop(lines, headline, 'site header', true)
    if (again.published !== null) return again
  }
  // "Главная / Документы / … / Турецкая Республика" over the page's headline, on an undated page (a database's record):
  // the "title" above the breadcrumb was the site's name over its menu
  // (a date far down, over the story under a data page, or at the page's foot leaves the page's top undated)
  const anyDate = (state.published !== null || state.updated !== null) && late !== 'deep' && late !== 'foot'
  const underCrumb = anchored || anyDate ? null : headlineUnderCrumb(lines)
  if (underCrumb !== null && underCrumb > titleAt) return underTop(lines, underCrumb, 'site header', true)
  // a live page dated only by its last update: that day stands for its date (its years resolve the same)
  state.published ??= datelineDate(body, state.updated) ?? state.updated
  const { title, published, author, removed } = state
  return { title: title ?? fallbackTitle(body), published, author, body, removed }
}

/** Reads the header of the page from line `start` on, and keeps every line above it out of the story as `reason`. */
function underTop(lines: readonly string[], start: number, reason: string, anchored = false): ArticleHeader {
  const again = parseHeader(lines.slice(start).join('\n'), anchored)
  const above = lines.slice(0, start).filter((line) => line !== '')
  return { ...again, removed: [...above.map((text) => ({ reason, text })), ...again.removed] }
}

/** Non-blank lines at the top where a press release's label ("PRESS RELEASE No. 07/2026") is looked for. */
const PRESS_LABEL_LINES = 6

/** The index of a press release's label below its issuer's masthead near the top, else null. */
function pressReleaseLabel(lines: readonly string[]): number | null {
  const index = nonBlankIndices(lines, PRESS_LABEL_LINES, false).find(
    (i) => clutterReason(lines[i] ?? '') === 'press release label',
  )
  return index !== undefined && index > 0 ? index : null
}

/** A line with capitals and no small letter: a kicker, an agency or a dateline, when a headline stands over it. */
const inCapitals = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)
/** The kind of a record or a notice, as its label names it: "KOMİSYON TUTANAĞI", "СТЕНОГРАММА", "OFFICIAL RECORD". */
const RECORD_KIND =
  /(?<![\p{L}])(?:tutana\p{L}*|zabıt\p{L}*|protokol\p{L}*|steno[qg]ram\p{L}*|transcript|record|minutes|стенограмм\p{L}*|протокол\p{L}*|tebliğ|bildiriş|notice|уведомлени\p{L}*|извещени\p{L}*)(?![\p{L}])/u
/**
 * A record's kind in capitals, but for a note in brackets ("KOMİSYON TUTANAĞI (Ham Metin)"): a label over the
 * record's own title.
 */
const isCapitalsLabel = (line: string) =>
  inCapitals(line.replace(/\([^()]*\)/gu, '')) && RECORD_KIND.test(foldCase(line, 'tr'))
/** Lines in capitals that may stand between a headline and its date line (an agency, then a dateline). */
const MAX_CAPITAL_LINES = 2

/** Non-blank lines at the top where a headline over its date line is looked for. */
const ANCHOR_LINES = 25
/** Lines a headline and its standfirst take over the date line. */
const MAX_HEADLINE_RUN = 2

/**
 * The line of the headline right over the first date line near the top (past the byline between them): the upper of
 * a headline and its standfirst, below any section label. Null without such a date line, or at the top already.
 */
function headlineOverDate(lines: readonly string[], isByline: (line: string) => boolean): number | null {
  const top = nonBlankIndices(lines, ANCHOR_LINES, false)
  // a notice over the page ("NOTICE: The consular section will not receive visitors …") is no story's first paragraph
  // (nor is a date line that reads as a sentence: "Yayım tarihi: 07.07.2026 | Veriler 30.06.2026 itibarıyla hazırlanmıştır.")
  const isStoryProse = (line: string) => isProse(line) && clutterReason(line) === null && readDateLine(line) === null
  const firstProse = top.findIndex((index) => isStoryProse(lines[index] ?? ''))
  // a standfirst may stand between the headline and its date line, maybe over the byline: the zone then reaches the
  // date under them
  const lineAfterProse = (k: number) => lines[top[firstProse + k] ?? -1] ?? ''
  // a headline asked as a question reads as prose too: its standfirst is then the second prose line
  const proseRun = firstProse >= 0 && isProse(lineAfterProse(1)) ? 2 : 1
  // a date line that opens with its desk ("Haber Merkezi | Yayınlanma: …") is the date line itself, no byline over it
  const bylineLine = lineAfterProse(proseRun)
  const bylineUnder = firstProse >= 0 && !readDateLine(bylineLine) && isByline(bylineLine) ? 1 : 0
  const dateUnderProse = firstProse >= 0 && readDateLine(lineAfterProse(proseRun + bylineUnder)) !== null
  const zone = firstProse < 0 ? top : top.slice(0, firstProse + (dateUnderProse ? 1 + proseRun + bylineUnder : 0))
  const at = zone.findIndex((index) => readDateLine(lines[index] ?? '') !== null)
  const run: number[] = []
  let standfirst = false
  let standfirstAt: number | null = null
  let capitalsSkipped = 0
  // "Номер объявления: 16204877-1 | Статус объявления: Опубликовано": a record's fields stacked over its date, two or
  // more, stand between the headline and the date line as a byline would
  const stack: string[] = []
  while (at - 1 - stack.length >= 0 && FIELD_LINE.test(lines[zone[at - 1 - stack.length] ?? -1] ?? ''))
    stack.push(lines[zone[at - 1 - stack.length] ?? -1] ?? '')
  const fields = isRecordStack(stack) ? stack.length : 0
  for (let k = at - 1 - fields; k >= 0; k--) {
    const line = lines[zone[k] ?? -1] ?? ''
    const clutter = clutterReason(line)
    // a menu over the standfirst ends the header: no headline stands above the site's navigation
    if (run.length === 0 && standfirst && clutter !== null && MENU_REASONS.has(clutter)) break
    if (run.length === 0 && (isByline(line) || TIME_LINE.test(line) || clutter !== null)) continue
    // "DAILY SABAH WITH AGENCIES", "TURKISTAN, KAZAKHSTAN": an agency or a dateline in capitals over the date
    if (run.length === 0 && inCapitals(line) && capitalsSkipped++ < MAX_CAPITAL_LINES) continue
    if (run.length === 0 && !standfirst && isProse(line)) {
      standfirst = true
      standfirstAt = zone[k] ?? null
      continue
    }
    if (run.length === MAX_HEADLINE_RUN || !isHeadline(line) || isLabelShaped(line)) break
    // "KOMİSYON TUTANAĞI (Ham Metin)" over "Asansör Güvenliği … Toplantısı": a document's kind in capitals over its
    // headline is its label
    if (run.length > 0 && isCapitalsLabel(line) && !inCapitals(lines[run[0] ?? -1] ?? '')) break
    run.push(zone[k] ?? -1)
  }
  // a headline asked as a question, with nothing headline-like over it, was taken for the standfirst
  const question = run.length === 0 && standfirstAt !== null && isQuestionHeadline(lines[standfirstAt] ?? '')
  const headline = question ? standfirstAt : run.at(-1)
  return headline === undefined || headline === null || headline <= 0 ? null : headline
}

/** A channel's count of subscribers: "12.4K subscribers", "48,2 min abunəçi", "12,4 тыс. подписчиков". */
const SUBSCRIBERS =
  /^\d[\d.,\s]*(?:[kкm]|\s*(?:min|bin|тыс\.|mln|млн))?\s+(?:subscribers?|abunəçi|abone|takipçi|подписчик\p{L}*)$/iu

/** A short line right over its subscribers' count: a video's channel, under the video's title. */
function isChannelName(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index + 1).find((l) => l.trim() !== '') ?? ''
  return (lines[index] ?? '').length <= MAX_CHANNEL_CHARS && SUBSCRIBERS.test(next.trim())
}
const MAX_CHANNEL_CHARS = 60

/** A record's field: a label of a few words, its colon, its value ("Emitentin kodu: QKZV", "ISIN: AZ1001024317"). */
const FIELD_LINE = /^[\p{L}][\p{L} .'’()-]{0,40}:\s+\S/u
/** Fields a stack needs to be a record's, not a headline with a colon ("Kazakhstan: exports up 12%"). */
const MIN_FIELD_LINES = 2
/** Fields that make a record's block by their number alone: a dataset's "Publisher:", "Licence:", "Update frequency:". */
const MIN_RECORD_FIELDS = 3
/**
 * A record's fields, not a headline with a colon over its writer's credit ("Kısa kısa: …" over "Derleyen: …"): two or
 * more, one of them giving a code ("ISIN: AZ1001024317"), or three or more of any kind.
 */
const isRecordStack = (stack: readonly string[]) =>
  stack.length >= MIN_RECORD_FIELDS || (stack.length >= MIN_FIELD_LINES && stack.some(isCodeField))
/** Most fields a record stacks between its headline and its date line. */
const MAX_FIELDS_OVER_DATE = 8

/**
 * Whether the line opens a stack of a record's fields that ends in its date line (blank lines aside), one of them
 * giving a code unless the stack goes on from fields already read (`inRecord`).
 */
function isFieldOverDate(lines: readonly string[], index: number, inRecord: boolean): boolean {
  const stack: string[] = []
  for (let at = index; at < lines.length && stack.length <= MAX_FIELDS_OVER_DATE; at++) {
    const line = lines[at] ?? ''
    if (line.trim() === '') continue
    if (readDateLine(line) !== null)
      return stack.length > 0 && (inRecord || stack.some(isCodeField) || isRecordStack(stack))
    // "Məlumat dəstinin pasportu", "Dataset details": the block's own heading over its first field
    if (at === index && !inRecord && RECORD_HEADING.test(line.trim())) continue
    if (!FIELD_LINE.test(line)) return false
    stack.push(line)
  }
  return false
}

/** A short heading of a few words, no digit, no colon, no sentence's end: a block of fields' title. */
const RECORD_HEADING = /^\p{L}[\p{L} '’-]{2,40}$/u

/** Most lines of a page's controls between its breadcrumb and its headline. */
const MAX_CONTROLS_UNDER_CRUMB = 3

/**
 * The line of the headline right under a breadcrumb trail near the top, before any prose; null without one.
 */
function headlineUnderCrumb(lines: readonly string[]): number | null {
  const top = nonBlankIndices(lines, ANCHOR_LINES, false)
  const prose = top.findIndex((index) => isProse(lines[index] ?? ''))
  const crumb = top
    .slice(0, prose < 0 ? top.length : prose)
    .findIndex((index) => clutterReason(lines[index] ?? '') === 'breadcrumb')
  if (crumb < 0) return null
  // "◄ § 17. … | Оглавление | § 19. … ►", "Ship to: Kazakhstan ▾ | Currency: USD ▾", a cookie banner: the page's
  // controls between the trail and the headline
  const controls = top
    .slice(crumb + 1, crumb + 1 + MAX_CONTROLS_UNDER_CRUMB)
    .findIndex((index) => clutterReason(lines[index] ?? '') === null)
  const next = controls < 0 ? undefined : top[crumb + 1 + controls]
  if (next === undefined) return null
  const line = lines[next] ?? ''
  const headline = isHeadline(line) && !isLabelShaped(line) && !readDateLine(line) && clutterReason(line) === null
  return headline ? next : null
}

/** Longest question read as a headline: one sentence that asks ("What is …, and how much …?"). */
const MAX_QUESTION_HEADLINE_CHARS = 160
const isQuestionHeadline = (line: string) =>
  line.length <= MAX_QUESTION_HEADLINE_CHARS && /\?["'”’»]*$/u.test(line) && !/[.!?]\s+\p{Lu}/u.test(line)

/**
 * Clutter that is a site's navigation or the rest of its masthead (a newsletter's issue number): under a masthead, it
 * shows the "title" over it was no headline.
 */
// a press release's label under its issuer's name ("EURASIAN DEVELOPMENT BANK" over "PRESS RELEASE No. 07/2026") makes
// that name a masthead, as a menu does
const MENU_REASONS: ReadonlySet<string> = new Set(['site menu', 'breadcrumb', 'site header', 'press release label'])

/** Most section names a menu stacks one per line over a date line. */
const MAX_STACKED_SECTIONS = 8

const isOneWordLabel = (line: string) => isLabelShaped(line) && !/\s/u.test(line.trim())

/**
 * A section name under the headline, over its date line ("Экономика" between the headline and "21 мая 2026"), or one
 * of a menu's names stacked one per line over it ("Главное", "Политика", … "Регионы"), or a section and subsection.
 */
function isLabelOverDate(lines: readonly string[], index: number): boolean {
  const below = nonBlankIndices(lines.slice(index), MAX_STACKED_SECTIONS + 1, false).map(
    (at) => lines[index + at] ?? '',
  )
  const date = below.findIndex((line) => readDateLine(line) !== null)
  if (date <= 0) return false
  const stack = below.slice(0, date)
  if (stack.every((line) => isOneWordLabel(line) || isCrumbLabel(line))) return true
  // a site's menu stacked one entry per line ("Президент", "Совет безопасности", "Поиск по сайту") may name an entry in
  // two or three words: a stack that long is no headline
  const above = lines.slice(0, index).reverse()
  const run = above.findIndex((line) => line === '' || !isLabelShaped(line))
  return (run < 0 ? above.length : run) + stack.length >= MIN_MENU_STACK && stack.every(isLabelShaped)
}

/** Lines of a menu stacked one entry per line, at the least, where an entry may hold more than one word. */
const MIN_MENU_STACK = 4

/** A section and its subsection over the date line: "İqtisadiyyat » Maliyyə", "Экономика / Транспорт". */
const isCrumbLabel = (line: string) => /\s[|›»/>]\s/u.test(line) && isLabelShaped(line)
