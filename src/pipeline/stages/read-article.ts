import type { Article } from '../../schema/dataset'
import type { PipelineIssue, RawFile } from '../types'
import { cleanBody } from './clean'
import { detectLanguage } from './detect-language'
import { ingestFile } from './ingest'
import { cutTranslations } from './other-language'

/**
 * Reads one input file into a clean Article: decodes it, reads its header (date, headline, byline), cuts site
 * clutter and credit lines, and detects its language. Returns a null article with an error issue when the file is
 * not a readable article; never throws for bad content.
 */
export function readArticle(raw: RawFile): { article: Article | null; issues: PipelineIssue[] } {
  const { ingested, issues } = ingestFile(raw)
  if (!ingested) return { article: null, issues }
  const cleaned = cleanBody(ingested.body)
  if (!/\p{L}/u.test(cleaned.text)) {
    const message = 'no article text left after removing site clutter'
    return { article: null, issues: [...issues, { file: raw.file, severity: 'error', stage: 'clean', message }] }
  }
  const lang = detectLanguage(`${ingested.title ?? ''}\n${cleaned.text}`)
  const translated = cutTranslations(cleaned.text, lang)
  const article: Article = {
    id: ingested.id,
    file: ingested.file,
    lang,
    published: ingested.published,
    title: ingested.title ?? ingested.id,
    outlet: cleaned.outlet,
    author: ingested.author ?? cleaned.author,
    text: translated.text,
    removed: [...ingested.removed, ...cleaned.removed, ...translated.removed],
  }
  return { article, issues }
}
