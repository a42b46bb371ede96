import type { Article } from '../../schema/dataset'
import { readDateLine, type DateLine } from './header-date'

/** A field of an e-mail's header: "From: …", "Subject: …", "Konu: …", "Mövzu: …", "Тема: …". */
const MAIL_FIELD =
  /^(from|to|cc|sent|subject|date|kimden|kime|konu|tarih|kimdən|kimə|mövzu|tarix|от|кому|тема|дата|отправлено)\s*:\s*\S/iu
const SUBJECT_FIELD = /^(?:subject|konu|mövzu|тема)\s*:\s*/iu

/** An e-mail's header read: its fields in order (a date field with its date) and the title its subject gives. */
export interface MailHeader {
  fields: { text: string; date: DateLine | null }[]
  title: string | null
}

/**
 * An e-mailed issue saved with its header, at the top of the text: its subject is the title, the first of the stories
 * it lists ("Subject: Baku ministerial moves Black Sea cable a step closer | Kazakhstan's power exports | …"), its
 * date field the date. Null when the text opens with no such header (two fields and a subject at least).
 */
export function readMailHeader(lines: readonly string[]): MailHeader | null {
  const end = lines.findIndex((line) => !MAIL_FIELD.test(line))
  const fields = lines.slice(0, end === -1 ? lines.length : end)
  const subject = fields.find((line) => SUBJECT_FIELD.test(line))
  if (fields.length < 2 || subject === undefined) return null
  const title =
    subject
      .replace(SUBJECT_FIELD, '')
      .split(/\s+\|\s+/u)[0]
      ?.trim() || null
  return { fields: fields.map((text) => ({ text, date: text === subject ? null : readDateLine(text) })), title }
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
