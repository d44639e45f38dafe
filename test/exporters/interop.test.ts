import type { ExportFormat, ExportSource } from '../../exporters/index'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { unzipSync } from 'fflate'
import { parse as parseGift } from 'gift-pegjs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { exportBank, exportBankToBytes, exportFormats, lossReports, sourceFromArrays } from '../../exporters/index'
import { markdownToHtml, plainBlocks, plainBlocksHtml, renderWithMarkdownIt } from '../../exporters/html'
import { seededRandom } from '../helpers/random'
import { hintNodes, parsedHintNodes, qtiIdentifier } from '../../exporters/qti'
import { parseBank } from '../../importers/parse'
import { fixtureLevels, fixtureRole, fixtureSource, generatedSource, sampleHintTexts } from './fixtures'

/**
 * The interop exports (Anki text and package, Moodle XML, GIFT, QTI 3.0):
 * golden files, byte stability, checks by real clients' parsers (gift-pegjs
 * for GIFT, SQLite for the .apkg, an XML validator for Moodle and QTI), and
 * round trips back through Prepbank's importer.
 */

const goldenCases = [
  { file: 'bank.anki.txt', format: 'anki' },
  { file: 'bank.moodle.xml', format: 'moodle' },
  { file: 'bank.gift.txt', format: 'gift' },
  { file: 'bank.apkg', format: 'apkg' },
  { file: 'bank.qti.zip', format: 'qti' },
] as const

const goldenUrl = (file: string) => new URL(`./golden/${file}`, import.meta.url)
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('golden interop exports of the fixture bank', () => {
  for (const { file, format } of goldenCases) {
    it(`matches golden/${file}`, async () => {
      const bytes = await exportBankToBytes({ source: fixtureSource(), format })
      if (process.env.UPDATE_GOLDEN === '1') await writeFile(goldenUrl(file), bytes)
      expect(Buffer.from(bytes).equals(await readFile(goldenUrl(file)))).toBe(true)
    })

    it(`is byte-stable and streamed: ${file}`, async () => {
      const source = fixtureSource()
      const first = await exportBankToBytes({ source, format })
      const second = await exportBankToBytes({ source, format })
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
      let chunks = 0
      for await (const chunk of exportBank({ source, format })) chunks += chunk.length > 0 ? 1 : 0
      expect(chunks).toBeGreaterThan(0)
    })
  }
})

