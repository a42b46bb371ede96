import type { Article, Sector } from '../../schema/dataset'
import { findDates } from '../lexicon/dates'
import { findSectors } from '../lexicon/sectors'
import { foldCase } from '../lexicon/text'
import type { DateMention, Sentence, Span } from '../types'
import { horizonSpans } from './figure-horizons'
import { wordsOf, type Word } from './kind-cues'
import { clauseAround } from './clauses'
import { articleParties, figureCountries, namedSides } from './figure-countries'
import { partyMentions, type PartyMention } from './party-mentions'
import { flowRoles, type FlowRoles } from './flow-ends'
import { findQuantities, type Quantity } from '../lexicon/numbers'
import { isAttributive, isBase } from './date-roles'
import { frameYears, thisYearAsNow, undatedNow } from './frame-years'
import { publishedYearOf } from './figure-period'
import { headingYears } from './occasion-headings'
import { lineOf } from './figure-route'
import { routeBlocks } from './route-blocks'

/**
 * The annotation layer of one sentence: every typed span the figure rules read, computed in one pass before any rule
 * runs (in the spirit of spaCy's Doc): folded words, quantities with unit, range and qualifier, dates resolved
 * against the article's date, the countries named as parties (with their role: plain, partner, passed through),
 * sectors, and the article-level frame (its year, its main parties). Rules read these and never re-scan the string
 * for them.
 */
export interface SentenceContext {
  article: Article
  sentence: Sentence
  /** The two ends of the route line over the sentence's block of fields, or null. */
  route: readonly string[] | null
  lang: string
  folded: string
  words: readonly Word[]
  dates: readonly DateMention[]
  quantities: readonly Quantity[]
  parties: readonly PartyMention[]
  /** The two countries the article names most as parties, for "iki ölkə" and "with X" (see `articleParties`). */
  articleCountries: readonly string[]
  /** The pair a bilateral article is about, or none (see `articleParties`). */
  articlePair: readonly string[]
  /** The ends of goods' flows each party stands at across the article (see `flowRoles`). */
  flowRoles: FlowRoles
  /** The three sides of a trilateral article, or none (see `articleTrio`). */
  articleTrio: readonly string[]
  sectors: readonly Sector[]
  /** Folded text of the sentences before this one, nearest first, for "bu hattaki"-style references. */
  previous: readonly string[]
  /** Where the earliest of those sentences starts in the article, to find an antecedent figure. */
  reachStart: number
  /** Those sentences themselves, nearest first: where "the two countries" may find the two sides named last. */
  earlier: readonly Sentence[]
  /** The year the article is telling about before this sentence (see `frameYears`), or null. */
  frameYear: number | null
  /** The last year written out in the two sentences before, for "that year" ("həmin il", "в том же году"), or null. */
  namedYear: number | null
}

/** "Dekabrın 17-də" under a chronology's "2022": a day or month written without its year takes the heading's. */
function inYear(text: string, dates: readonly DateMention[], year: number | undefined): readonly DateMention[] {
  if (year === undefined) return dates
  const yearless = (d: DateMention) =>
    d.value !== null && d.value.length >= 7 && !/(?:19|20)\d{2}/u.test(text.slice(d.start, d.end))
  return dates.map((d) => (yearless(d) ? { ...d, value: `${year}${(d.value ?? '').slice(4)}`, ahead: undefined } : d))
}

/** How many earlier sentences a reference like "bu miktarı" may reach back. */
const LOOK_BACK = 2

/** The last year written in digits in the two sentences before `index` ("1991-ci ildə", "in 2000"), or null. */
function lastWrittenYear(
  sentences: readonly Sentence[],
  folded: readonly string[],
  dates: readonly (readonly DateMention[])[],
  index: number,
): number | null {
  for (let back = index - 1; back >= Math.max(0, index - LOOK_BACK); back--) {
    const text = sentences[back]?.text ?? ''
    // "2025'te … 930 bin ton …, bu miktar 2024'e göre yüzde 21 artmıştır": the base of a comparison is no year named,
    // nor is a year that qualifies the value a change started from ("2021'deki yüzde 4,6 seviyesinden")
    const written = (dates[back] ?? []).filter(
      (d) =>
        d.role === 'point' &&
        d.value !== null &&
        /(?:19|20)\d{2}/u.test(text.slice(d.start, d.end)) &&
        !isBase(folded[back] ?? '', d) &&
        !isAttributive(folded[back] ?? '', d),
    )
    const last = written.at(-1)
    if (last) return Number(last.value?.slice(0, 4))
  }
  return null
}

