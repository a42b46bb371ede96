// Chromium ships reduced ICU data without Azerbaijani, so Intl falls back to the root locale ("2025 M10 21",
// "1.5M"). These tables give the Azerbaijani forms when the runtime lacks them.

const AZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
]
const AZ_MONTHS_SHORT = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek']
const AZ_SCALES = [
  { size: 1e12, long: 'trilyon', short: 'trln' },
  { size: 1e9, long: 'milyard', short: 'mlrd' },
  { size: 1e6, long: 'milyon', short: 'mln' },
  { size: 1e3, long: 'min', short: 'min' },
] as const

const supported = new Map<string, boolean>()

/** Tells whether the runtime's Intl has real data for a language (Chromium lacks Azerbaijani). */
export function hasIntlData(lang: string): boolean {
  let known = supported.get(lang)
  if (known === undefined) {
    // supportedLocalesOf says yes even without data; a month name rendered as "M10" gives the lack away
    const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2025, 9, 1)),
    )
    known = !/\d/.test(month)
    supported.set(lang, known)
  }
  return known
}

// Azerbaijani groups and separates digits as Turkish does (1.234,5), so Turkish patterns stand in for the digits.
function azDigits(value: number): string {
  return new Intl.NumberFormat('tr', { maximumFractionDigits: 2 }).format(value)
}

/** Formats a number compactly in Azerbaijani without Intl data: "4,5 milyon", "1 milyard" (or "mln", "mlrd"). */
export function compactAz(value: number, display: 'long' | 'short'): string {
  const scale = AZ_SCALES.find((item) => Math.abs(value) >= item.size && item.size >= 1e6)
  if (!scale) return azDigits(value)
  return `${azDigits(Math.round((value / scale.size) * 100) / 100)} ${scale[display]}`
}

/** Formats a plain number in Azerbaijani without Intl data. */
export function numberAz(value: number): string {
  return azDigits(value)
}

/** Formats a date in Azerbaijani without Intl data: "21 okt 2025" or "oktyabr 2025". */
export function dateAz(year: number, month: number, day: number | undefined): string {
  if (day === undefined) return `${AZ_MONTHS[month - 1] ?? month} ${year}`
  return `${day} ${AZ_MONTHS_SHORT[month - 1] ?? month} ${year}`
}

/** Formats a month and year in Azerbaijani without Intl data, as a time-axis tick: "okt 2024". */
export function monthAz(year: number, month: number): string {
  return `${AZ_MONTHS_SHORT[month - 1] ?? month} ${year}`
}
