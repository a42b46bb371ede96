import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: a forum thread’s furniture', () => {
  it.each([
    ['en', 'Joined: Feb 2019 · Posts: 214'],
    ['en', 'Freight forwarder · Member since: 2016 · Messages: 3,207 · Almaty'],
    ['tr', 'Gümrük Müşaviri · Katılım: Ağu 2018 · Mesaj: 1.102 · Mersin'],
    ['az', 'Qeydiyyat: 2020 | Paylaşımlar: 87 | Bakı'],
    ['ru', 'Регистрация: 12.03.2019 · Сообщений: 58 · Актау'],
  ])('%s member stats: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('forum furniture')
  })

  it.each([
    ['tr', '👍 Beğen (6) · Alıntıla · Yanıtla'],
    ['en', 'Reply | Quote | Report'],
    ['az', 'Bəyən (3) · Sitat gətir · Cavabla'],
    ['ru', '👍 12 · Цитировать · Ответить · Пожаловаться'],
  ])('%s a post’s buttons: "%s"', (_, line) => {
    expect(clutterReason(line)).toBe('forum furniture')
  })

  it('reads a thread’s count of answers and views as a counter', () => {
    expect(clutterReason('8 cevap · 1.932 görüntülenme')).toBe('view counter')
    expect(clutterReason('12 cavab · 845 baxış')).toBe('view counter')
  })

  it.each([
    // a member's words, with a number of posts in them, stay
    ['en', 'Joined the forum in 2019 and have written 214 posts about rail freight since then.'],
    ['tr', 'Katılım oranı yüzde 35 oldu, mesaj trafiği 2 katına çıktı.'],
    ['ru', 'Ответить на вопрос о тарифах: ставка выросла на 20%.'],
  ])('%s keeps a sentence: "%s"', (_, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: download links, accessibility bars and addresses', () => {
  it.each([
    ['en', 'Download the full report (PDF, 6.2 MB) | Previous chapter | Next chapter'],
    ['az', 'Hesabatı PDF formatında yükləyin (4,8 MB)'],
    ['ru', 'Скачать годовой отчёт (PDF, 2,1 МБ)'],
    ['tr', 'Faaliyet Raporu 2025 (PDF, 8,7 MB) | İndir | Arşiv'],
    ['en', 'Font size: A A A | Version for the visually impaired'],
    ['ru', 'Версия для слабовидящих'],
  ])('%s: "%s" is page furniture', (_, line) => {
    expect(clutterReason(line)).not.toBeNull()
  })

  it.each([
    ['tr', 'Bilgi: Hal Müdürlüğü, Yenitaşkent Mah. Hal Yolu Cad. No: 3, Yenişehir/Mersin | Tel: (0324) 325 40 40'],
    ['ru', 'Справки: г. Алматы, ул. Сейфуллина, 404 | Тел: +7 727 344 18 20'],
  ])('%s: "%s" is a contact line', (_, line) => {
    expect(clutterReason(line)).toBe('contact line')
  })

  it('keeps a sentence that weighs a file or names a street', () => {
    expect(
      clutterReason('The report runs to 240 pages and its appendix (3.2 MB of tables) lists every berth.'),
    ).toBeNull()
    expect(clutterReason('Yeni terminal Hal Yolu Cad. üzerinde 12 bin metrekare alan kaplıyor.')).toBeNull()
  })
})
