import type { Numeral } from './numeral-reader'
import type { Token } from './numeral-tokens'
import { CONTAINER_SIZE, isMonthWord, isTimeWord } from './units'

// What a plain number (no unit, no scale) is by the words beside it: a year, a day of a month or an hour, an age, a
// code or a footnote's mark. None of them is a figure.

/** "30 illiyi", "30. yıldönümü", "30 years anniversary", "30-летие": an anniversary counts years, it is no figure. */
const ANNIVERSARY = /^(?:illiy|yıllığ|yıldönüm|yubiley|jubilee|anniversar|летие|лети[яю])/u
/** "4 numaralı rıhtım", "1558 nömrəli qaynar xətt", "3 nolu kapı": a number that names a thing, no figure. */
const NUMBERED = /^(?:numaral|numarali|nolu|nömrəl|nömreli)/u
/** Whether a token stands apart from the one before it, set off by a space rather than glued to it. */
export const isSpaced = (token: Token | undefined) => token !== undefined && token.gap.trim() === ''

/** The ablative of a day's number: "2-dən", "2'sinden". */
const ABLATIVE_ENDING = /^(?:s[ıi]n)?(?:dən|dan|den|tan|ten|tən)$/u

/** Tells whether a plain number (no unit, no scale) is a year, a day of a month, a length of time or a name. */
export function isDateOrDuration(tokens: readonly Token[], numeral: Numeral, first: number, last: number): boolean {
  if (numeral.yearLike) return true
  const abbreviated = tokens[first - 1]?.text === '.' // "Oct. 15"
  const before = tokens[abbreviated ? first - 2 : first - 1]
  const after = tokens[last + 1]
  if (before?.kind === 'word' && isMonthWord(before.text) && numeral.value <= 31) return true
  // "iyunun 2-dən 4-dək", "2'sinden 4'üne kadar": the last day of a range of a month's days
  const [dayBefore, month] = [tokens[first - 3], tokens[first - 4]]
  if (
    before?.kind === 'word' &&
    ABLATIVE_ENDING.test(before.text) &&
    dayBefore?.kind === 'num' &&
    month?.kind === 'word' &&
    isMonthWord(month.text) &&
    numeral.value <= 31
  )
    return true
  // "on March 25 and 26", "15–16 October"'s mirror "October 15 and 16": the second day of a month's two days
  if (
    before !== undefined &&
    JOINS_DAYS.test(before.text) &&
    tokens[first - 2]?.kind === 'num' &&
    isMonthWord(tokens[first - 3]?.text ?? '') &&
    numeral.value <= 31
  )
    return true
  // "on 25 and 26 March", "25 и 26 марта": the first of two days before their month
  const [otherDay, monthAfter] = [tokens[last + 2], tokens[last + 3]]
  if (
    after !== undefined &&
    JOINS_DAYS.test(after.text) &&
    otherDay?.kind === 'num' &&
    Number(otherDay.text) <= 31 &&
    isMonthWord(monthAfter?.text ?? '') &&
    numeral.value <= 31
  )
    return true
  // "saat 2-də", "saat 14'te": a time of day after Turkish and Azerbaijani "saat" (hour), with its locative
  if (before?.text === 'saat' && numeral.value <= 24 && LOCATIVE_AFTER.test(suffixOf(tokens, first))) return true
  if (after?.kind === 'word' && (ANNIVERSARY.test(after.text) || CONTAINER_SIZE.test(after.text))) return true
  if (after?.kind === 'word' && isSpaced(after) && NUMBERED.test(after.text)) return true
  if (after?.kind === 'word' && isSpaced(after) && (isMonthWord(after.text) || isTimeWord(after.text))) return true
  // "не позднее 10 числа": Russian names a day of the month by "число" alone
  if (after?.kind === 'word' && isSpaced(after) && DAY_NUMBER.test(after.text) && numeral.value <= 31) return true
  return false
}

