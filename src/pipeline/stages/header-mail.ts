import type { Article } from '../../schema/dataset'
import { readDateLine, type DateLine } from './header-date'

/**
 * A field of an e-mail's header: "From: …", "Subject: …", "Konu: …", "Mövzu: …", "Тема: …", a copy's ("Bilgi:",
 * "Копия:") and the attachments' ("Ekler:", "Вложения:").
 */
const MAIL_FIELD =
  /^(from|to|cc|bcc|sent|subject|date|attachments?|kimden|kime|bilgi|bilgi\s+için|konu|tarih|ekler|kimdən|kimə|surət|mövzu|tarix|qoşmalar|от|кому|копия|тема|дата|отправлено|вложени[яе])\s*:\s*\S/iu
const SUBJECT_FIELD = /^(?:subject|konu|mövzu|тема)\s*:\s*/iu
/** The sender's field, which a webmail page's header always shows. */
const SENDER_FIELD = /^(?:from|kimden|kimdən|от)\s*:/iu
/** How many lines of a webmail page's menus may stand over the header of the message it shows. */
const MAX_LINES_OVER_MAIL = 8
/** The longest line of a menu or of a subject over a webmail message's header. */
const MAX_MENU_CHARS = 140

/**
 * An e-mail's header read: its fields in order (a date field with its date), the title its subject gives, and where
 * the header's lines start and end (a webmail page's menus, and maybe its unlabelled subject line, stand over it).
 */
export interface MailHeader {
  fields: { text: string; date: DateLine | null }[]
  title: string | null
  start: number
  end: number
}

/** The first stories' separator in a mailed issue's subject: its first is the title. */
const titleOf = (subject: string) =>
  subject
    .replace(SUBJECT_FIELD, '')
    .split(/\s+\|\s+/u)[0]
    ?.trim() || null

/**
 * An e-mailed issue saved with its header, at the top of the text: its subject is the title, the first of the stories
 * it lists ("Subject: Baku ministerial moves Black Sea cable a step closer | Kazakhstan's power exports | …"), its
 * date field the date. A message shown on a webmail page has the page's menus over its header, and maybe its subject
 * on a line of its own right over the sender's field ("Proforma Fatura PI-2026/0418 – …" | "Kimden: …"). Null when
 * the text opens with no such header (two fields and a subject at least).
 */
export function readMailHeader(lines: readonly string[]): MailHeader | null {
  const start = lines
    .slice(0, MAX_LINES_OVER_MAIL + 1)
    .findIndex(
      (line, index) => MAIL_FIELD.test(line) && (index === 0 || SENDER_FIELD.test(line) || SUBJECT_FIELD.test(line)),
    )
  if (start === -1 || lines.slice(0, start).some((line) => line.length > MAX_MENU_CHARS)) return null
  const after = lines.slice(start).findIndex((line) => !MAIL_FIELD.test(line))
  const end = after === -1 ? lines.length : start + after
  const fields = lines.slice(start, end)
  const subject = fields.find((line) => SUBJECT_FIELD.test(line))
  // "Proforma Fatura PI-2026/0418 – Alüminyum Profil Siparişi (Almatı)" right over "Kimden: …": the webmail's subject
  const line = start > 0 && SENDER_FIELD.test(fields[0] ?? '') ? (lines[start - 1] ?? '').trim() : ''
  const above = line.includes(' | ') ? '' : line
  const title = subject !== undefined ? titleOf(subject) : above || null
  if (fields.length < 2 || title === null || (start > 0 && !fields.some((line) => SENDER_FIELD.test(line)))) return null
  const headerStart = subject === undefined ? start - 1 : start
  return {
    fields: fields.map((text) => ({ text, date: text === subject ? null : readDateLine(text) })),
    title,
    start: headerStart,
    end,
  }
}

/**
 * The line that opens a forwarded message in a mail client's words ("---------- Forwarded message ---------",
 * "-----Original Message-----", "Begin forwarded message:", "İletilen ileti", "Yönləndirilmiş məktub",
 * "Пересылаемое сообщение").
 */
const FORWARDED_LINE =
  /^[-–—\s]*(?:forwarded message|original message|begin forwarded message:?|iletilen ileti|yönlendirilen (?:ileti|mesaj)|orijinal ileti|yönləndirilmiş (?:məktub|mesaj)|ilkin məktub|пересылаемое сообщение|переадресованное сообщение|исходное сообщение)[-–—\s]*$/iu

/** Lines under an e-mail's header where the forwarded message's own header is looked for. */
const FORWARD_LINES = 30

/**
 * Where a forwarded message starts in a text that opens with an e-mail's header: the line after "Forwarded message",
 * past the forwarder's header, note and signature, which are the mail's and not the story's. Null when nothing is
 * forwarded.
 */
export function forwardedStart(lines: readonly string[]): number | null {
  if (readMailHeader(lines) === null) return null
  const at = lines.slice(0, FORWARD_LINES).findIndex((line) => FORWARDED_LINE.test(line.trim()))
  return at === -1 ? null : at + 1
}

/** The date an e-mail's header gives in its date field, when the text opens with one. */
export const mailDate = (lines: readonly string[]): string | null =>
  readMailHeader(lines)?.fields.find((field) => field.date?.published)?.date?.published ?? null

/** The signature delimiter of an e-mail ("-- " alone on its line): what follows is the sender's card and disclaimers. */
const SIGNATURE_DELIMITER = /^--\s?$/u
/** Non-blank lines at the end where a signature delimiter is looked for. */
const SIGNATURE_LINES = 20

/**
 * Cuts an e-mail's signature: in a text that opens with an e-mail's header, the lines after its last "--" near the end
 * (a name, a post, phones, an address, "CONFIDENTIALITY NOTICE: …") are the sender's, not the story's.
 */
export function cutMailSignature(text: string): { text: string; removed: Article['removed'] } {
  const lines = text.split('\n')
  if (readMailHeader(lines) === null) return { text, removed: [] }
  const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]))
  const delimiter = filled.slice(-SIGNATURE_LINES).findLast((index) => SIGNATURE_DELIMITER.test(lines[index] ?? ''))
  if (delimiter === undefined) return { text, removed: [] }
  const signature = lines.slice(delimiter).filter((line) => line.trim() !== '')
  return {
    text: lines.slice(0, delimiter).join('\n'),
    removed: signature.map((line) => ({ reason: 'e-mail signature', text: line })),
  }
}
