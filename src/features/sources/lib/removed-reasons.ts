// Why cleaning cut a passage, as the pipeline writes it into the dataset (`removed[].reason`, in English: the
// dataset's own words), and the key of each reason's label in the interface strings (`removedReasons`).

/** Each reason the pipeline writes, by its key: cleaning (src/pipeline/stages/clean.ts, site-clutter.ts) and the header. */
export const REMOVED_REASON_KEYS: Readonly<Record<string, string>> = {
  'credit line': 'creditLine',
  'news-feed list': 'newsFeedList',
  'line in another script': 'otherScriptLine',
  'unrelated headlines': 'unrelatedHeadlines',
  'unrelated headlines after the credit line': 'unrelatedHeadlinesAfterCredit',
  'site clutter': 'siteClutter',
  copyright: 'copyright',
  'cookie notice': 'cookieNotice',
  'subscription notice': 'subscriptionNotice',
  'share buttons': 'shareButtons',
  tags: 'tags',
  'view counter': 'viewCounter',
  'comment prompt': 'commentPrompt',
  'error-report prompt': 'errorReportPrompt',
  'follow prompt': 'followPrompt',
  'related links': 'relatedLinks',
  'contact line': 'contactLine',
  breadcrumb: 'breadcrumb',
  'site menu': 'siteMenu',
  'header date': 'headerDate',
  'header time': 'headerTime',
  byline: 'byline',
  'section label': 'sectionLabel',
  'photo caption': 'photoCaption',
  'market ticker': 'marketTicker',
  'site header': 'siteHeader',
  'site furniture after the story': 'furnitureAfterStory',
  'editorial notice': 'editorialNotice',
  'site notice among lists': 'siteNoticeAmongLists',
}

/** The one reason with a number in it: an article past the size limit (src/pipeline/stages/ingest.ts). */
const OVER_SIZE_LIMIT = /^over the size limit: the last (\d+) characters not read$/

/** A reason as the interface says it: its label in the reader's language, or the dataset's words for one not known. */
export function removedReasonLabel(reason: string, t: (key: string, options?: { count: number }) => string): string {
  const key = REMOVED_REASON_KEYS[reason]
  if (key !== undefined) return t(`removedReasons.${key}`)
  const overSize = OVER_SIZE_LIMIT.exec(reason)
  if (overSize) return t('removedReasons.overSizeLimit', { count: Number(overSize[1]) })
  return reason
}
