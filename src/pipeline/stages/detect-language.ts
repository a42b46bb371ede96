import { franc } from 'franc'

/** franc's ISO 639-3 codes for the languages the pipeline reads, mapped to the BCP 47 tags the dataset uses. */
const LANGUAGES: Record<string, string> = { tur: 'tr', azj: 'az', eng: 'en', rus: 'ru' }

/** Function words only one of the two close Turkic languages writes this way. */
const AZERBAIJANI_WORDS = new Set([
  'və',
  'ilə',
  'üçün',
  'də',
  'isə',
  'həm',
  'edir',
  'olub',
  'bildirib',
  'görə',
  'olaraq',
])
const TURKISH_WORDS = new Set(['ve', 'ile', 'için', 'de', 'ise', 'hem', 'ediyor', 'oldu', 'belirtti', 'göre', 'olarak'])

/**
 * Counts orthographic evidence for Azerbaijani against Turkish: ə, q and x exist only in the Azerbaijani alphabet,
 * and each language has its own spelling of the commonest function words ("və/ve", "ilə/ile", "üçün/için").
 */
function turkicEvidence(text: string): { az: number; tr: number } {
  const folded = text.toLocaleLowerCase('tr')
  let az = (folded.match(/ə/gu)?.length ?? 0) * 2 + (folded.match(/[qx]/gu)?.length ?? 0) * 0.5
  let tr = 0
  for (const [word] of folded.matchAll(/\p{L}+/gu)) {
    if (AZERBAIJANI_WORDS.has(word)) az += 2
    if (TURKISH_WORDS.has(word)) tr += 2
  }
  return { az, tr }
}

/**
 * Detects an article's language as a BCP 47 tag ('tr', 'az', 'en', 'ru'), or 'und' when the text does not tell.
 * franc decides between scripts and language families; spelling evidence settles Turkish against Azerbaijani,
 * which franc confuses on short text.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 1_500) // trigram statistics settle well before this; franc costs time in proportion
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters < 3) return 'und'
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0
  if (cyrillic > letters / 2) return 'ru'
  const guess = LANGUAGES[franc(sample, { only: Object.keys(LANGUAGES), minLength: 3 })] ?? 'und'
  if (guess !== 'tr' && guess !== 'az' && guess !== 'und') return guess
  const { az, tr } = turkicEvidence(sample)
  if (az > tr) return 'az'
  if (tr > az) return 'tr'
  if (guess !== 'und') return guess
  return /[çğışöü]/u.test(sample.toLocaleLowerCase('tr')) ? 'tr' : 'und'
}
