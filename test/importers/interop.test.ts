import { describe, expect, it } from 'vitest'
import { diagnosticsToJson, parseBank } from '../../importers/parse'
import { detectLayout } from '../../importers/detect'

/**
 * The interop readers on files as the tools write them: every Moodle
 * question type the issue names, GIFT's kinds of question, Aiken, Anki
 * exports with foreign GUIDs; and malformed files, which give an error with
 * line and column and no bank.
 */

const diagnostics = (result: ReturnType<typeof parseBank>) => diagnosticsToJson(result.file).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)

const moodleXml = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/Data Engineer/Warehouses//Lakes</text></category>
  </question>
  <question type="description">
    <name><text>Intro</text></name>
    <questiontext format="html"><text><![CDATA[<p>Read this first.</p>]]></text></questiontext>
  </question>
  <question type="multichoice">
    <name><text>Columnar</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which store is <b>columnar</b>?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Think of scans.</p>]]></text></generalfeedback>
    <idnumber>DE 01</idnumber>
    <answer fraction="100" format="html"><text>Parquet</text><feedback format="html"><text>Yes</text></feedback></answer>
    <answer fraction="0" format="html"><text>CSV</text></answer>
    <tags><tag><text>storage</text></tag><tag><text>a,b</text></tag></tags>
  </question>
  <question type="truefalse">
    <questiontext format="moodle_auto_format"><text>ELT transforms after loading.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <questiontext format="html"><text>Name the SQL clause that filters groups.</text></questiontext>
    <answer fraction="100"><text>HAVING</text></answer>
  </question>
  <question type="essay">
    <questiontext format="html"><text>Design a pipeline.</text></questiontext>
    <graderinfo format="markdown"><text>Look for **idempotency**.</text></graderinfo>
  </question>
  <question type="matching">
    <questiontext format="html"><text>Match.</text></questiontext>
  </question>
</quiz>
`

describe('Moodle XML', () => {
  it('reads essay, multichoice, truefalse and shortanswer; skips descriptions (info) and other types (warning)', () => {
    const result = parseBank(moodleXml, { path: 'quiz.xml' })
    expect(result.layout).toBe('moodle-xml')
    expect(result.errors).toBe(0)
    expect(diagnostics(result)).toEqual(['7:3 info skipped-description', '11:3 info encoded-id', '11:3 warning dropped-tag', '33:3 warning unsupported-question-type'])
    const bank = result.bank!
    expect(bank.role.name).toBe('Data Engineer')
    expect(bank.levels.map((level) => level.name)).toEqual(['Warehouses/Lakes'])
    const [multichoice, truefalse, shortanswer, essay] = bank.levels[0].questions
    expect(multichoice).toMatchObject({ prompt: 'Which store is columnar?', key: `moodle-${Buffer.from('DE 01').toString('base64url')}`, tags: ['storage'] })
    expect(multichoice.hints.map((hint) => hint.text)).toEqual(['Options:\n\n- Parquet (correct): Yes\n- CSV', 'Think of scans.'])
    expect(truefalse.hints.map((hint) => hint.text)).toEqual(['Answer: true'])
    expect(shortanswer.hints.map((hint) => hint.text)).toEqual(['Accepted answers:\n\n- HAVING (correct)'])
    expect(essay).toMatchObject({ prompt: 'Design a pipeline.', key: null, hints: [{ text: 'Look for **idempotency**.' }] })
  })

  it('malformed XML: one error at its line and column, no bank', () => {
    const result = parseBank('<?xml version="1.0"?>\n<quiz>\n  <question type="essay">\n    <name><text>x</name>\n</quiz>\n', { path: 'bad.xml' })
    expect(result.bank).toBeNull()
    expect(diagnostics(result)).toEqual(['4:18 error invalid-xml'])
  })
})

describe('GIFT', () => {
  const gift = `// A comment before anything
$CATEGORY: $course$/top/Data Engineer/Basics