describe('checked by the clients', () => {
  const generated = () => generatedSource({ questionCount: 300, hintTexts: sampleHintTexts, seed: 3 })

  it('gift-pegjs reads every GIFT export: one essay per question, ids, tags, categories', async () => {
    for (const source of [fixtureSource(), generated()]) {
      const gift = text(await exportBankToBytes({ source, format: 'gift' }))
      const items = parseGift(gift)
      const essays = items.filter((item) => item.type === 'Essay')
      const categories = items.filter((item) => item.type === 'Category')
      expect(items.length).toBe(essays.length + categories.length)
      expect(categories.length).toBe(3)
      if (source !== fixtureSource()) expect(essays.length).toBeGreaterThan(0)
    }
    const items = parseGift(text(await exportBankToBytes({ source: fixtureSource(), format: 'gift' })))
    const essays = items.filter((item) => item.type === 'Essay')
    expect(essays.map((essay) => essay.id)).toEqual(fixtureLevels.flatMap((level) => level.questions.map((question) => question.id)))
    expect(essays.map((essay) => essay.stem.text)).toEqual(fixtureLevels.flatMap((level) => level.questions.map((question) => question.prompt)))
    expect(essays[1].tags).toEqual(['security', 'csv', '@mentions'])
    expect(items[0]).toMatchObject({ type: 'Category', title: '$course$/top/AI Data Ops Specialist/Beginner' })
  })

  it('the .apkg holds a SQLite collection with the notes, decks and GUIDs', async () => {
    const archive = unzipSync(await exportBankToBytes({ source: fixtureSource(), format: 'apkg' }))
    expect(Object.keys(archive).sort()).toEqual(['collection.anki2', 'media'])
    expect(text(archive.media)).toBe('{}')
    const SQL = await initSqlJs()
    const db = new SQL.Database(archive['collection.anki2'])
    try {
      const notes = db.exec('SELECT n.guid, n.flds, n.tags, c.did, c.due FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.due')[0].values
      const expected = fixtureLevels.flatMap(({ level, questions }) => questions.map((question) => ({ level, question })))
      expect(notes.map((row) => row[0])).toEqual(expected.map(({ question }) => question.id))
      // One new card per note, due in bank order from 1.
      expect(notes.map((row) => row[4])).toEqual(expected.map((_, index) => index + 1))
      expect(db.exec('SELECT count(*), min(type), max(queue), min(ord), max(ord) FROM cards')[0].values[0]).toEqual([expected.length, 0, 0, 0, 0])
      const [decksJson, modelsJson, version] = db.exec('SELECT decks, models, ver FROM col')[0].values[0] as [string, string, number]
      expect(version).toBe(11)
      const decks = JSON.parse(decksJson) as Record<string, { name: string }>
      const deckName = (id: unknown) => decks[String(id)]?.name
      expect(notes.map((row) => deckName(row[3]))).toEqual(expected.map(({ level }) => `Prepbank::AI Data Ops Specialist::${level.name}`))
      const models = Object.values(JSON.parse(modelsJson) as Record<string, { flds: { name: string }[] }>)
      expect(models[0].flds.map((field) => field.name)).toEqual(['Front', 'Back'])
      const [front, back] = String(notes[0][1]).split('\u001f')
      expect(front).toBe('What is the difference between ETL and ELT?')
      expect(back).toContain('<li>cloud warehouse compute</li>')
      expect(notes[1][2]).toBe(' security csv @mentions ')
      expect(db.exec('PRAGMA integrity_check')[0].values[0][0]).toBe('ok')
    } finally {
      db.close()
    }
  })

  it('Moodle XML is well-formed, one essay per question, idnumber = stable id', async () => {
    for (const source of [fixtureSource(), generated()]) {
      const xml = text(await exportBankToBytes({ source, format: 'moodle' }))
      expect(XMLValidator.validate(xml)).toBe(true)
    }
    const xml = text(await exportBankToBytes({ source: fixtureSource(), format: 'moodle' }))
    expect(xml.match(/<question type="essay">/g)).toHaveLength(8)
    expect(xml).toContain('<idnumber>q-etl-elt</idnumber>')
    expect(xml).toContain('<text>$course$/top/AI Data Ops Specialist/Advanced — 上級</text>')
  })

  it('every file of the QTI package is well-formed XML; the manifest lists every item and test', async () => {
    const archive = unzipSync(await exportBankToBytes({ source: fixtureSource(), format: 'qti' }))
    for (const [name, bytes] of Object.entries(archive)) expect(XMLValidator.validate(text(bytes)), name).toBe(true)
    const items = Object.keys(archive).filter((name) => name.startsWith('items/'))
    expect(items).toHaveLength(8)
    const manifest = text(archive['imsmanifest.xml'])
    for (const name of Object.keys(archive).filter((file) => file !== 'imsmanifest.xml')) expect(manifest).toContain(`href="${name}"`)
    const item = text(archive[`items/${qtiIdentifier('q-heading')}.xml`])
    expect(item).toContain('<qti-extended-text-interaction response-identifier="RESPONSE"><qti-prompt># Why do headings in prompts need escaping?</qti-prompt>')
    expect(item.match(/<qti-rubric-block use="scoring" view="scorer">/g)).toHaveLength(2)
    expect(text(archive['tests/beginner.xml'])).toContain(`<qti-assessment-item-ref identifier="${qtiIdentifier('q-etl-elt')}" href="../items/${qtiIdentifier('q-etl-elt')}.xml"/>`)
  })

  it('QTI identifiers never collide and are XML names', () => {
    expect(qtiIdentifier('a:b')).not.toBe(qtiIdentifier('a_b'))
    expect(qtiIdentifier('1-x')).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/)
  })
})

