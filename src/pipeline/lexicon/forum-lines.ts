/**
 * The furniture forum software prints around each post (phpBB, vBulletin, XenForo and their Turkish, Azerbaijani and
 * Russian skins): the member's stats under the name ("Joined: Feb 2019 · Posts: 214", "Katılım: Mar 2019 · Mesaj:
 * 214 · Konya"), the buttons and likes under the post ("👍 Beğen (6) · Alıntıla · Yanıtla") and the thread's counts
 * ("8 cevap · 1.932 görüntülenme"). Folded lines are matched.
 */

/** A line's parts between middle dots, bars or bullets. */
const partsOf = (folded: string) => folded.split(/\s*[·|•]\s*/u).map((part) => part.trim())

/** The day a member joined: "Joined: Feb 2019", "Katılım: Oca 2016", "Qeydiyyat: 2020", "Регистрация: 12.03.2019". */
const JOINED =
  /^(?:joined|member\s+since|katılım(?:\s+tarihi)?|üyelik(?:\s+tarihi)?|qeydiyyat|qoşulub|регистрация|на\s+форуме\s+с)\s*:?\s*\S.{0,20}$/u
/** How many posts a member wrote: "Posts: 3,207", "Mesaj: 2.245", "Сообщений: 58". */
const POSTS =
  /^(?:posts|messages|mesaj(?:lar)?|ileti(?:ler)?|yazı(?:lar)?|ismarış(?:lar)?|paylaşım(?:lar)?|сообщени\p{L}*|постов|reputation|itibar|репутация)\s*:?\s*\d[\d.,\s]*$/u
/** A short part beside the stats: the member's role or town ("Forwarder", "Gümrük Müşaviri", "Konya"). */
const SHORT_PART = /^[^\d:]{1,40}$/u

/** A forum member's stats line: a join date and a count of posts, maybe beside a role and a town. */
export function isMemberStats(folded: string): boolean {
  const parts = partsOf(folded)
  if (!parts.some((part) => JOINED.test(part)) || !parts.some((part) => POSTS.test(part))) return false
  return parts.every((part) => JOINED.test(part) || POSTS.test(part) || SHORT_PART.test(part))
}

/** A post's buttons: "Alıntıla", "Yanıtla", "Quote", "Report", "Цитировать". */
const POST_BUTTON =
  /^(?:quote|reply|report|share|alıntıla|yanıtla|cevapla|şikayet\s+et|bildir|sitat\s+gətir|cavabla|cavab\s+ver|şikayət\s+et|цитировать|цитата|ответить|пожаловаться)$/u
/** A like with its count: "👍 Beğen (6)", "Like (12)", "👍 6", "Нравится 3". */
const LIKE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:like|beğen|bəyən|нравится)\s*\(?\d{0,5}\)?|\d{1,5})$/u

/** The row of buttons under a post, with its likes: every part a button or a like, and at least one button. */
export function isPostButtons(folded: string): boolean {
  const parts = partsOf(folded)
  return (
    parts.length >= 2 &&
    parts.some((part) => POST_BUTTON.test(part)) &&
    parts.every((p) => POST_BUTTON.test(p) || LIKE.test(p))
  )
}
