import type { ExportLevel, ExportLevelEntry, ExportQuestion, ExportRole, ExportSource } from '../../exporters/source'
import { sourceFromArrays } from '../../exporters/source'
import { seededRandom } from '../helpers/random'

/**
 * Banks for the exporter tests and the benchmark: a small hand-written bank
 * full of awkward text, and a generated bank of any size.
 */

export const fixtureRole: ExportRole = {
  slug: 'ai-data-ops-specialist',
  name: 'AI Data Ops Specialist',
  title: 'AI Data Ops Specialist Interview Questions',
  summary: '50 expert questions covering beginner fundamentals to "advanced" AI workflow scenarios, each with hints.',
}

/**
 * Each hint's plainText is written by hand, as Payload would store it; the
 * round-trip tests check that the derivation from Markdown (exporters/plain-text)
 * gives the same text.
 */
export const fixtureLevels: { level: ExportLevel; questions: ExportQuestion[] }[] = [
  {
    level: { slug: 'beginner', name: 'Beginner', rank: 1 },
    questions: [
      {
        id: 'q-etl-elt',
        prompt: 'What is the difference between ETL and ELT?',
        tags: ['etl', 'warehouses'],
        hints: [
          {
            markdown:
              'A strong answer explains that ELT loads raw data first, then transforms in place.\n\nIt should cover:\n\n- cloud warehouse compute\n- reprocessing of raw data',
            plainText:
              'A strong answer explains that ELT loads raw data first, then transforms in place.\n\nIt should cover:\n\ncloud warehouse compute\nreprocessing of raw data',
          },
          {
            markdown: 'Mention "schema-on-read", and why it matters.',
            plainText: 'Mention "schema-on-read", and why it matters.',
          },
        ],
      },
      {
        id: 'q-formula',
        prompt: '=SUM(A1:A2) — why is a cell that starts with "=" dangerous in a CSV export?',
        tags: ['security', 'csv', '@mentions'],
        hints: [
          {
            markdown: "Expect: formula injection, the `'` prefix, and OWASP's guidance.",
            plainText: "Expect: formula injection, the ' prefix, and OWASP's guidance.",
          },
        ],
      },
      {
        id: 'q-missing-values',
        prompt: '-1 vs. 0: how do you encode missing values, e.g. in pandas?',
        tags: ['data-quality'],
        hints: [
          {
            // CRLF line breaks are normalised to LF by the exporter; the "---" line is a thematic break.
            markdown: 'Cover sentinel values.\r\n\r\n---\r\n\r\nThen *NaN* semantics: `NaN != NaN`.',
            plainText: 'Cover sentinel values.\n\nThen NaN semantics: NaN != NaN.',
          },
        ],
      },
    ],
  },
  {
    level: { slug: 'intermediate', name: 'Intermediate', rank: 2 },
    questions: [
      {
        id: 'q-unicode',
        prompt: 'How would you label 猫 and 犬 images — and what about émojis like 🐱?',
        tags: ['computer-vision', '日本語'],
        hints: [
          {
            markdown: 'Discuss **Unicode normalisation** (NFC vs. NFD: é vs. e\u0301) and 🐱 as *one* grapheme.',
            plainText: 'Discuss Unicode normalisation (NFC vs. NFD: é vs. e\u0301) and 🐱 as one grapheme.',
          },
        ],
      },
      {
        id: 'q-heading',
        prompt: '# Why do headings in prompts need escaping?',
        tags: ['markdown'],
        hints: [
          {
            markdown:
              "Look for:\n\n1. CommonMark *ATX headings*\n2. Escaping with `\\#`\n   - a nested point\n\n```sh\necho '# not a heading'\n```",
            plainText: "Look for:\n\nCommonMark ATX headings\nEscaping with \\#\na nested point\n\necho '# not a heading'",
          },
          {
            markdown: '> A quote inside a hint.\n\nAnd a line after it.',
            plainText: 'A quote inside a hint.\n\nAnd a line after it.',
          },
        ],
      },
      {
        id: 'q-exactly-once',
        prompt: 'Explain "exactly-once" delivery, in your own words',
        tags: [],
        hints: [],
      },
    ],
  },
  {
    level: { slug: 'advanced', name: 'Advanced — 上級', rank: 3 },
    questions: [
      {
        id: 'q-select-star',
        prompt: 'What does `SELECT *` return for table_name with [brackets] & <angles>? #',
        tags: ['sql'],
        hints: [
          {
            markdown: 'Every column, in table order; quoting rules: "a ""b"" c", commas, and\nline breaks.',
            plainText: 'Every column, in table order; quoting rules: "a ""b"" c", commas, and\nline breaks.',
          },
        ],
      },
      {
        id: 'q-plus',
        prompt: '+1 or @here: which alerting conventions do you follow?',
        tags: ['on-call'],
        hints: [
          {
            // A leading tab makes an indented code block, and starts the CSV cell with a tab.
            markdown: '\tTabbed line first, then a ***\n\n---\n\nsecond part.',
            plainText: 'Tabbed line first, then a ***\n\nsecond part.',
          },
        ],
      },
    ],
  },
]

