import type { Article } from '../../schema/dataset'
import { foldCase, isProseLine as isProse } from '../lexicon/text'
import { PUBLISHED_LABEL } from '../lexicon/header-words'
import { type DateLine, readDateLine } from './header-date'
import { clutterReason } from './site-clutter'
import { BYLINE_PREFIX } from './header-bylines'
import { nonBlankIndices } from './header-labels'

// A date line the header did not reach: further down the lead, under a standfirst or a signature, or at the foot.

/** Lines below the header, and at the end of the text, where a date line may still stand. */
const LEAD_LINES = 5
/** Buttons of a page's own ("Back this project", "Remind me") that may stand under a standfirst, over its date. */
const MAX_BUTTONS_UNDER = 2
const TAIL_LINES = 8

/** What the header learnt so far, filled line by line. */
export interface HeaderState {
  title: string | null
  published: string | null
  updated: string | null
  author: string | null
  removed: Article['removed']
}

/** Records a date line's dates and byline; the first publication date wins over later ones and over updates. */
export function takeDateLine(state: HeaderState, found: DateLine, text: string): void {
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
export function findLateDate(
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
