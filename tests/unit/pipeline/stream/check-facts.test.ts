import { describe, expect, it } from 'vitest'
import { agreementSchema, figureSchema } from '../../../../src/schema/dataset'
import { FactChecker } from '../../../../src/pipeline/stream/check-facts'
import { finishMerged } from '../../../../src/pipeline/stream/finish-facts'
import { buildDataset } from '../../../../src/pipeline/build-dataset'
import { buildFromTexts, readTextFiles, SEEDS_DIR } from '../../../support/pipeline'

const { dataset } = buildDataset(readTextFiles(SEEDS_DIR))
const metas = dataset.articles.map(({ text: _text, removed: _removed, ...meta }) => meta)
const [first, second] = dataset.figures

describe('FactChecker: a fact that breaks the schema costs that fact, not the build', () => {
  it('keeps valid facts in order and leaves out a broken one, reported against its article’s file', () => {
    if (!first || !second) throw new Error('the seeds give figures')
    const broken = { ...second, metric: '' }
    const check = new FactChecker(metas)
    const kept = [...check.valid([first, broken], figureSchema, 'figure')]
    expect(kept).toEqual([first])
    const file = dataset.articles.find((article) => article.id === second.sources[0]?.articleId)?.file
    expect(check.issues).toEqual([
      expect.objectContaining({
        file,
        severity: 'error',
        stage: 'validate',
        message: expect.stringContaining('metric'),
      }),
    ])
    expect(check.issues[0]?.message).toMatch(/^a figure was left out/u)
  })

  it('names the kind of fact it left out, and the dataset when it cites no article it knows', () => {
    const check = new FactChecker(metas)
    const kept = [
      ...check.valid(
        [{ id: 'agreement-x', sources: [{ articleId: 'no-such-article' }] }],
        agreementSchema,
        'agreement',
      ),
    ]
    expect(kept).toEqual([])
    expect(check.issues[0]).toMatchObject({
      file: 'no-such-article',
      message: expect.stringMatching(/^an? agreement was left out/u),
    })
  })
})

describe('finishMerged: the build’s last step reports a broken fact with the build’s other issues', () => {
  it('leaves the broken figure out and keeps the rest, every issue in file order', () => {
    if (!first || !second) throw new Error('the seeds give figures')
    const facts = { figures: [first, { ...second, unit: '' }], agreements: [...dataset.agreements], events: [] }
    const finished = finishMerged(facts, { metas, kept: [] }, null, [])
    expect(finished.figures.map((figure) => figure.id)).toEqual([first.id])
    expect(finished.agreements).toHaveLength(dataset.agreements.length)
    expect(finished.issues.map((issue) => [issue.stage, issue.message.slice(0, 24)])).toEqual([
      ['validate', 'a figure was left out: i'],
    ])
  })
})

describe('a table drawn with rules builds with the rest of the corpus', () => {
  it('an ASCII table whose head is ruled off ("----+----") gives its rows, and the other articles build beside it', () => {
    const table = [
      ' date 2025-10-20 Buğda idxalı artıb',
      '',
      'Azərbaycan 2025-ci ilin yanvar-sentyabr aylarında Qazaxıstandan buğda idxalını artırıb.',
      '',
      'Buğda idxalı əsas ölkələr üzrə (yanvar-sentyabr)',
      '',
      'Ölkə           | 2024, min ton | 2025, min ton',
      '---------------+---------------+--------------',
      'Qazaxıstan     |         598,4 |         712,6',
      'Rusiya         |         402,7 |         318,9',
      'Cəmi           |       1.042,9 |       1.078,5',
      '',
    ].join('\n')
    const seeds = readTextFiles(SEEDS_DIR).map((raw) => ({ file: raw.file, text: new TextDecoder().decode(raw.bytes) }))
    const { dataset: built, issues } = buildFromTexts([...seeds, { file: 'table.txt', text: table }])
    expect(built.articles).toHaveLength(seeds.length + 1)
    expect(issues.filter((issue) => issue.stage === 'validate')).toEqual([])
    const rows = built.figures.filter((figure) => figure.sources.some((source) => source.articleId === 'table'))
    expect(rows.map((figure) => [figure.value, figure.year, figure.countries.join('-')])).toEqual(
      expect.arrayContaining([
        [712600, 2025, 'AZ-KZ'],
        [318900, 2025, 'AZ-RU'],
        [1078500, 2025, 'AZ'],
      ]),
    )
  })
})