export function fixtureSource(): ExportSource {
  return sourceFromArrays({ role: fixtureRole, levels: fixtureLevels })
}

/** Hint texts for generated banks in tests, in the style of the examples, with the characters formats trip over. */
export const sampleHintTexts: readonly string[] = [
  'A strong answer explains that ELT loads raw data first and transforms in place, leveraging cloud warehouse compute.',
  'Expect coverage of Cohen\'s Kappa, Fleiss\' Kappa for multi-annotator scenarios, and "golden-label" calibration.',
  'Cover S3 event triggers → document parsing (PDF/HTML/MD) → chunking → embeddings; naïve vs. semantic splitting.',
  'Discuss labelling images of 猫 and 犬, emoji 🐱, and the cost of re-annotation at 10,000 items per day.',
  'The answer should define data drift as a change in input statistics over time, and how it skews serving.',
]

/** The plain text of the generated hints, whose only markup is "- " list items. */
export function generatedPlainText(markdown: string): string {
  return markdown.replace(/^- /gm, '')
}

const generatedLevels: ExportLevel[] = [
  { slug: 'beginner', name: 'Beginner', rank: 1 },
  { slug: 'intermediate', name: 'Intermediate', rank: 2 },
  { slug: 'advanced', name: 'Advanced', rank: 3 },
]

/**
 * A bank of `questionCount` questions over three levels, generated lazily
 * (nothing is held in memory) from `hintTexts`, e.g. the hint lines of the
 * examples. Each question has 1–3 hints, some of them lists, and 0–3 tags.
 */
export function generatedSource({
  questionCount,
  hintTexts,
  seed = 1,
}: {
  questionCount: number
  hintTexts: readonly string[]
  seed?: number
}): ExportSource {
  const words = [...new Set(hintTexts.join(' ').split(/\s+/))].filter((word) => /^[A-Za-z][A-Za-z-]*$/.test(word))
  const tags = ['etl', 'ml-ops', 'labeling', 'quality', 'privacy', 'streaming', 'vector-search', 'governance']
  const perLevel = Math.ceil(questionCount / generatedLevels.length)

  async function* questionsOf(levelIndex: number): AsyncGenerator<ExportQuestion> {
    const random = seededRandom(seed * 1000 + levelIndex)
    const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]
    const first = levelIndex * perLevel
    const last = Math.min(questionCount, first + perLevel)
    for (let index = first; index < last; index += 1) {
      const promptWords = Array.from({ length: 6 + Math.floor(random() * 10) }, () => pick(words))
      const hints = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const markdown =
          random() < 0.3
            ? `${pick(hintTexts)}\n\n- ${pick(hintTexts)}\n- ${pick(hintTexts)}`
            : pick(hintTexts)
        return { markdown, plainText: generatedPlainText(markdown) }
      })
      yield {
        id: `q-${seed}-${index + 1}`,
        prompt: `How would you ${promptWords.join(' ')}?`,
        tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)))],
        hints,
      }
    }
  }

  async function* levels(): AsyncGenerator<ExportLevelEntry> {
    for (const [index, level] of generatedLevels.entries()) yield { level, questions: questionsOf(index) }
  }

  return {
    role: { slug: 'generated-role', name: 'Generated Role', title: 'Generated Role Interview Questions', summary: null },
    levels: levels(),
  }
}
