import * as z from 'zod/mini'
import type { ArticleMeta } from '../../schema/dataset'
import type { PipelineIssue } from '../types'

/** What a fact cites: the articles it was read from, the first of which it is reported against. */
interface Cited {
  sources?: readonly { articleId: string }[]
}

/**
 * Validates a build's facts one at a time against the dataset's schema. A fact that breaks it (a pipeline bug, such as
 * an empty metric id read from a table's rule line) is left out and reported against the file of the article it cites,
 * with the field and the reason: one bad fact costs that fact, never the whole build.
 */
export class FactChecker {
  readonly issues: PipelineIssue[] = []
  private readonly fileOf: Map<string, string>

  constructor(metas: readonly ArticleMeta[]) {
    this.fileOf = new Map(metas.map((meta) => [meta.id, meta.file]))
  }

  /** The facts that hold to `schema`, parsed, in their order; `noun` names them in the issue ("figure"). */
  *valid<F extends Cited, S extends z.core.$ZodType>(
    facts: Iterable<F>,
    schema: S,
    noun: string,
  ): Generator<z.output<S>> {
    for (const fact of facts) {
      const parsed = z.safeParse(schema, fact)
      if (parsed.success) {
        yield parsed.data
        continue
      }
      const [issue] = parsed.error.issues
      const field = issue?.path.join('.') || 'the record'
      const articleId = fact.sources?.[0]?.articleId ?? ''
      this.issues.push({
        file: this.fileOf.get(articleId) ?? (articleId || 'dataset'),
        severity: 'error',
        stage: 'validate',
        message: `a ${noun} was left out: its ${field} breaks the dataset's schema (${issue?.message ?? 'invalid'}); this is a pipeline bug`,
      })
    }
  }
}