/** "число" (the day of a month), as "10 числа" or "к 5-му числу" name a day. */
const DAY_NUMBER = /^числ(?:а|о|у|ом)$/u
/** Words that join a month's two days ("March 25 and 26", "25 и 26 марта"). */
const JOINS_DAYS = /^(?:and|ve|və|и|&|,)$/u
/** A locative after a number, glued or after an apostrophe or hyphen: "2-də", "14'te", "9da". */
const LOCATIVE_AFTER = /^['’-]?(?:d|t)[aeə]$/u
/** The suffix glued to the number at `at`, if any ("2-də" → "-də", "14'te" → "'te"). */
const suffixOf = (tokens: readonly Token[], at: number) => {
  const [mark, word] = [tokens[at + 1], tokens[at + 2]]
  if (mark?.kind === 'sym' && mark.gap === '' && word?.kind === 'word' && word.gap === '') return mark.text + word.text
  return mark?.kind === 'word' && mark.gap === '' ? mark.text : ''
}

/** "45 yaşlı", "52 yaşındaki", "aged 61": words that make a number a person's age. */
const AGE_AFTER = /^(?:yaş\p{L}*|years?-old)$/u
const AGE_BEFORE = /^(?:aged|мне|ему|ей|возрасте)$/u
/**
 * What follows an age set between commas after a name: "Batyr Orazov, 61, who led …", "Marco Ferretti, 52, spent
 * …", "…, 47, a veteran of", "Иванов, 54, заявил", "Абдрахманов, 47, возглавлял": a relative word, an article or a
 * verb in the past; or the person's role ("Leyla Hasanova, 44, senior director", "Иванов, 54, директор").
 */
const AFTER_APPOSITION =
  /^(?:who|said|says|told|added|was|is|has|had|a|an|\p{L}{2,}ed|spent|began|became|took|led|ran|left|came|went|made|built|grew|wrote|kim|который|которая|\p{L}{3,}(?:ал|ял|ил|ел)(?:а|и)?|senior|chief|head|deputy|director|chairman|chairwoman|minister|economist|analyst|professor|manager|founder|owner|partner|captain|engineer|genel|müdür\p{L}*|başkan\p{L}*|uzman\p{L}*|sədr\p{L}*|direktor\p{L}*|ekspert\p{L}*|analitik\p{L}*|директор\p{L}*|глава|руководител\p{L}*|председател\p{L}*|эксперт\p{L}*|аналитик\p{L}*|замминистра|заместител\p{L}*)$/u

/** Tells whether a plain number is someone's age: "Batyr Orazov, 61, who", "45 yaşlı ekspeditor", "Мне 34 года". */
export function isAge(tokens: readonly Token[], numeral: Numeral, first: number, last: number): boolean {
  const [before, after] = [tokens[first - 1], tokens[last + 1]]
  if (after?.kind === 'word' && AGE_AFTER.test(after.text)) return true
  if (before?.kind === 'word' && AGE_BEFORE.test(before.text)) return true
  const adult = Number.isInteger(numeral.value) && numeral.value >= 18 && numeral.value < 100
  const named = tokens[first - 2]?.kind === 'word' && before?.text === ',' && after?.text === ','
  // "Vüqar Rəhimov (58) bildirib", "Giorgi Beridze (47), …": a number alone in brackets right after a word is an age
  // (the text is folded here, so the name's capital is not seen; a count in brackets comes with its noun or unit)
  // "Aigerim Sadykova (34, mühendis, Almatı):": or with the person's job and town after a comma
  const closes = after?.text === ')' || (after?.text === ',' && tokens[last + 2]?.kind === 'word')
  const bracketed = before?.text === '(' && closes && tokens[first - 2]?.kind === 'word'
  // "BAKHODIR ERGASHEV (FARMER, 58):", "RUSTAM ERGAŞEV (Tır şoförü, 52):": a speaker's label gives the age after the job
  const speaker = before?.text === ',' && after?.text === ')' && tokens[last + 2]?.text === ':'
  return adult && ((named && AFTER_APPOSITION.test(tokens[last + 2]?.text ?? '')) || bracketed || speaker)
}

/**
 * A label that makes the number after it a code: a ship's "IMO 9384512" ("ИМО"), a station's or a post office's "индекс
 * 28952", "No. 47", "№ 312", an emission class ("Euro 6", "Евро-5"), a hotline ("hotline 1414", "горячая линия 1414"),
 * a programme's or a project's part ("Панельная сессия 1", "Phase 2", "Round 5", "Day 3"), a place's ("Berth 4", "Hall
 * 2, Stand B14", "причал 3"), a standard ("ISO 14001", "ГОСТ 9238", and an accounting standard: "IAS 34", "IFRS 8",
 * "TFRS 15", "МСФО 16"), a statement's note ("Dipnot 4", "Note 9"), an address's ("Nizami küçəsi 96, ofis 14", "Tower
 * 2", "подъезд 5", "здание 27"), a phone's ("по номеру 1414") or a good's in a trade nomenclature ("HS 1001", "GTİP
 * 7214", "ТН ВЭД 3102", "XİF MN 1001"), which names one and counts nothing. Turkish folds a capital I dotless ("IMO" →
 * "ımo").
 */
const CODE_BEFORE =
  /^(?:[iı]mo|имо|индекс|здание|строение|mmsi|[iı]d|no|nr|№|#|kod|код|nömrə|euro|евро|avro|hotline|alo|линия|линии|xətti|hattı|session|сессия|сессии|oturum|sessiya|panel|панель|part|часть|bölüm|hissə|phase|фаза|этап|faz|faza|mərhələ|round|раунд|episode|эпизод|day|день|berth|pier|причал\p{L}*|stand|стенд|hall|pavilion|павильон|salon|gate|peron|platform|[iı]so|[iı]spm|гост|gost|[iı]as|[iı]frs|tms|tfrs|мсфо|msfo|dipnot|note|примечани[ея]|[iı]ec|din|astm|снип|tse|street|avenue|road|office|suite|floor|tower|level|room|entrance|building|küçəsi|küç|prospekti|ofis|mərtəbə|daxili|korpus|caddesi|sokak|daire|kat|blok|block|блок|улица|ул|проспект|офис|подъезд|этаж|кабинет|каб|корпус|номер\p{L}*|numbers?|lot|лот|hs|gtip|вэд|mn|cn|class|klass|класс\p{L}*|сорт|grade|listesi|список|siyahısı|sınıf\p{L}*|sinif\p{L}*|category|kateqoriya\p{L}*|kategori\p{L}*|категори\p{L}*|scope|əhatə|зал|pavilyon\p{L}*|павильоны|ряд|ряды|рядах|row|rows|dahili|ext|доб)$/u
/** A page's abbreviation before its dot: "с.", "стр.", "p.", "pp.", "s.", "səh." (folded). */
const PAGE_ABBREVIATION = /^(?:с|стр|p|pp|s|səh)$/u
/** A part of an address labelled before its number: "Kat: 14", "Blok: B", "Floor: 3", "Этаж: 5", "Mərtəbə: 7". */
const ADDRESS_PART = /^(?:kat|blok|floor|suite|office|room|этаж|офис|кабинет|mərtəbə|ofis|otaq)$/u

/**
 * A word after a number that makes it a phone's short code: "146 qaynar xətti", "112 çağrı merkezi", "1414 hotline",
 * "1590 qısa nömrəsinə", "the 1414 contact centre"; or a number that names a thing: "3 saylı körpü", "7 numaralı rıhtım".
 */
// ("114 ada 3 parsel": a Turkish land register's block and parcel)
const CODE_AFTER =
  /^(?:qaynar|hotline|çağrı|горяч\p{L}*|call|contact|qısa|kısa|коротк\p{L}*|saylı|sayılı|nömrəli|numaralı|nolu|numara|номерн\p{L}*|ada|parsel)$/u

/**
 * A phone line named right before its number, or past its owner's name and a dash or colon: "колл-центр КГД — 1414",
 * "Azərpoçtun qaynar xətti: 1414" (not "the call centre handled 1,200 calls").
 */
const CALL_LINE_BEFORE =
  /(?:(?:колл|call)\s*-?\s*(?:центр|center|centre)|çağrı\s+(?:merkez|mərkəz)|qaynar\s+xətt|горяч\p{L}*\s+лини|hotline|contact\s+cent)\p{L}*(?:(?:\s+\p{L}+)?\s*[—–:-])?\s*$/u
/**
 * A street named before a house's number: "проспект Нефтяников, 153", "ул. Абая, 12", "Nizami küçəsi, 45", "Atatürk
 * Caddesi No: 7", "Dostyk Ave. 210" (no figure of its own). English mostly puts the number first (`STREET_AFTER`).
 */
const STREET_BEFORE =
  /(?:(?<![\p{L}])(?:проспект\p{L}*|просп\.|улиц\p{L}*|ул\.|бульвар\p{L}*)\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?|[\p{L}'’-]+\s+(?:küçəsi|prospekti|caddesi|cad\.|sokağı|sokak|sok\.|bulvarı))\s*(?:,|no\s*:?)\s*$|[\p{L}'’-]+\s+(?:avenue|street|ave\.|blvd\.|str\.)\s*$/u
/** A house's number before its street, as English writes it: "42 Abilkaiyr Khan Avenue", "15 Nizami Street". */
const STREET_AFTER =
  /^\s+(?:[\p{L}'’.-]+\s+){1,3}(?:avenue|ave\.|street|st\.|road|rd\.|boulevard|blvd\.|lane|prospekt)(?![\p{L}])/u
/** How many tokens a house's number may stand before its street's word. */
const STREET_REACH = 6
/** How many tokens back a phone line's name may stand from its number. */
const CALL_LINE_REACH = 6

/** The text of up to `reach` tokens after a token, with the gaps between them. */
const textAfter = (tokens: readonly Token[], last: number, reach: number) =>
  tokens
    .slice(last + 1, last + 1 + reach)
    .map((token) => token.gap + token.text)
    .join('')

/** "214 No'lu Toplantı Salonu", "5 No'lu kısım": Turkish "numbered", written with its apostrophe, names the thing. */
const isNumberedName = (tokens: readonly Token[], last: number) =>
  tokens[last + 1]?.text === 'no' && /^['’]$/u.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === 'lu'

/** Tells whether a plain number is a code: a ship's number, an emission class, a hotline, a footnote's mark. */
export function isCode(tokens: readonly Token[], first: number, last: number): boolean {
  const [before, after] = [tokens[first - 1], tokens[last + 1]]
  // "№ 1", "# 3" are signs, "No. 3" a word and its dot: a label either way
  // "Kat: 14", "Floor: 3": a label and its colon, as on an address's line
  const label =
    (before?.text === '.' && /^(?:no|nr)$/u.test(tokens[first - 2]?.text ?? '')) ||
    (before?.text === ':' && tokens[first - 2]?.kind === 'word' && ADDRESS_PART.test(tokens[first - 2]?.text ?? ''))
      ? tokens[first - 2]
      : before
  // "… in the world.[3]", "[12]": a footnote's mark in square brackets points to a note, it counts nothing
  if (before?.text === '[' && after?.text === ']') return true
  // "(с. 47–63 доклада)", "see p. 14", "pp. 47–63", "bkz. s. 47", "səh. 12": a page's number after its abbreviation
  if (before?.text === '.' && PAGE_ABBREVIATION.test(tokens[first - 2]?.text ?? '')) return true
  // "berths numbers 7 and 8", "№ 3 и 4": the second of two codes under one label
  const [one, codeLabel] = [tokens[first - 2], tokens[first - 3]]
  const secondCode = before !== undefined && JOINS_DAYS.test(before.text) && one?.kind === 'num'
  if (secondCode && codeLabel?.kind === 'word' && CODE_BEFORE.test(codeLabel.text)) return true
  const lineBefore = tokens
    .slice(Math.max(0, first - CALL_LINE_REACH), first)
    .map((token) => token.gap + token.text)
    .join('')
  return (
    (label !== undefined && label.kind !== 'num' && CODE_BEFORE.test(label.text)) ||
    // "EN 14411", "TS EN 997": a European standard's number (a short one after "en" may be Turkish "most")
    (label?.text === 'en' && /^\d{3,}$/u.test(tokens[first]?.text ?? '')) ||
    (after?.kind === 'word' && CODE_AFTER.test(after.text)) ||
    isFiledNumber(tokens, first, last) ||
    isNumberedName(tokens, last) ||
    CALL_LINE_BEFORE.test(lineBefore) ||
    STREET_BEFORE.test(lineBefore) ||
    (/^\d{1,4}$/u.test(tokens[first]?.text ?? '') && STREET_AFTER.test(textAfter(tokens, last, STREET_REACH))) ||
    isPhoneNumber(tokens, first) ||
    isBracketedCodeLabel(tokens, first) ||
    BARCODE.test(tokens[first]?.text ?? '') ||
    isTrunkPrefix(tokens, first) ||
    isPostalCode(tokens, first) ||
    isContainerSize(tokens, first)
  )
}

/**
 * "45 Lomov Street, Pavlodar 140000", "Faikbey Caddesi No: 41, 36100 Merkez / Kars", "050000, г. Алматы, ул. Абая":
 * five or six digits with no group marks, set off by a comma beside a street's name, are an address's postal code.
 */
const POSTAL_CODE = /^\d{5,6}$/u
const POSTAL_STREET =
  /(?<![\p{L}])(?:street|avenue|road|boulevard|caddesi|cad|sokak|sokağı|sok|bulvarı|küçəsi|küç|prospekti|улиц\p{L}*|ул|проспект\p{L}*|просп|бульвар\p{L}*)(?![\p{L}])/u
/** How many tokens on either side of a postal code its street's name may stand. */
const POSTAL_REACH = 12
const isPostalCode = (tokens: readonly Token[], first: number) =>
  POSTAL_CODE.test(tokens[first]?.text ?? '') &&
  // set off as a field of the address, not a number a clause counts with ("высадили 12000 деревьев")
  (/^[,:]$/u.test(tokens[first - 1]?.text ?? '') || tokens[first + 1]?.text === ',') &&
  POSTAL_STREET.test(
    tokens
      .slice(Math.max(0, first - POSTAL_REACH), first + POSTAL_REACH)
      .map((token) => token.text)
      .join(' '),
  )

/** A run of nine digits or more with no group marks: a barcode, a tax or a customs number, no amount. */
const BARCODE = /^\d{9,}$/u

/** "0 (258) 265 00 00": the trunk prefix of a phone number and its area code in brackets. */
const isTrunkPrefix = (tokens: readonly Token[], first: number) => {
  const opens = (at: number) =>
    tokens[at]?.text === '0' &&
    tokens[at + 1]?.text === '(' &&
    /^\d{3,4}$/u.test(tokens[at + 2]?.text ?? '') &&
    tokens[at + 3]?.text === ')'
  // the prefix itself, or the area code in its brackets
  return opens(first) || opens(first - 2)
}

/** The sizes of shipping containers in feet. */
const CONTAINER_FEET = /^(?:20|40|45)$/u
/** "40'lık konteyner", "40'lık HC", "20'lik": a container's size, its suffix glued after an apostrophe. */
const CONTAINER_AFTER = /^['’](?:l[ıi]k|l[ıi]q|luk|lük)$/u

/** A container's type code or its feet after the size: "40 HC", "20 DC", "45 HQ", "40 RF", "40 ft". */
const CONTAINER_TYPE_AFTER = /^(?:hc|hq|dc|gp|rf|ot|fr|ft)$/u
/** "40'" as a size in feet: the mark glued to the number with nothing glued after it (not Turkish "40'tan", "20'yi"). */
const isFeetMark = (mark: Token | undefined, next: Token | undefined) =>
  mark?.gap === '' && /^['’′]$/u.test(mark.text) && next?.gap !== ''

/** Tells whether a number is a shipping container's size in feet ("40'lık konteyner", "40 HC"), no count. */
const isContainerSize = (tokens: readonly Token[], first: number): boolean =>
  CONTAINER_FEET.test(tokens[first]?.text ?? '') &&
  ((CONTAINER_AFTER.test(`${tokens[first + 1]?.text ?? ''}${tokens[first + 2]?.text ?? ''}`) &&
    tokens[first + 1]?.gap === '') ||
    CONTAINER_TYPE_AFTER.test(tokens[first + 1]?.text ?? '') ||
    isFeetMark(tokens[first + 1], tokens[first + 2]) ||
    // "20 ve 40 feet'lik konteynerler", "20 and 40 ft": the first of two sizes the second's word names
    (JOINS_SIZES.test(tokens[first + 1]?.text ?? '') &&
      (isContainerSize(tokens, first + 2) ||
        (CONTAINER_FEET.test(tokens[first + 2]?.text ?? '') && CONTAINER_SIZE.test(tokens[first + 3]?.text ?? '')))))
/** Words that join two container sizes. */
const JOINS_SIZES = /^(?:and|or|ve|veya|və|yaxud|и|или|\/)$/u

/** How many tokens back a phone number's label or country code may stand from a group of its digits. */
const PHONE_REACH = 10
/** A phone's label or its country code, then only the digits, brackets and dashes of its number. */
const PHONE_BEFORE =
  /(?:(?<![\p{L}])(?:тел(?:ефон\p{L}*)?|tel|phone|telefon\p{L}*|факс|fax|faks)\.?\s*:?\s*|(?:^|[\s(,:])\+\d{1,3}[\s(])[\d\s()+-]*$/u

/** "тел. +7 (7252) 55-41-90", "Tel: +994 12 555 20 14", "Əlaqə telefonu: (012) 555-44-33": a group of a phone number's digits. */
const isPhoneNumber = (tokens: readonly Token[], first: number) =>
  PHONE_BEFORE.test(
    tokens
      .slice(Math.max(0, first - PHONE_REACH), first)
      .map((token) => token.gap + token.text)
      .join('') + (tokens[first]?.gap ?? ''),
  )

/**
 * A decision's, a filing's or a clause's number: "26-21/498-M" (a board's meeting, then its decision), "(1) numaralı
 * fıkra", "05.03.2026 tarih ve 2317 sayı ile giren bildirim" (the register's number).
 */
function isFiledNumber(tokens: readonly Token[], first: number, last: number): boolean {
  const glued = (at: number, text?: string) =>
    tokens[at]?.gap === '' && (text === undefined ? tokens[at]?.kind === 'num' : tokens[at]?.text === text)
  if (glued(last + 1, '-') && glued(last + 2) && glued(last + 3, '/')) return true
  const [before, after, next] = [tokens[first - 1], tokens[last + 1], tokens[last + 2]]
  if (before?.text === '(' && after?.text === ')' && next?.kind === 'word' && CODE_AFTER.test(next.text)) return true
  return after?.text === 'sayı' && next?.text === 'ile'
}

/**
 * "Gümrük Tarife İstatistik Pozisyonu (GTİP) 8504 (elektrik transformatörleri) ve 8544": a code whose label stands in
 * brackets right before it, and the next code of the same list past its bracketed name.
 */
function isBracketedCodeLabel(tokens: readonly Token[], first: number): boolean {
  const labelled = (at: number) =>
    tokens[at - 1]?.text === ')' && CODE_BEFORE.test(tokens[at - 2]?.text ?? '') && tokens[at - 3]?.text === '('
  if (labelled(first)) return true
  // "… 8504 (elektrik transformatörleri) ve 8544": the code before the name's brackets had the label
  if (!JOINS_DAYS.test(tokens[first - 1]?.text ?? '') || tokens[first - 2]?.text !== ')') return false
  const open = tokens
    .slice(0, first - 2)
    .map((token) => token.text)
    .lastIndexOf('(')
  return open > 0 && tokens[open - 1]?.kind === 'num' && labelled(open - 1)
}

/** Single letters that are words of their own ("a", "o", "и", "в"), and so no code after a number. */
const LETTER_WORDS = new Set(['a', 'e', 'i', 'o', 'u', 'x', 'и', 'в', 'с', 'к', 'о', 'у', 'а', 'я'])
/**
 * A single letter after a number that no unit claims: a grade or a code ("CEM I 42,5 R", "Class 3 B"); not the first
 * letter of a name with digits glued on, which names what is counted ("61 B2B meetings", "12 A320 aircraft").
 */
export const isLetterCode = (token: Token | undefined, next: Token | undefined) =>
  token?.kind === 'word' &&
  isSpaced(token) &&
  /^\p{L}$/u.test(token.text) &&
  !LETTER_WORDS.has(token.text) &&
  !(next?.kind === 'num' && next.gap === '')

/** Degrees after a number: "mənfi 14–18 dərəcə", "5°C", "minus 14 degrees", "до минус 18 градусов". */
const DEGREE_AFTER = /^(?:dərəcə\p{L}*|derece\p{L}*|degrees?|градус\p{L}*|°[cf]?)$/u
/**
 * A unit of power lines and radio the series keeps no figure in ("25 kV", "400 kilovolt", "50 Hz", "110 киловольт"), and
 * a product's size or rating ("5 ml syringe", "15 litrlik vedrə", "12.000 BTU"), a file's size ("214 KB") and a fine
 * counted in a legal index of money ("500 МРП", "1 000 MCI"), whose value in money the page does not give.
 */
const UNKEPT_UNIT_AFTER =
  /^(?:pages?|sayfa\p{L}*|səhifə\p{L}*|страниц\p{L}*|kb|mb|gb|кб|мб|мрп|mci|ahg|kv|kw|[kmg]?hz|kilo(?:volt|vat|watt)\p{L}*|volt\p{L}*|(?:кило)?вольт\p{L}*|герц\p{L}*|[кмг]?гц|квт|kvt|ml|мл|btu|litr\p{L}*|litre\p{L}*|liters?|литр\p{L}*)$/u
/**
 * A ship's speed and a sea distance, a crop's yield: units the series keeps no figure in, whose number is no count
 * ("10,6 kn", "14 knots", "12 düğüm", "11 узлов", "251 nm", "251 nautical miles", "251 deniz mili", "203,7 центнера с
 * гектара", "45 sentner").
 */
const UNKEPT_SEA_OR_YIELD =
  /^(?:kn|kts?|knots?|düğüm\p{L}*|düyün\p{L}*|узл\p{L}*|uzel|nm|nmi|центнер\p{L}*|ц|sentner\p{L}*)$/u
const NAUTICAL = /^(?:nautical|deniz|dəniz|морск\p{L}*)$/u
const MILE = /^(?:miles?|mil\p{L}*|мил[ьяие]\p{L}*)$/u

/** A precious metal's fineness: "22 ayar bilezik", "14 karat", "585 пробы": a grade of the metal, no amount. */
const FINENESS_AFTER = /^(?:ayar|əyar|karat|carats?|проб[аыу])$/u
/** A hotel's class: "5 yıldızlı", "5 ulduzlu", "5-star", "5-звёздочный": a grade, no count of stars. */
const STARS_AFTER = /^(?:yıldız\p{L}*|ulduz\p{L}*|stars?|зв[её]зд\p{L}*)$/u
/**
 * A class written with a star sign before a word, "4* otele", "a 4★ lodge"; a star after a table's cell or a figure
 * ending its clause ("61,9*") marks a note, and the figure stays.
 */
function isStarClass(tokens: readonly Token[], last: number): boolean {
  const [number, next, second] = [tokens[last], tokens[last + 1], tokens[last + 2]]
  if (STARS_AFTER.test(next?.text ?? '')) return true
  if (next?.text === '-' && STARS_AFTER.test(second?.text ?? '')) return true
  const sign = next !== undefined && next.gap === '' && (next.text === '*' || next.text === '★')
  return sign && /^[1-5]$/u.test(number?.text ?? '') && second?.kind === 'word'
}

/**
 * Tells whether a plain number is a temperature, an angle, a voltage, a frequency, a speed in knots, a sea distance, a
 * yield in centners, a metal's fineness or a hotel's stars: no figure of trade or transport, and a temperature read
 * without its sign ("mənfi", "minus") would show a wrong one.
 */
export function isInUnkeptMeasure(tokens: readonly Token[], last: number): boolean {
  const [next, second] = [tokens[last + 1]?.text ?? '', tokens[last + 2]?.text ?? '']
  return (
    DEGREE_AFTER.test(next) ||
    FINENESS_AFTER.test(next) ||
    isStarClass(tokens, last) ||
    UNKEPT_UNIT_AFTER.test(next) ||
    UNKEPT_SEA_OR_YIELD.test(next) ||
    (NAUTICAL.test(next) && MILE.test(second))
  )
}

/**
 * A number glued into a code of letters and digits: "LOT 25K0418" (not 25 thousand), a booth's "B2-140", a ship's
 * "4JGL": a letter glued before it, or digits glued after its glued letters.
 */
export function isGluedCode(tokens: readonly Token[], first: number, last: number): boolean {
  const [before, number, after] = [tokens[first - 1], tokens[first], tokens[last + 1]]
  const letterBefore = before?.kind === 'word' && number?.gap === '' && /^\p{L}{1,2}$/u.test(before.text)
  // (a unit spaced from its number, then an endnote's marker, is no code: "1,8 dəfə5 artıb", "14–16 gün9")
  const digitsAfter =
    after?.kind === 'num' && after.gap === '' && tokens[last]?.kind === 'word' && tokens[last]?.gap === ''
  // "anahaber_20260917_koridor.srt": a file's or an identifier's part between underscores
  const underscored = (before?.text === '_' && number?.gap === '') || (after?.text === '_' && after.gap === '')
  return letterBefore || digitsAfter || underscored
}

/** "the 10 largest ports", "10 крупнейших компаний": the size of a ranking after its number. */
const RANKED_AFTER = /^(?:largest|biggest|leading|крупнейш\p{L}*|ведущ\p{L}*)$/u
/** "en büyük 10 ihracatçı", "ən böyük 10 şirkət", "ən iri 5 müəssisə": the same before it. */
const SUPERLATIVE = /^(?:en|ən)$/u
const LARGE = /^(?:büyük|böyük|iri)$/u

/**
 * The size of a ranking ("top 10 holdings", "the 10 largest ports", "10 крупнейших позиций", "en büyük 10 ihracatçı"):
 * how many a list shows, no count of anything; "4 of the 5 largest producers" keeps its 4.
 */
export function isRankingSize(tokens: readonly Token[], first: number, last: number, lang: string): boolean {
  const [before, earlier] = [tokens[first - 1]?.text ?? '', tokens[first - 2]?.text ?? '']
  if (lang === 'en' && before === 'top') return true
  return RANKED_AFTER.test(tokens[last + 1]?.text ?? '') || (SUPERLATIVE.test(earlier) && LARGE.test(before))
}

/** Stock indices whose names hold a number ("BIST 100", "Nikkei 225", "FTSE 100"), folded: Turkish "BIST" is "bıst". */
const INDEX_NAME = /^(?:b[iı]st|nikkei|ftse|stoxx|dax|cac|asx)$/u
/** An index's points after its level: "11.240 puandan kapattı", "7 215 пунктов", "closed at 4,850 points". */
const POINTS_AFTER = /^(?:puan\p{L}*|points?|пункт\p{L}*)$/u
/** The word for a stock index in the four languages, folded ("endeksi", "indeksi", "индекс KASE"). */
const INDEX_WORD = /^(?:endeks|indeks|index|индекс)\p{L}*$/u
/**
 * How many tokens before an index's level its name may stand ("индекс KASE прибавил 1,1% и закрылся на отметке",
 * "Евразийский контейнерный индекс (ЕКИ), который рассчитывается по спотовым ставкам …, снизился до 1 864 пунктов").
 */
const INDEX_REACH = 40

/**
 * A number that names a stock index ("BIST 100", "S&P 500"), or an index's level in points ("BIST 100 endeksi 11.240
 * puandan kapattı"): neither is a figure of trade, and a level in points is no count. Points without an index named
 * before them ("faiz 0,5 puan düştü") are a rate's change, and stay.
 */
export function isIndexNameOrLevel(tokens: readonly Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1]
  if (prev?.kind === 'word' && INDEX_NAME.test(prev.text)) return true
  if (prev?.text === 'p' && tokens[first - 2]?.text === '&' && tokens[first - 3]?.text === 's') return true
  if (!POINTS_AFTER.test(tokens[last + 1]?.text ?? '')) return false
  return tokens.slice(Math.max(0, first - INDEX_REACH), first).some((t) => INDEX_WORD.test(t.text))
}
