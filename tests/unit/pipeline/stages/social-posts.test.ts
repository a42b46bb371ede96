import { describe, expect, it } from 'vitest'
import { cleanBody } from '../../../../src/pipeline/stages/clean'
import { isProseLine } from '../../../../src/pipeline/lexicon/text'

/** An Azerbaijani thread: two posts under one-line bylines, a repost, then readers' replies. */
const AZ_THREAD = [
  'Ana səhifə | Kəşf et | Bildirişlər | Mesajlar | Profil',
  '← Paylaşım',
  '',
  '🧵 1/3 Bu gün Ələt limanında Xəzər poçt marşrutu rəsmi olaraq istifadəyə verildi! 🚢📦',
  '10:42 · 23 mar 2026',
  '48,2 min baxış',
  '💬 37   🔁 126   ❤️ 612   🔖 41',
  '',
  'Azərpoçt @azerpost_az · 23 mar',
  '2/3 İlk konteynerdə 4 180 bağlama var, ümumi çəkisi 17,6 ton. Yeni marşrutla çatdırılma müddəti 6 günə enir.',
  '💬 9   🔁 44   ❤️ 203',
  '',
  '🔁 Azərpoçt yenidən paylaşdı',
  'Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi @mincom_az · 23 mar',
  'Nazir müavininin sözlərinə görə, yeni marşrut Azərbaycandan Qazaxıstana e-ticarət ixracını iki dəfə artırmağa imkan verəcək. 🇦🇿🇰🇿',
  '💬 5   🔁 88   ❤️ 340',
  '',
  'Ən uyğun cavablar',
  'Leyla 🌸 @leyla_bakida · 23 mar',
  'Nəhayət! Keçən il Almatıdakı bacıma göndərdiyim bağlama 3 həftəyə çatmışdı 😅',
  '❤️ 18',
  'Kamran Əliyev @kamran_logist · 23 mar',
  'Bəs Türkmənbaşı qolu üçün tariflər nə vaxt açıqlanacaq?',
  '❤️ 6',
  'Daha çox cavab göstər',
]

/** An English thread with its bylines stacked a line each. */
const EN_THREAD = [
  'Conversation',
  'Daryo',
  '@Daryo_Global',
  '1/2 Uzbekistan Post has opened a new parcel route to Türkiye across the Caspian. The first container carried 2,400 parcels.',
  '10:12 AM · Apr 9, 2026',
  '61.4K Views',
  'Daryo',
  '@Daryo_Global',
  '·',
  'Apr 9',
  '2/2 The total distance is about 4,300 km. Delivery to Istanbul is expected to take 9–11 days.',
  '3 Replies',
  'Translate post',
  'Post your reply',
]

describe('markSocialPosts: a thread of posts saved from a social network', () => {
  it('az: keeps every post of the thread and its repost, and cuts bylines, counters and readers’ replies', () => {
    const { text } = cleanBody(AZ_THREAD)
    expect(text).toContain('4 180 bağlama')
    expect(text).toContain('iki dəfə artırmağa imkan verəcək')
    for (const clutter of ['@azerpost_az', '48,2 min baxış', '💬', 'yenidən paylaşdı', 'Leyla', '3 həftəyə']) {
      expect(text).not.toContain(clutter)
    }
  })

  it('en: cuts a byline stacked over its post (name, handle, dot, day) and the network’s buttons', () => {
    const { text } = cleanBody(EN_THREAD)
    expect(text).toContain('about 4,300 km')
    for (const clutter of ['@Daryo_Global', 'Apr 9\n', '61.4K Views', 'Translate post', 'Post your reply']) {
      expect(text).not.toContain(clutter)
    }
    expect(text.split('\n')).not.toContain('Daryo')
  })

  it('guard: a story quoting one handle keeps its lines', () => {
    const story = [
      'The ministry wrote on X:',
      '@mincom_az',
      'The new route cuts delivery to six days, the ministry said.',
    ]
    expect(cleanBody(story).text).toContain('@mincom_az')
  })
})

describe('isProseLine: a post’s last sentence may end in emoji', () => {
  it.each([
    'Marşrutla bağlı bütün yenilikləri bu hesabda paylaşacağıq. Bizi izləməyə davam edin! 🔔',
    'Yeni marşrut Azərbaycandan Qazaxıstana e-ticarət ixracını iki dəfə artırmağa imkan verəcək. 🇦🇿🇰🇿',
  ])('%s', (line) => {
    expect(isProseLine(line)).toBe(true)
  })
})
