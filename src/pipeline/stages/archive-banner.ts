import type { Article } from '../../schema/dataset'
import { foldCase } from '../lexicon/text'

/**
 * A page saved from a web archive carries the archive's toolbar over it: the archive's name and the page's address,
 * how many captures it holds and between which days, a calendar strip, and the day of this capture ("Saved 3 March
 * 2026 17:42:19 UTC", "12 Nisan 2026 tarihinde arşivlendi"). That day is the capture's, not the story's; the page's
 * own header, date line and all, starts under the toolbar.
 */

/** The toolbar's first line: "The Wayback Machine - https://web.archive.org/web/2026…", "WEB ARŞİVİ | https://…". */
const ARCHIVE_NAME =
  /(?:wayback\s+machine|web\.archive\.org|archive\.(?:today|ph|is|org)\/|internet\s+archive|web\s+arşivi|veb\s+arxiv|веб-архив)/u
/**
 * The toolbar's last lines: the capture's stamp or the notice that the page is an archived copy ("Saved 3 March 2026
 * 17:42:19 UTC", "12 Nisan 2026 tarihinde arşivlendi, 09:31:14 (UTC)", "Сохранено 14 апреля 2026", "About this
 * capture", "Arşivlenmiş bir sayfayı görüntülüyorsunuz").
 */
const TOOLBAR_END =
  /^(?:saved|captured|archived)\s.{0,40}\d{4}|arşivlendi|arxivləşdirilib|arxivə\s+(?:alınıb|salınıb)|^сохранен\p{L}*\s.{0,40}\d{4}|^about\s+this\s+capture$|^timestamps$|^collection:|(?:viewing|görüntülüyorsunuz|baxırsınız|просматриваете)\s.{0,30}(?:archived|arşivlenmiş|arxivləşdirilmiş|архивн)|(?:arşivlenmiş|arxivləşdirilmiş)\s+(?:bir\s+)?(?:sayfa|səhifə)/u
/** The archive's mark under the page: "— Arşiv kaydının sonu —", "— End of archived page —". */
const ARCHIVE_FOOT =
  /^[—–-]*\s*(?:end\s+of\s+(?:the\s+)?(?:archived\s+page|capture)|arşiv\s+kaydının\s+sonu|arxiv\s+qeydinin\s+sonu|конец\s+архивн\p{L}*\s+копии)\s*[—–-]*$/u
/** Lines at the top where the toolbar may end. */
const TOOLBAR_LINES = 24

/** Cuts a web archive's toolbar from the top of a page (and its mark from the foot), when its first line names one. */
export function cutArchiveBanner(text: string): { text: string; removed: Article['removed'] } {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  if (first < 0 || !ARCHIVE_NAME.test(foldCase(lines[first] ?? '', 'tr'))) return { text, removed: [] }
  const folded = lines.slice(0, TOOLBAR_LINES).map((line) => foldCase(line.trim(), 'tr'))
  const end = folded.findLastIndex((line) => TOOLBAR_END.test(line))
  const toolbarEnd = Math.max(end, first)
  const foot = lines.findLastIndex((line) => line.trim() !== '')
  const hasFoot = foot > toolbarEnd && ARCHIVE_FOOT.test(foldCase(lines[foot]?.trim() ?? '', 'tr'))
  const cut = new Set([...Array.from({ length: toolbarEnd + 1 }, (_, i) => i), ...(hasFoot ? [foot] : [])])
  const removed = [...cut]
    .filter((i) => (lines[i] ?? '').trim() !== '')
    .map((i) => ({ reason: 'web archive toolbar', text: (lines[i] ?? '').trim() }))
  return { text: lines.filter((_, i) => !cut.has(i)).join('\n'), removed }
}