// [id:q-1] [tag:sql]
::Joins::Which join keeps unmatched left rows? {=LEFT JOIN ~INNER JOIN#Only matches}

::TF::Parquet is row-oriented. {F}

::Essay::[markdown]Explain **ACID**. {
####[markdown]Atomicity first.\\n\\n<!-- prepbank\\:next-hint -->\\n\\nThen isolation levels.
}

Describe your pipeline.

::Num::How many bits in a byte? {#8}
`
  it('reads categories, ids, tags and each kind of question; descriptions are skipped with an info', () => {
    const result = parseBank(gift, { path: 'bank.gift' })
    expect(result.layout).toBe('gift')
    expect(diagnostics(result)).toEqual(['13:1 info skipped-description'])
    const questions = result.bank!.levels[0].questions
    expect(result.bank!.role.name).toBe('Data Engineer')
    expect(questions.map((question) => [question.key, question.prompt, question.tags])).toEqual([
      ['q-1', 'Which join keeps unmatched left rows?', ['sql']],
      [null, 'Parquet is row-oriented.', []],
      [null, 'Explain **ACID**.', []],
      [null, 'How many bits in a byte?', []],
    ])
    expect(questions[0].hints[0].text).toBe('Options:\n\n- LEFT JOIN (correct)\n- INNER JOIN: Only matches')
    expect(questions[1].hints[0].text).toBe('Answer: False')
    expect(questions[2].hints.map((hint) => hint.text)).toEqual(['Atomicity first.', 'Then isolation levels.'])
    expect(questions[3].hints[0].text).toBe('Answer: 8')
    expect(questions[2].position.start.line).toBe(9)
  })

  it('malformed GIFT: an error at the line and column in the whole file, no bank', () => {
    const result = parseBank('$CATEGORY: a/b\n\n::ok::Fine? {}\n\n::bad::Broken {=yes ~no\n', { path: 'bad.gift' })
    expect(result.bank).toBeNull()
    expect(result.errors).toBe(1)
    expect(diagnostics(result)).toEqual(['6:1 error invalid-gift'])
  })
})

describe('Aiken', () => {
  it('reads multiple choice questions with their answer; the role comes from --role', () => {
    const result = parseBank('What is ETL?\nA. Extract, transform, load\nB) Extract, tidy, log\nANSWER: A\n\nWhich is a stream?\nA. Kafka\nB. Parquet\nANSWER: A\n', {
      path: 'aiken.txt',
      roleName: 'Data Engineer',
    })
    expect(result.layout).toBe('aiken')
    expect(result.errors).toBe(0)
    expect(result.bank!.levels).toMatchObject([{ name: 'General', questions: [{ prompt: 'What is ETL?' }, { prompt: 'Which is a stream?', position: { start: { line: 6 } } }] }])
    expect(result.bank!.levels[0].questions[0].options).toEqual([
      { text: 'Extract, transform, load', correct: true },
      { text: 'Extract, tidy, log', correct: false },
    ])
    expect(result.bank!.levels[0].questions[0].hints.map((hint) => hint.text)).toEqual(['Answer: A. Extract, transform, load'])
  })

  it('an ANSWER naming no option is an error at its place; nothing is read', () => {
    const result = parseBank('Which?\nA. One\nB. Two\nANSWER: C\n', { path: 'aiken.txt', roleName: 'R' })
    expect(result.bank).toBeNull()
    expect(diagnostics(result)).toEqual(['4:9 error invalid-aiken'])
  })

  it('without --role: missing-role', () => {
    const result = parseBank('Which?\nA. One\nB. Two\nANSWER: A\n', { path: 'aiken.txt' })
    expect(diagnostics(result)).toContain('1:1 error missing-role')
  })
})

describe('Anki text', () => {
  it("reads Anki's own export: GUIDs (foreign ones kept stable), decks, tags, HTML fields", () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'f<Lp2?9xY\tBasic\tSQL::Joins\tWhat is a <i>left</i> join?\t"Keeps <b>all</b> left rows.<br>Even unmatched."\tsql joins',
      'plain-guid\tBasic\tSQL::Joins\tWhat is an anti join?\t\t',
    ].join('\n')
    const result = parseBank(text, { path: 'deck.txt' })
    expect(result.layout).toBe('anki-text')
    expect(diagnostics(result)).toEqual(['7:1 info encoded-id'])
    expect(result.bank!.role.name).toBe('SQL')
    expect(result.bank!.levels[0]).toMatchObject({
      name: 'Joins',
      questions: [
        { key: `anki-${Buffer.from('f<Lp2?9xY').toString('base64url')}`, prompt: 'What is a left join?', tags: ['sql', 'joins'], hints: [{ text: 'Keeps **all** left rows.\\\nEven unmatched.' }] },
        { key: 'plain-guid', prompt: 'What is an anti join?', hints: [] },
      ],
    })
  })

  it('without a GUID column: a warning, and no stable ids', () => {
    const result = parseBank('#separator:comma\n#deck:Data::Basics\nWhat is ETL?,Extract transform load\n', { path: 'deck.csv' })
    expect(result.layout).toBe('anki-text')
    expect(diagnostics(result)).toEqual(['1:1 warning missing-guid-column'])
    expect(result.bank!.levels[0].questions[0]).toMatchObject({ key: null, prompt: 'What is ETL?', hints: [{ text: 'Extract transform load' }] })
  })

  it('an unclosed quote is an error at its place', () => {
    const result = parseBank('#separator:tab\n#html:false\n#guid column:1\na\t"never closed\n', { path: 'deck.txt' })
    expect(result.bank).toBeNull()
    expect(diagnostics(result)).toEqual(['4:3 error invalid-anki-text'])
  })
})

describe('detection', () => {
  it('tells the interop layouts from the others', () => {
    expect(detectLayout({ text: '<?xml version="1.0"?>\n<quiz>\n</quiz>\n' })).toBe('moodle-xml')
    expect(detectLayout({ text: '#separator:tab\n#html:true\na\tb\n' })).toBe('anki-text')
    expect(detectLayout({ text: '$CATEGORY: a/b\n\n::q::What? {}\n' })).toBe('gift')
    expect(detectLayout({ text: 'Q?\nA. x\nB. y\nANSWER: A\n' })).toBe('aiken')
    expect(detectLayout({ text: '# Data Engineer\n\n## Basics\n\n- What is ETL?\n' })).toBe('markdown')
    expect(detectLayout({ text: 'Q1: What is ETL?\nA1: Extract.\n' })).toBe('qa')
  })
})