describe('the .apkg collection file', () => {
  it('is removed after the export, whether it is read to the end or stopped after its first bytes', async () => {
    // os.tmpdir() follows TMPDIR: this test's own folder, so other exports running meanwhile do not count.
    const previous = process.env.TMPDIR
    const folder = await mkdtemp(path.join(os.tmpdir(), 'prepbank-apkg-test-'))
    process.env.TMPDIR = folder
    try {
      const bytes = await exportBankToBytes({ source: generatedSource({ questionCount: 300, hintTexts: sampleHintTexts }), format: 'apkg' })
      expect(Object.keys(unzipSync(bytes))).toEqual(['collection.anki2', 'media'])
      expect(await readdir(folder)).toEqual([])
      // Large enough that the first 64 KB chunk comes while the collection is still being read into the zip.
      for await (const chunk of exportBank({ source: generatedSource({ questionCount: 3000, hintTexts: sampleHintTexts }), format: 'apkg' })) {
        expect(chunk.length).toBeGreaterThan(0)
        expect(await readdir(folder)).toHaveLength(1)
        break
      }
      expect(await readdir(folder)).toEqual([])
      // A question that cannot be exported stops the export with its reason, half-way through the collection's transaction.
      const [first] = fixtureLevels
      const broken = sourceFromArrays({ role: fixtureRole, levels: [{ level: first.level, questions: [...first.questions, { ...first.questions[0], id: 'q-broken', prompt: ' ' }] }] })
      await expect(exportBankToBytes({ source: broken, format: 'apkg' })).rejects.toThrow(/Cannot export question \d+ \(id "q-broken"\)/)
      expect(await readdir(folder)).toEqual([])
    } finally {
      if (previous === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = previous
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('hints are rendered, raw HTML escaped', () => {
  const hostile = (): ExportSource =>
    sourceFromArrays({
      role: fixtureRole,
      levels: [
        {
          level: { slug: 'beginner', name: 'Beginner', rank: 1 },
          questions: [{ id: 'q-x', prompt: 'Is <b>this</b> safe & sound?', tags: [], hints: [{ markdown: '<script>alert(1)</script> and **bold**', plainText: 'x' }] }],
        },
      ],
    })

  for (const format of ['anki', 'moodle', 'qti', 'apkg'] as const satisfies readonly ExportFormat[]) {
    it(`${format}: no raw <script> or <b> reaches the target`, async () => {
      const bytes = await exportBankToBytes({ source: hostile(), format })
      const files =
        format === 'qti' ? Object.values(unzipSync(bytes)).map(text) : format === 'apkg' ? await apkgFields(bytes) : format === 'moodle' ? moodleHtmlFields(text(bytes)) : [text(bytes)]
      const html = files.join('\n')
      expect(html).not.toContain('<script>')
      expect(html).not.toContain('<b>this')
      expect(html).toContain('<strong>bold</strong>')
    })
  }
})

/** The HTML fields of Moodle XML (question text, information for graders), as Moodle reads them. */
function moodleHtmlFields(xml: string): string[] {
  const document = new XMLParser({ isArray: (name) => name === 'question' }).parse(xml) as {
    quiz: { question: { questiontext?: { text: string }; graderinfo?: { text: string } }[] }
  }
  return document.quiz.question.flatMap((question) => [question.questiontext?.text ?? '', question.graderinfo?.text ?? ''])
}

describe('the plain-block fast path renders what markdown-it renders', () => {
  it('for the fixture, the sample hints and 20,000 random texts over Markdown-significant characters', () => {
    const random = seededRandom(42)
    const alphabet = ['a', 'b', ' ', '  ', '\n', '\n\n', '- ', '\n- ', '\n\n- ', '1', '1.', '2)', '-', '+', '#', '=', '"', "'", ':', '.', ',', '(', ')', '→', 'é', '猫', '\u00a0', 'http://x.y', '!', '?', '/', '%', '$', '@', '^', '{', '}']
    const texts = [
      ...fixtureLevels.flatMap((level) => level.questions.flatMap((question) => question.hints.map((hint) => hint.markdown.replace(/\r\n/g, '\n')))),
      ...sampleHintTexts,
      ...Array.from({ length: 20_000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')),
    ]
    let plain = 0
    let withLists = 0
    for (const markdown of texts) {
      const blocks = plainBlocks(markdown)
      if (!blocks) continue
      plain += 1
      if (blocks.some((block) => block.list)) withLists += 1
      expect(plainBlocksHtml(blocks), JSON.stringify(markdown)).toBe(renderWithMarkdownIt(markdown))
      // QTI builds these hints' XML nodes directly: the same nodes as parsing their HTML.
      expect(hintNodes(markdown), JSON.stringify(markdown)).toEqual(parsedHintNodes(markdown))
    }
    expect(plain).toBeGreaterThan(1000)
    expect(withLists).toBeGreaterThan(200)
  })
})

/** The note fields of an .apkg (what Anki renders; the sort field `sfld` is plain text by design). */
async function apkgFields(bytes: Uint8Array): Promise<string[]> {
  const SQL = await initSqlJs()
  const db = new SQL.Database(unzipSync(bytes)['collection.anki2'])
  try {
    return db.exec('SELECT flds FROM notes')[0].values.map((row) => String(row[0]))
  } finally {
    db.close()
  }
}

/** The same hint, compared as rendered HTML with white space collapsed: what the HTML formats promise to keep. */
const rendered = (markdown: string) => markdownToHtml(markdown).replace(/\s+/g, ' ')

describe('round trips back through the importer', () => {
  for (const { format, layout } of [
    { format: 'moodle', layout: 'moodle-xml' },
    { format: 'gift', layout: 'gift' },
    { format: 'anki', layout: 'anki-text' },
  ] as const) {
    it(`${format}: same prompts, ids, tags, levels and hints in order, minus the declared losses`, async () => {
      const exported = await exportBankToBytes({ source: fixtureSource(), format })
      const result = parseBank(exported, { path: `bank.${format}` })
      expect(result.file.messages.map(String)).toEqual([])
      expect(result.layout).toBe(layout)
      const bank = result.bank!
      // role-details and level-details are declared: the role's name and the level names and order travel.
      expect(bank.role).toMatchObject({ name: fixtureRole.name, slug: null, title: null, summary: null })
      expect(bank.levels.map((level) => level.name)).toEqual(fixtureLevels.map(({ level }) => level.name))
      bank.levels.forEach((level, levelIndex) => {
        const expected = fixtureLevels[levelIndex].questions
        expect(level.questions.map((question) => [question.key, question.prompt, question.tags])).toEqual(
          expected.map((question) => [question.id, question.prompt, question.tags]),
        )
        level.questions.forEach((question, questionIndex) => {
          const hints = expected[questionIndex].hints.map((hint) => hint.markdown.replace(/\r\n/g, '\n'))
          if (format === 'gift') {
            // Markdown travels verbatim; GIFT readers trim a feedback's leading white space (declared: leading-whitespace).
            expect(question.hints.map((hint) => hint.text)).toEqual(hints.map((hint) => hint.trimStart()))
          } else {
            // HTML formats: the Markdown comes back in one style (declared: hints-as-html), rendering the same.
            expect(question.hints.map((hint) => rendered(hint.text))).toEqual(hints.map(rendered))
          }
        })
      })
    })

    it(`${format}: a generated bank of 500 questions comes back whole`, async () => {
      const source = () => generatedSource({ questionCount: 500, hintTexts: sampleHintTexts, seed: 11 })
      const result = parseBank(await exportBankToBytes({ source: source(), format }), { path: `bank.${format}` })
      expect(result.errors).toBe(0)
      const keys = result.bank!.levels.flatMap((level) => level.questions.map((question) => question.key))
      const expected: string[] = []
      for await (const { questions } of source().levels) for await (const question of questions) expected.push(question.id)
      expect(keys).toEqual(expected)
    })
  }
})

describe('loss report', () => {
  it('declares every format, each with review history, in machine-readable JSON', () => {
    expect(Object.keys(lossReports).sort()).toEqual([...exportFormats].sort())
    for (const report of Object.values(lossReports)) {
      expect(JSON.parse(JSON.stringify(report))).toEqual(report)
      expect(report.lines.map((line) => line.id)).toContain('review-history')
      expect(new Set(report.lines.map((line) => line.id)).size).toBe(report.lines.length)
    }
  })
})
