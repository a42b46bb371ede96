import { CONTACT_LABEL } from '../lexicon/clutter-words'
import { foldCase } from '../lexicon/text'

// Lines that tell how to reach someone (an office, a press officer, a newsroom's tip line, a call's dial-in) or sell
// something: site furniture, whatever numbers they hold.

/** The longest line read as a labelled contact. */
const MAX_CONTACT_CHARS = 160

/** "Have a tip? Contact us at …", "Xəbəriniz var? Bizə yazın": a call for news, with where to send it. */
const TIP_REQUEST =
  /(?:have|got)\s+a\s+(?:news\s+)?(?:tip|story)|contact\s+us\s+at|haber\s+ihbar\p{L}*|bize\s+ulaşın|xəbəriniz\s+var|bizə\s+yazın|есть\s+(?:новость|информация)\?|(?:пишите|напишите)\s+нам/u
/** "… Для связи и рекламы: @tt_admin", "İletişim: info@…": a channel's or a page's blurb closed by where to write. */
const CONTACT_TAIL =
  /(?:для\s+связи|по\s+вопросам\s+рекламы|реклам\p{L}*|reklam|əlaqə|iletişim|contact|advertising)[\p{L}\s]{0,20}:\s*(?:@\w{3,}|[\w.+-]+@[\w-]+\.[\w.]+)$/u