/** Builds the context of every sentence of an article. */
export function sentenceContexts(article: Article, sentences: readonly Sentence[]): SentenceContext[] {
  const { main, pair, trio } = articleParties(article)
  const folded = sentences.map((s) => foldCase(s.text, article.lang))
  const headed = headingYears(sentences)
  const stated = sentences.map((s, index) =>
    // a weekday dates the occasion it tells of ("the port said on Tuesday"), not a figure's period
    inYear(
      s.text,
      findDates(s.text, article.lang, article.published).filter((d) => d.weekday !== true),
      headed[index],
    ),
  )
  // an undated article's "this year" is the year it tells as its now ("Season 2026 in numbers")
  const now = article.published === null ? undatedNow(article, folded, stated) : null
  const dates =
    now === null
      ? stated
      : stated.map((mentions, index) => mentions.map((d) => thisYearAsNow(folded[index] ?? '', d, now)))
  const frames = frameYears(article, sentences, folded, dates, publishedYearOf(article) ?? now).map(
    (frame, index) => headed[index] ?? frame,
  )
  const routes = routeBlocks(article.text, sentences, article.lang)
  const parties = sentences.map((s) => partyMentions(s.text, article.lang))
  const roles = flowRoles(
    sentences.map((s, index) => ({ text: s.text, folded: folded[index] ?? '', parties: parties[index] ?? [] })),
    article.lang,
  )
  return sentences.map((sentence, index) => {
    const horizons = horizonSpans(folded[index] ?? '')
    const inHorizon = (d: DateMention) => horizons.some((h) => d.start < h.end && h.start < d.end)
    return {
      article,
      sentence,
      lang: article.lang,
      folded: folded[index] ?? '',
      words: wordsOf(folded[index] ?? ''),
      dates: (dates[index] ?? []).filter((d) => !inHorizon(d)),
      quantities: findQuantities(sentence.text, article.lang),
      parties: parties[index] ?? [],
      articleCountries: main,
      articlePair: pair,
      flowRoles: roles,
      articleTrio: trio,
      sectors: [...new Set(findSectors(sentence.text, article.lang).map((m) => m.sector))],
      previous: folded.slice(Math.max(0, index - LOOK_BACK), index).reverse(),
      reachStart: sentences[Math.max(0, index - LOOK_BACK)]?.start ?? sentence.start,
      earlier: sentences.slice(Math.max(0, index - LOOK_BACK), index).reverse(),
      route: routes[index] ?? null,
      frameYear: frames[index] ?? null,
      namedYear: lastWrittenYear(sentences, folded, dates, index),
    }
  })
}

/**
 * The two sides the nearest earlier sentence names, when it names exactly two and stands after the last figure's
 * ("Erdoğan … Özbekistan Cumhurbaşkanı Mirziyoyev ile bir araya geldi. Görüşmede, iki ülke arasındaki ticaret …").
 */
function sidesNamedSince(context: SentenceContext, since: number): string[] | null {
  for (const sentence of context.earlier) {
    if (sentence.start <= since) return null
    const sides = namedSides(sentence.text, context.lang)
    if (sides.length === 2) return sides
  }
  return null
}

/** Measures that always lie between two sides, so that a clause naming none means the article's own pair. */
const BETWEEN_TWO = new Set(['trade-turnover'])
/** Measures of a whole route: a bilateral article's pair is not theirs ("[]" for a route-wide figure). */
const ROUTE_WIDE = new Set(['trans-caspian-freight', 'middle-corridor-cargo'])
/**
 * Measures of a line one country runs, where the country that ships through it is the other side: "Kazakhstan
 * shipped 1.6 million tonnes of oil through BTC" is Kazakh–Azerbaijani, as BTC starts at Baku. Keyed by the measure
 * and the rates read from it ("oil-btc-growth").
 */
const LINE_OWNER: Readonly<Record<string, string>> = { 'oil-btc': 'AZ' }
const ownerOf = (metric: string | null) => LINE_OWNER[(metric ?? '').replace(/-(?:growth|share)$/u, '')] ?? null

const sortedUnique = <T extends string>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())].sort()

/**
 * Files a figure under sectors and countries. A long sentence often strings several facts together ("trade will
 * double, oil will flow through BTC, a cable will be laid"), so only what the figure's own clause names counts:
 * its metric's sectors plus the sectors named there, and the parties of that clause (see `figureCountries`);
 * `previous` are the countries of the figure before, for a clause that refers back to it ("bu göstərici"), and
 * `previousFrom` where that figure's sentence starts.
 */
export function figureScope(
  context: SentenceContext,
  mention: Span,
  metricSectors: readonly Sector[],
  previous: readonly string[] = [],
  metric: string | null = null,
  previousFrom = -1,
): { sectors: Sector[]; countries: string[] } {
  const { sentence, lang } = context
  const clause = clauseAround(sentence.text, mention)
  const inClause = (m: Span) => m.start >= clause.start && m.end <= clause.end
  return {
    sectors: sortedUnique(
      metricSectors,
      findSectors(sentence.text, lang)
        .filter(inClause)
        .map((m) => m.sector),
    ),
    countries: figureCountries(context.article, sentence.text, mention, {
      main: context.articleCountries,
      previous,
      betweenTwo: BETWEEN_TWO.has(metric ?? ''),
      articlePair: ROUTE_WIDE.has(metric ?? '') ? [] : context.articlePair,
      sentenceParties: context.parties,
      sidesNamedSince: () => sidesNamedSince(context, previousFrom),
      line: ROUTE_WIDE.has(metric ?? '') ? null : lineOf(context.article),
      owner: ownerOf(metric),
      flowRoles: context.flowRoles,
      trio: context.articleTrio,
      route: context.route,
    }),
  }
}
