/** Who wrote or published an article, as a credit line says. */
export interface Credit {
  outlet: string | null
  author: string | null
}

/** Labels of a source credit ("Kaynak: AA / Name"): the outlet first, then maybe the author. */
const SOURCE_LABEL = /^(?:kaynak|mənbə|menbe|source|источник)$/u
/** Labels of an author credit ("Haber: Name", "Muhabir: Name"). */
const AUTHOR_LABEL =
  /^(?:haber|muhabir|yazar|hazırlayan|haberi hazırlayan|müəllif|müxbir|hazırladı|author|reporter|written by|by|автор|корреспондент|текст)$/u
/** Labels of other credits that share the line (photos, video, editing): recognised, then ignored. */
const OTHER_LABEL =
  /^(?:fotoğraf|foto|photo|fotolar|[iı]mage|şəkil|video|görsel|editör|editor|redaktor|фото|изображение|видео|редактор)$/u

const LABELLED = /^([\p{L} ]{2,25}?)\s*:\s*(.+)$/u
const URL = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:\/\S*)?$/u
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u
/** A press agency set in brackets before the lead ("ANKARA (AA) -", "LONDON (Reuters) —"). */
const AGENCY_DATELINE = /^(?:\p{Lu}[\p{Lu}'’ -]*\s)?\(([\p{L}][\p{L}.& ]{0,20})\)\s*[-–—]/u
/** An Azerbaijani or Russian "X reports" attribution ("Report" xəbər verir ki, сообщает «Тренд»). */
const INLINE_OUTLET = [
  /(?:^|[\s(])["“«]?(\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*){0,2})["”»]?(?:-?\p{Ll}{1,4})?\s+xəbər\s+verir/u,
  /(?:сообщает|передает|передаёт)\s+["“«]?(\p{Lu}[\p{L}\d.&-]*(?:\s\p{Lu}[\p{L}\d.&-]*){0,2})["”»]?[.,]?\s*$/u,
]

const LEAD_CHARS = 1000

const clean = (value: string) => value.replace(/^["“«]|["”»]$/gu, '').trim()

function outletOf(value: string): string | null {
  const url = URL.exec(value)
  if (url?.[1]) return url[1]
  // A quoted name comes with what it is and its issue ("“Yeni Azərbaycan” qəzeti, № 164"): the name is the outlet.
  const quoted = /^["“«]([^"”»]{2,60})["”»]/u.exec(value)?.[1]
  if (quoted) return quoted.trim()
  return value.length <= 60 ? clean(value) : null
}

const nameOf = (value: string): string | null => (NAME.test(value.trim()) ? value.trim() : null)

/** A credit's value short enough to be a name or a desk ("AA", "Hazırlayan: Ekonomi Servisi"), not a sentence. */
const isShortCredit = (value: string) => value.split(/\s+/u).length <= 5 && !/[.!?,;]/u.test(value.replace(/\.$/u, ''))

/**
 * Sources listed or described rather than named: a comma between them, or words of a report in lower case; a quoted
 * name with its issue ("“Yeni Azərbaycan” qəzeti, № 164") and an address are outlets.
 */
const isDataSource = (value: string) =>
  !/^["“«]/u.test(value) &&
  !URL.test(value) &&
  (/,\s/u.test(value) || /^\p{Ll}/u.test(value) || /[.!?]$/u.test(value.trim()))

/** Reads one "label: value" segment into the parts of a credit; null when the label is no credit label. */
function readSegment(segment: string): Credit | null {
  const labelled = LABELLED.exec(segment.trim())
  if (!labelled?.[1] || !labelled[2]) {
    const by = /^by\s+(.+)$/iu.exec(segment.trim())
    const name = by?.[1] ? nameOf(by[1]) : null
    return name ? { outlet: null, author: name } : null
  }
  const label = labelled[1].toLocaleLowerCase('tr').trim()
  const value = labelled[2].trim()
  if (SOURCE_LABEL.test(label)) {
    const [first = '', second = ''] = value.split(/\s+\/\s+/u)
    // "Mənbə: ADY, Statistika Komitəsi", "Источник: годовой отчёт … за 2025 год.": a table's sources, no outlet
    return { outlet: isDataSource(first) ? null : outletOf(first), author: nameOf(second) }
  }
  if (AUTHOR_LABEL.test(label)) {
    const [person = '', agency = ''] = value.split(/\s+\/\s+/u)
    // "Müxbir: Təhsil Nazirliyinin məlumatına görə, …": a transcript's speaker before a sentence is no credit
    if (nameOf(person) === null && !isShortCredit(person)) return null
    return { outlet: agency ? outletOf(agency) : null, author: nameOf(person) ?? clean(person) }
  }
  return OTHER_LABEL.test(label) ? { outlet: null, author: null } : null
}

/**
 * Reads a credit line ("Kaynak: AA / Meiramgul Kussainova - Güncel", "Haber: Abdullah Yiğit – Fotoğraf: https://…",
 * "Source: Reuters", "(AA)"); null when the line is not one. Dashes with spaces split the credits sharing a line;
 * a trailing part without a label (a section name such as "Güncel") is dropped.
 */
export function readCredit(line: string): Credit | null {
  if (line.length > 200) return null
  const bracketed = /^\(([\p{L}][\p{L}.& ]{0,20})\)$/u.exec(line.trim())
  if (bracketed?.[1]) return { outlet: bracketed[1], author: null }
  const segments = line.split(/\s+[-–—|]\s+/u)
  const first = segments[0] ? readSegment(segments[0]) : null
  if (!first) return null
  const credit = { ...first }
  for (const segment of segments.slice(1)) {
    const more = readSegment(segment)
    credit.outlet ??= more?.outlet ?? null
    credit.author ??= more?.author ?? null
  }
  return credit
}

/** Finds the outlet an opening sentence names without being a credit line ("ANKARA (AA) -", "Report" xəbər verir). */
export function readInlineOutlet(lead: readonly string[]): string | null {
  for (const whole of lead) {
    // Attributions open the text; reading only the start keeps a huge single-line file cheap.
    const line = whole.slice(0, LEAD_CHARS)
    const agency = AGENCY_DATELINE.exec(line)?.[1]
    if (agency) return agency.trim()
    for (const pattern of INLINE_OUTLET) {
      const outlet = pattern.exec(line)?.[1]
      if (outlet) return outlet
    }
  }
  return null
}
