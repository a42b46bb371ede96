// Notes a page's date line may carry beside the date, none of which makes the line a sentence: a labelled note, a
// numbered item of a series, a time with a few words, a credit with "by", a section's name.

/**
 * A labelled note beside the date: "Kategori: Dış Ticaret Heyetleri", "Текст: Дилшод Рахимов", "Reference:
 * SN-2026/0147". A label of a word or two and a value of a few words with no number of its own: "Каспийский паром:
 * очередь сократилась до 3 дней" is a story's headline.
 */
function isLabelledNote(folded: string): boolean {
  const note = LABELLED_NOTE.exec(folded)
  const value = note?.[1]?.trim().split(/\s+/u) ?? []
  return note !== null && value.length <= MAX_NOTE_WORDS && !value.some((word) => /^[\d.,]+$/u.test(word))
}

const LABELLED_NOTE = /^\p{L}[\p{L}.'’]*(?:\s+\p{L}[\p{L}.'’]*)?\s*:\s*(\S[^:]*)$/u
const MAX_NOTE_WORDS = 5
/** A credit with "by": "Report prepared by Nino Beridze, Trade Policy Officer", "Started by logi_tamar". */
export const CREDIT = /^(?:\p{L}+\s+){0,3}by\s+\S.{0,60}$/u
/** A time with a few words: "данные на 09:00", "data as of 09:00", "saat 09:00 itibarıyla". */
const TIME_NOTE = /^(?:\p{L}+\s+){0,3}\d{1,2}[:.]\d{2}(?:\s+\p{L}+){0,2}$/u
/** A numbered item of a series: "Бюллетень № 214", "Bulletin No. 12", "ДЕНЬ 1", "Gün 3". */
const NUMBERED_ITEM = /^\p{L}{3,20}\s+(?:(?:№|no[.:]?|#)\s*\d{1,6}|\d{1,3})$/u

/** Whether a part of a date line is a labelled note, a numbered item or a time with a few words (folded). */
export const isNoteBesideDate = (folded: string): boolean =>
  NUMBERED_ITEM.test(folded) || isLabelledNote(folded) || TIME_NOTE.test(folded)

/**
 * A section's name of two or three words, the first capitalised and the last not, so no person's name ("Sərgi
 * xəbərləri", "Regulatory announcement"): taken as one only at the end of a line the date opens, as a ship's log line
 * ("29.05.2026 06:40 | Aktau limanı | Yükləmə başlayıb") holds two such parts.
 */
export const SECTION_PHRASE = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+)?\s+\p{Ll}[\p{L}-]*$/u