/** "+7 727 355 01 90": a phone number with its country code, alone on its line. */
const PHONE_ALONE = /^\+\d[\d\s().-]{8,}\d$/u
/** "Marat Seitkali, Partner – m.seitkali@…": a person, maybe with a role, then an e-mail address closing the line. */
const PERSON_THEN_MAIL = /^\p{Lu}[\p{L}\s.,()'’-]{2,80}\s[–—:-]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u
/** An e-mail address, a handle or a phone number with its country code. */
const REACHABLE = /[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w])@[\w]{3,}|\+\d{1,3}[\s(]*\d/u
/**
 * An advert's offer: a sale at an early price ("Early-bird tickets 20% off"), or a discount with an exclamation or a
 * number to call ("Скидка 20% до 30 апреля! Тел.: …"); a discount a story reports has neither.
 */
const AD_OFFER = /early[\s-]bird|erken\s+kayıt\s+(?:indirim|fırsat)\p{L}*|ранн\p{L}*\s+регистрац\p{L}*\s+со\s+скидк/u
const DISCOUNT =
  /скидк\p{L}*\s+\d{1,2}\s*%|\d{1,2}\s*%\s+(?:off|indirim|endirim|скидк\p{L}*)|%\s*\d{1,2}\s+(?:indirim|endirim)/u
const AD_CALL = /!|(?<!\p{L})(?:тел|tel|phone)\.?\s*:|[\w.+-]+@[\w-]+\./u

/**
 * A banner's promotion: a saving with its code, on a line of parts between bars ("TransCaspian Expo 2026 | Baku Expo
 * Center | Save 20% on delegate passes with code BRIEF20"). A sponsor's read in a story's prose has no bars, and stays.
 */
const PROMO_CODE = /(?:with|use)\s+(?:the\s+)?(?:promo\s+)?code\s+[\p{L}\d]{3,}|promo\s?kod\p{L}*|промокод\p{L}*/u
const SAVING = /save\s+\d{1,2}\s*%|\d{1,2}\s*%\s+(?:off|indirim|endirim)|скидк\p{L}*/u
const isPromoBanner = (folded: string) => / \| /u.test(folded) && PROMO_CODE.test(folded) && SAVING.test(folded)

/** Whether a folded line is an advert's offer. */
export const isAdvert = (folded: string) =>
  AD_OFFER.test(folded) || (DISCOUNT.test(folded) && AD_CALL.test(folded)) || isPromoBanner(folded)

/** The label of a person to call: an analyst, a press officer, a spokesperson ("Media Relations", "Для справок"). */
const CONTACT_ROLE =
  /(?<!\p{L})(?:analyst|media\s+relations|press\s+(?:office|contact)|media\s+contact|spokes\p{L}*|investor\s+relations|для\s+справок|пресс-служб\p{L}*|контакт\p{L}*|basın\s+(?:müşaviri|sözcüsü|birimi)|mətbuat\s+(?:xidməti|katibi))(?!\p{L})/u

/**
 * A contact line: an advertising, phone or tip-off label, then a phone number or an e-mail address alone; how to join a
 * call; a call for news with where to send it; a blurb closed by where to write.
 */
export function isContactLine(line: string, folded: string): boolean {
  if (isCallNotice(line, folded) || (TIP_REQUEST.test(folded) && REACHABLE.test(folded)) || CONTACT_TAIL.test(folded)) {
    return true
  }
  if (PHONE_ALONE.test(line.trim()) || PERSON_THEN_MAIL.test(line.trim())) return true
  // "Контакты для инвесторов: ir@… | Контакты для СМИ: +7 7232 24 60 60, press@…": contacts one after another
  const parts = line.split(/\s+\|\s+/u)
  if (parts.length > 1 && parts.every((part) => isLabelledContact(part, foldCase(part, 'tr')))) return true
  // "Astana Ridge Capital Ltd. | пр. Мангилик Ел, 55/20, Астана | +7 7172 64 10 20 | www.astanaridge.kz": an imprint
  const reachable = parts.some(isPhone) && parts.some((part) => isWeb(part) || isMail(part))
  if (parts.length >= MIN_IMPRINT_PARTS && reachable) return true
  return isLabelledContact(line, folded)
}

const isPhone = (value: string) => /^\+?[\d\s().-]{9,}$/u.test(value) && value.replace(/\D/gu, '').length >= 9
const isMail = (value: string) => /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u.test(value)
const isWeb = (value: string) => /^(?:https?:\/\/)?www\.[\w-]+(?:\.[\w-]+)+\/?$/u.test(value)
/** Parts an imprint's line runs to at least: a name, an address, a phone, a site. */
const MIN_IMPRINT_PARTS = 3

/** "Tel: +994 12 555 00 00", "E-posta: basin@…", "Контакты для СМИ: +7 7232 24 60 60, press@…": a label, then contacts. */
function isLabelledContact(line: string, folded: string): boolean {
  const labelled = /^([^:]{2,60}):\s*(.+)$/u.exec(line)
  if (!labelled?.[1] || !labelled[2] || line.length > MAX_CONTACT_CHARS) return false
  const values = labelled[2]
    .split(/,\s+|\s+\|\s+/u)
    .map((value) => value.replace(/^(?:tel\.?|phone|e-?mail|e-?posta|e-?poçt|эл\.\s*почта)\s*:?\s*/iu, ''))
  const phones = values.some(isPhone)
  // "Primary Rating Analyst: Daniela Weiss, Director, +44 20 …": a contact's role names the person beside the phone
  if (CONTACT_ROLE.test(foldCase(labelled[1], 'tr'))) return values.some((value) => isPhone(value) || isMail(value))
  if (line.length > 100) return false
  // "Əlaqə: ir@… | +994 12 … | www.….az": a site's address may close the contacts
  const reach = values.filter((value) => !isWeb(value))
  return (
    reach.length > 0 &&
    reach.every((value) => isPhone(value) || isMail(value)) &&
    (!phones || CONTACT_LABEL.test(folded))
  )
}

/**
 * "Конференц-звонок …: 07.11.2025, 15:00 … Тел.: +7 727 355 00 11, код доступа 4471#", "Dial-in: +44 20 …, access code
 * 5521": how to join a call, its phone number and the code to enter.
 */
const CALL_ACCESS =
  /(?:код\s+доступа|access\s+code|passcode|erişim\s+kodu|giriş\s+kodu|giriş\s+kodu|daxil\s+olma\s+kodu)/u
const PHONE_NUMBER = /\+\d[\d\s()-]{8,}\d/u
/** "… WhatsApp'tan almak için +90 532 … numarasını kaydedin": a number to save in a messenger to get the site's news. */
const MESSENGER_SIGNUP =
  /(?:whatsapp|telegram|viber|signal).{0,80}(?:kaydedin|kaydet|ekleyin|yadda\s+saxlayın|əlavə\s+edin|save|add|сохраните|добавьте)/u
const isCallNotice = (line: string, folded: string) =>
  (CALL_ACCESS.test(folded) || MESSENGER_SIGNUP.test(folded)) && PHONE_NUMBER.test(line)
