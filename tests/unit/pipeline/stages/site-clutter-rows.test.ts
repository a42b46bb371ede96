import { describe, expect, it } from 'vitest'
import { clutterReason } from '../../../../src/pipeline/stages/site-clutter'

describe('clutterReason: rows of counts and buttons beside a reading time', () => {
  it.each<[string, string, string]>([
    ['en', '5 min read · 3 comments', 'view counter'],
    ['en', '6 min read | Share: LinkedIn · X · Telegram · Email', 'view counter'],
    ['tr', 'Okuma süresi: 5 dakika | 14 yorum', 'view counter'],
    ['az', 'Baxış: 862 | Şərh: 2', 'view counter'],
    ['ru', 'Время чтения: 4 мин · Комментарии: 12', 'view counter'],
    ['ru', 'Скачать PDF (412 КБ) | Версия для печати', 'site clutter'],
    ['en', 'Listen to this article (6:12)', 'share buttons'],
    ['tr', 'Haberi dinle (3:40)', 'share buttons'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    ['en', 'Prices rose 3% · exports fell'],
    ['ru', 'Экспорт вырос на 12% · импорт снизился на 3%'],
  ])('guard: %s: a row of the story’s own figures stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})

describe('clutterReason: the notes and contacts a page prints after a story', () => {
  it.each<[string, string, string]>([
    ['en', 'Our Standards: The Caspian Wire Trust Principles.', 'editorial notice'],
    [
      'en',
      'The views expressed are the author’s own and do not necessarily reflect those of the Caspian Policy Forum.',
      'editorial notice',
    ],
    [
      'en',
      'Methodology: CFM assessments reflect the broker panel’s view of spot rates concluded between Friday and Thursday.',
      'editorial notice',
    ],
    [
      'az',
      'Metodologiya: Məqalədə nazirliyin kollegiya iclasında təqdim etdiyi rəqəmlərdən istifadə olunub.',
      'editorial notice',
    ],
    [
      'ru',
      'Заявления прогнозного характера: настоящий пресс-релиз может содержать заявления, которые не являются историческими фактами.',
      'editorial notice',
    ],
    [
      'tr',
      'İleriye dönük ifadeler: Bu açıklama, gerçekleşmemiş olaylara ilişkin beklentiler içerebilir.',
      'editorial notice',
    ],
    [
      'ru',
      'Материал подготовлен при поддержке программы «Медиа Центральной Азии». Редакция сохраняет полную независимость.',
      'editorial notice',
    ],
    [
      'ru',
      'Контакты для инвесторов: ir@irtysh-pm.example | Контакты для СМИ: +7 7232 24 60 60, press@irtysh-pm.example',
      'contact line',
    ],
    [
      'ru',
      'Конференц-звонок для инвесторов: 07.11.2025, 15:00 (Астана). Тел.: +7 727 355 00 11, код доступа 4471#',
      'contact line',
    ],
    ['en', 'Conference call for analysts at 15:00 GMT. Dial-in: +44 20 7946 0000, access code 5521', 'contact line'],
  ])('%s: %s', (_lang, line, reason) => {
    expect(clutterReason(line)).toBe(reason)
  })

  it.each<[string, string]>([
    [
      'en',
      'The ministry’s methodology counts transit cargo twice, analysts said, so the 12% rise may overstate growth.',
    ],
    ['ru', 'Материал для строительства порта доставят по морю, сообщили в компании.'],
  ])('guard: %s: the story’s own sentence stays: %s', (_lang, line) => {
    expect(clutterReason(line)).toBeNull()
  })
})
