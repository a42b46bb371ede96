import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'
import type { Sentence, Span } from '../types'
import { isLabelledField } from './listing-fields'

// A register's or a brochure's card of one project: its title, then fields ("Стоимость проекта: 480 млрд тенге",
// "Мощность: 300 тыс. м³ в сутки", "Срок реализации: 2025–2028 гг.", "Статус: на стадии строительства"). No verb tells
// the figures' kind: the card's term and status do, for every field of it.

/** A project's term, its last year the one it is to be done by: "Срок реализации: 2025–2028 гг.", "Timeline: 2027". */
const TERM_FIELD =
  /^(?:срок(?:и)?\s+(?:реализации|строительства|ввода)|период\s+реализации|ввод\s+в\s+эксплуатацию|timeline|implementation(?:\s+period)?|completion(?:\s+date)?|commissioning|uygulama\s+süresi|proje\s+süresi|tamamlanma(?:\s+tarihi)?|devreye\s+alma|icra\s+müddəti|(?:həyata\s+keçirilmə|reallaşdırılma|tikinti)\s+müddəti|istismara\s+verilmə)\s*:\s*(.+)$/u
/** A project's status: "Статус: реализован", "Status: under construction", "Durum: tamamlandı", "Vəziyyət: …". */
const STATUS_FIELD = /^(?:статус|status|durum|durumu|vəziyyət|vəziyyəti)\s*:\s*(.+)$/u
/** A status of a project done and working. */
const DONE =
  /^(?:реализован\p{L}*|введ[её]н\p{L}*|заверш[её]н\p{L}*|действу\p{L}*|completed|complete|operational|in operation|commissioned|tamamlandı|tamamlanmıştır|faaliyette|işletmede|tamamlanıb|istismara verilib|fəaliyyət göstərir)/u
/** Fields a block has at least to be a card. */
const MIN_FIELDS = 3
/** A block of lines between blank lines. */
const BLOCK = /\S[\s\S]*?(?=\n[ \t]*\n|$(?![\s\S]))/gu
const LAST_YEAR = /(?:19|20)\d{2}(?!.*(?:19|20)\d{2})/u

/** A card's term: the year it is to be done by, and whether its status (or a term gone by) says it is done. */
export interface ProjectCard {
  endYear: number
  done: boolean
}

/** A card and the stretch of the article's text its block spans. */
interface PlacedCard extends Span {
  card: ProjectCard
}

const cardsByArticle = new WeakMap<Article, PlacedCard[]>()

/** The card each block of fields in an article is, found once per article. */
function cardsOf(article: Article): PlacedCard[] {
  const known = cardsByArticle.get(article)
  if (known) return known
  const cards: PlacedCard[] = []
  const published = Number(article.published?.slice(0, 4) ?? NaN)
  for (const match of article.text.matchAll(BLOCK)) {
    const lines = match[0].split('\n').map((line) => foldCase(line.trim(), article.lang))
    const term = lines.map((line) => TERM_FIELD.exec(line)?.[1] ?? null).find((value) => value !== null)
    const endYear = term ? Number(LAST_YEAR.exec(term)?.[0] ?? NaN) : NaN
    if (!Number.isFinite(endYear) || lines.filter(isLabelledField).length < MIN_FIELDS) continue
    const status = lines.map((line) => STATUS_FIELD.exec(line)?.[1] ?? null).find((value) => value !== null)
    // with no status, a term gone by tells the project is done
    const done =
      typeof status === 'string' ? DONE.test(status.trim()) : Number.isFinite(published) && endYear < published
    cards.push({ start: match.index, end: match.index + match[0].length, card: { endYear, done } })
  }
  cardsByArticle.set(article, cards)
  return cards
}

/** The card of a project a sentence is a field of, or null. */
export function projectCard(article: Article, sentence: Sentence): ProjectCard | null {
  return cardsOf(article).find((c) => sentence.start >= c.start && sentence.end <= c.end)?.card ?? null
}
