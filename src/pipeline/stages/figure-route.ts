import type { Article } from '../../schema/dataset'
import { findCountries } from '../lexicon/countries'
import { rememberRecent } from '../lexicon/memo'
import { foldCase } from '../lexicon/text'
import { dashRuns } from './party-mentions'

/**
 * Nouns of a built line in the four languages, any case, by what the line carries: "railway", "demiryolu", "dəmir
 * yolunun", "железной дороги"; "pipeline", "boru hattı", "kəməri", "газопровода"; "cable", "kablo", "kabelin",
 * "кабеля"; "highway", "karayolu". The generic ones ("the new line", "hattındaki", "xəttin", "magistralın",
 * "магистрали", "линии") stand for a line of any kind. Not "corridor" or "route": the Middle Corridor is every
 * article's, and route-wide figures are nobody's pair. Turkish "hatta" (even) is left out with the line's dative.
 */
const LINE_NOUNS: Readonly<Record<string, string>> = {
  rail: String.raw`railways?|railroads?|rail link|demir\s?yol\p{L}*|dəmir\s?yol\p{L}*|(?:железн\p{L}*\s+)?дорог\p{L}*`,
  pipe: String.raw`pipelines?|boru hatt\p{L}*|kəmər\p{L}*|\p{L}*провод\p{L}*`,
  cable: String.raw`cables?|kablo\p{L}*|kabel\p{L}*|кабел\p{L}*`,
  road: String.raw`highways?|motorways?|karayol\p{L}*|автодорог\p{L}*|шоссе`,
  any: String.raw`(?:the|this|that|new)\s+(?:[\p{L}-]+\s+)?line|hatt[ıi]\p{L}*|hatta(?:ki|n)\p{L}*|hat|xətt\p{L}*|xətl\p{L}*|magistral\p{L}*|магистрал\p{L}*|лини\p{L}*`,
}
const nounPattern = (source: string) => new RegExp(String.raw`(?<![\p{L}])(?:${source})(?![\p{L}])`, 'gu')
const NOUN_KINDS = Object.entries(LINE_NOUNS).map(([kind, source]) => ({ kind, pattern: nounPattern(source) }))

/** The kinds of line a text names ("rail", "pipe", "cable", "road", or "any" for "the line", "hattı", "магистрали"). */
export function lineKinds(text: string, lang: string): Set<string> {
  const folded = foldCase(text, lang)
  // the longest name wins where two overlap: "boru hattı" is a pipeline, not the generic "hattı"
  const found = NOUN_KINDS.flatMap(({ kind, pattern }) =>
    [...folded.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length })),
  ).sort((a, b) => a.start - b.start || b.end - a.end)
  const kinds = new Set<string>()
  let reached = -1
  for (const noun of found) {
    if (noun.start < reached) continue
    kinds.add(noun.kind)
    reached = noun.end
  }
  return kinds
}

/** Tells whether a text names a line the article's line may be: one of its kind, or a generic "the line". */
export function namesLine(text: string, lang: string, kind: string): boolean {
  const kinds = lineKinds(text, lang)
  return kinds.has('any') || kinds.has(kind) || (kind === 'any' && kinds.size > 0)
}

/** How far from its chain of names a line's noun may stand: "железной дороги Китай – Киргизия – Узбекистан". */
const NOUN_REACH = 30

/** A line named by its countries: their codes, sorted, and the kind of line its noun names. */
export interface ArticleLine {
  countries: readonly string[]
  kind: string
}

/** The country chains joined by dashes ("Kazakhstan-Turkmenistan-Iran", three or more) that a line's noun stands by. */
function lineChains(text: string, lang: string): ArticleLine[] {
  return dashRuns(text, findCountries(text, lang)).flatMap((run) => {
    const first = run[0]
    const last = run.at(-1)
    const codes = [...new Set(run.map((m) => m.code))]
    if (!first || !last || codes.length < 3) return []
    const before = text.slice(Math.max(0, first.start - NOUN_REACH), first.start)
    const kinds = [...lineKinds(`${before} ${text.slice(last.end, last.end + NOUN_REACH)}`, lang)]
    // a line's own kind ("railway") says more than a generic "line"
    const [kind] = kinds.sort((a, b) => Number(a === 'any') - Number(b === 'any'))
    return kind ? [{ countries: codes.sort(), kind }] : []
  })
}

/**
 * The line an article is about when it names one by its countries ("the Kazakhstan-Turkmenistan-Iran railway",
 * "Çin–Qırğızıstan–Özbəkistan dəmir yolu", "железной дороги Китай – Киргизия – Узбекистан", in its headline or
 * text), or none when it names no such line or more than one: "the line" would be a guess. Keyed by the text first,
 * as the memo keys on its first argument.
 */
export const articleLine: (text: string, title: string, lang: string) => readonly ArticleLine[] = rememberRecent(
  (text: string, title: string, lang: string) => {
    const chains = [...lineChains(title, lang), ...lineChains(text, lang)]
    const distinct = new Set(chains.map((chain) => chain.countries.join('-')))
    const named = chains.find((chain) => chain.kind !== 'any') ?? chains[0]
    return distinct.size === 1 && named ? [named] : []
  },
)

/** `articleLine` of an article, or null. */
export const lineOf = (article: Article): ArticleLine | null =>
  articleLine(article.text, article.title, article.lang)[0] ?? null
