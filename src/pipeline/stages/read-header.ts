import type { Article } from '../../schema/dataset'
import { pad } from '../lexicon/dates'
import { parseHeaderDate } from '../lexicon/header-date-line'
import { readDateLine, readDateline } from './header-date'
import { clutterReason } from './site-clutter'
import { isCaptionShaped } from './clutter-shapes'
import { PHOTO_CREDIT } from '../lexicon/clutter-words'
import { forwardedStart, mailDate, readMailHeader } from './header-mail'
import { isCorrectionNote } from './correction-notes'
import {
  isHeadline,
  isPlaceLine,
  isLabelShaped,
  isSectionLabel,
  isSeriesLabel,
  isStackedLabel,
  nonBlankIndices,
  TIME_LINE,
} from './header-labels'
import {
  ACADEMIC_TITLE,
  BYLINE_PREFIX,
  endsSentence,
  HANDLE_LINE,
  isAffiliation,
  lowerCaseWords,
  MAX_MEMBER_LINE_CHARS,
  NETWORK_MEMBER,
  readByline,
} from './header-bylines'
import { findLateDate, type HeaderState, takeDateLine } from './header-late-date'
import {
  headlineOverDate,
  headlineUnderCrumb,
  isFieldOverDate,
  isLabelOverDate,
  isOneWordLabel,
  MAX_FIELDS_OVER_DATE,
  MENU_REASONS,
  pressReleaseLabel,
} from './header-anchors'

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

/** A date first on the first line, then the rest of the line (" date 2025-10-21 Haberler"). */
const DATED_FIRST_LINE =
  /^\s*(?:(?:date|tarih|tarix|дата|published)\s*:?\s*)?(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(.+)$/iu

/** A stand-in title when the file has no headline: the first words of the body. */
function fallbackTitle(body: readonly string[]): string | null {
  const first = body.find((line) => /\p{L}/u.test(line))
  if (!first) return null
  const sentence = first.slice(0, 500).split(/(?<=[.!?])\s/u)[0] ?? first
  if (sentence.length <= 120) return sentence
  return `${sentence.slice(0, 120).replace(/\s+\S*$/u, '')}…`
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

/** A caption under a photo's credit in the header ("© Пресс-служба Акорды" over "Токаев и Си Цзиньпин …"). */
const isCaptionUnder = (above: string | undefined, line: string) =>
  above !== undefined && PHOTO_CREDIT.test(above) && isCaptionShaped(line)

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

/** A channel's count of subscribers: "12.4K subscribers", "48,2 min abunəçi", "12,4 тыс. подписчиков". */
const SUBSCRIBERS =
  /^\d[\d.,\s]*(?:[kкm]|\s*(?:min|bin|тыс\.|mln|млн))?\s+(?:subscribers?|abunəçi|abone|takipçi|подписчик\p{L}*)$/iu

/** A short line right over its subscribers' count: a video's channel, under the video's title. */
function isChannelName(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index + 1).find((l) => l.trim() !== '') ?? ''
  return (lines[index] ?? '').length <= MAX_CHANNEL_CHARS && SUBSCRIBERS.test(next.trim())
}
const MAX_CHANNEL_CHARS = 60
