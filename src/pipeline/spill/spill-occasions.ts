import { linkAgreements, occasionKeyOf } from '../stages/merge-agreements'
import type { AgreementDraft, EventDraft } from '../types'
import type { PartitionedLines } from './partitioned-lines'

const AGREEMENTS = 0
const EVENTS = 1

/** Parses JSON lines one at a time, so only the parsed values are held, never every line's text beside them. */
function* parsedLines<T>(lines: Iterable<string>): Generator<T> {
  for (const line of lines) yield JSON.parse(line) as T
}

/**
 * Keeps agreement and occasion drafts on disk in input order, agreements already linked to their article's occasion.
 * Linking only ever looks within one article (`linkAgreements` matches an agreement with occasions by its sentence
 * and its article), so it is done as each article's drafts arrive, holding one article's drafts at a time, and the
 * merge afterwards never needs every occasion draft beside every agreement draft.
 */
export class OccasionSpill {
  private article: string | null = null
  private agreements: AgreementDraft[] = []
  private events: EventDraft[] = []
  /** The occasions (`occasionKeyOf`) some agreement was linked to: the merge keeps the ids of these only. */
  readonly linkedKeys = new Set<string>()

  /** `lines` has two partitions (agreements, events): disk in the streamed build, memory in tests. */
  constructor(private readonly lines: PartitionedLines) {}

  /** Takes a draft in input order: an article's drafts come together, as the collector hands them over. */
  add(kind: 'agreements' | 'events', draft: AgreementDraft | EventDraft): void {
    if (draft.source.articleId !== this.article) this.endArticle()
    this.article = draft.source.articleId
    if (kind === 'agreements') this.agreements.push(draft as AgreementDraft)
    else this.events.push(draft as EventDraft)
  }

  /** Agreement drafts, linked, in input order. */
  agreementDrafts(): Iterable<AgreementDraft> {
    this.endArticle()
    return parsedLines(this.lines.read(AGREEMENTS))
  }

  /** Occasion drafts in input order. */
  eventDrafts(): Iterable<EventDraft> {
    this.endArticle()
    return parsedLines(this.lines.read(EVENTS))
  }

  /** Links the current article's agreements and writes its drafts out. */
  private endArticle(): void {
    for (const agreement of linkAgreements(this.agreements, this.events)) {
      if (agreement.occasionKey !== null)
        this.linkedKeys.add(occasionKeyOf(agreement.source.articleId, agreement.occasionKey))
      this.lines.append(AGREEMENTS, JSON.stringify(agreement))
    }
    for (const event of this.events) this.lines.append(EVENTS, JSON.stringify(event))
    this.agreements = []
    this.events = []
    this.article = null
  }
}
