import { describe, expect, it } from 'vitest'
import { extract } from './figure-input'

/**
 * A key-points box restates the story in bullets. Its short copy of a number lacks the deadline or the countries the
 * story's sentence gives, so that sentence's figure is the one kept; a bullet the story does not repeat stays.
 */
describe('extractFigures: a bulleted summary line that the story tells again gives its figure once, from the story', () => {
  it.each<[string, string[]]>([
    [
      'en',
      [
        '• Turkish builders are putting up 1,200 apartments and a water plant in Lebap.',
        '• The contract is worth $318 million.',
        'The package includes a residential quarter of 1,200 apartments, all to be completed by 2028.',
      ],
    ],
    [
      'tr',
      [
        '• Türk müteahhitler Lebap’ta 1.200 daire ve bir su arıtma tesisi inşa ediyor.',
        '• Sözleşmenin değeri 318 milyon dolar.',
        'Paket, 2028’e kadar tamamlanacak 1.200 dairelik bir konut mahallesini de kapsıyor.',
      ],
    ],
    [
      'az',
      [
        '• Türk podratçıları Lebapda 1 200 mənzil və su təmizləyici qurğu tikir.',
        '• Müqavilənin dəyəri 318 milyon dollardır.',
        'Paketə 2028-ci ilədək tamamlanacaq 1 200 mənzilli yaşayış massivi də daxildir.',
      ],
    ],
    [
      'ru',
      [
        '• Турецкие подрядчики строят в Лебапе 1200 квартир и водоочистную станцию.',
        '• Стоимость контракта составляет 318 млн долларов.',
        'Пакет включает жилой квартал на 1200 квартир, который должен быть сдан к 2028 году.',
      ],
    ],
  ])('%s', (lang, sentences) => {
    const figures = extract(sentences, lang, '2026-07-20')
    const apartments = figures.filter((f) => f.value === 1200)
    expect(apartments).toHaveLength(1)
    expect(apartments[0]).toMatchObject({ kind: 'target', deadline: '2028' })
    // the contract's value is told in the box alone, and stays
    expect(figures.filter((f) => f.value === 318e6)).toHaveLength(1)
  })
})
