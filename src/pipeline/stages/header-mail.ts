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
