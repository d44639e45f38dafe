/**
 * What each export format cannot carry, declared once. The CLI prints it
 * (`prepbank export --report`), the export endpoints serve it
 * (`?report=true`), the admin shows it beside the download buttons, and the
 * README lists it. Every line says what is lost or changed, and whether
 * Prepbank's own reader gets it back on re-import.
 */

export type LossLine = {
  /** Stable, kebab-case: what tools can match on. */
  id: string
  /** What is lost or changed, for a person. */
  what: string
  /** Whether re-importing the file into Prepbank restores it. */
  restoredOnReimport: boolean
}

export type LossReport = { format: string; name: string; lines: LossLine[] }

const reviewHistory: LossLine = {
  id: 'review-history',
  what: 'Review states, review history, provenance and unapproved drafts: only the approved wording is exported.',
  restoredOnReimport: false,
}
const roleDetails: LossLine = {
  id: 'role-details',
  what: "The role's slug, title and summary (only its name travels, inside the deck or category name).",
  restoredOnReimport: false,
}
const levelDetails: LossLine = {
  id: 'level-details',
  what: "Level slugs and ranks: a level is known by its name; its rank comes back as its order in the file.",
  restoredOnReimport: false,
}
const promptPlainText: LossLine = {
  id: 'prompt-plain-text',
  what: 'A prompt is written as plain text: inline Markdown in a prompt (`code`, *emphasis*) shows literally.',
  restoredOnReimport: true,
}
const hintsAsHtml: LossLine = {
  id: 'hints-as-html',
  what:
    'Hints are rendered from Markdown to HTML (CommonMark with GFM tables and strikethrough; GFM task lists and bare-URL autolinks stay text); raw HTML inside a hint is escaped and shows as text. ' +
    'On re-import the HTML is converted back to Markdown, which normalises its syntax (e.g. "*" list markers become "-", setext headings become "#").',
  restoredOnReimport: false,
}
const hintsInOneField = (field: string): LossLine => ({
  id: 'hints-flattened',
  what: `All hints of a question share one field (${field}), one <div class="prepbank-hint"> each; the target shows them as one text.`,
  restoredOnReimport: true,
})

export const lossReports = {
  json: { format: 'json', name: 'Prepbank JSON', lines: [reviewHistory] },
  md: { format: 'md', name: 'Prepbank Markdown', lines: [reviewHistory] },
  csv: {
    format: 'csv',
    name: 'Prepbank CSV',
    lines: [
      reviewHistory,
      roleDetails,
      { id: 'level-slug', what: 'Level slugs (the name and rank travel); a level without questions has no row.', restoredOnReimport: false },
      { id: 'hint-thematic-break', what: 'A hint line that is exactly "---" is written "***" (the same thematic break).', restoredOnReimport: false },
    ],
  },
  anki: {
    format: 'anki',
    name: 'Anki text (tab-separated, Basic notes)',
    lines: [
      reviewHistory,
      roleDetails,
      levelDetails,
      promptPlainText,
      hintsAsHtml,
      hintsInOneField('Back'),
      { id: 'tag-spaces', what: 'Anki tags cannot hold spaces: a space inside a tag becomes "_".', restoredOnReimport: false },
      { id: 'deck-separator', what: 'A "::" inside a role or level name would nest a deck, so it becomes ":".', restoredOnReimport: false },
      { id: 'question-order', what: 'Anki sorts its browser by its own columns; the file order (bank order) is kept only as the order of import.', restoredOnReimport: true },
    ],
  },
  apkg: {
    format: 'apkg',
    name: 'Anki package (.apkg)',
    lines: [
      reviewHistory,
      roleDetails,
      levelDetails,
      promptPlainText,
      hintsAsHtml,
      hintsInOneField('Back'),
      { id: 'tag-spaces', what: 'Anki tags cannot hold spaces: a space inside a tag becomes "_".', restoredOnReimport: false },
      { id: 'deck-separator', what: 'A "::" inside a role or level name would nest a deck, so it becomes ":".', restoredOnReimport: false },
      { id: 'no-reader', what: 'Prepbank does not read .apkg files back; export the deck from Anki as "Notes in Plain Text" with GUIDs to re-import.', restoredOnReimport: false },
      {
        id: 'written-first',
        what: 'The SQLite collection is written whole (to a temporary file, about 1 KB per question) before the first byte of the download.',
        restoredOnReimport: false,
      },
    ],
  },
  moodle: {
    format: 'moodle',
    name: 'Moodle XML (essay questions)',
    lines: [
      reviewHistory,
      roleDetails,
      levelDetails,
      promptPlainText,
      hintsAsHtml,
      hintsInOneField('graderinfo, "Information for graders"'),
      { id: 'question-name', what: 'Moodle needs a question name: the prompt, cut at 120 characters with "…" (the full prompt is the question text).', restoredOnReimport: true },
      { id: 'idnumber-length', what: 'Moodle keeps at most 100 characters of an idnumber; longer stable ids are cut by Moodle (Prepbank reads the file as written).', restoredOnReimport: true },
      { id: 'question-order', what: 'Moodle lists a category by its own sort; the file order (bank order) is kept only as the order of import.', restoredOnReimport: true },
    ],
  },
  gift: {
    format: 'gift',
    name: 'GIFT (essay questions)',
    lines: [
      reviewHistory,
      roleDetails,
      levelDetails,
      {
        id: 'hints-flattened',
        what: 'All hints of a question become one general feedback (####), joined by a hidden "<!-- prepbank:next-hint -->" line; Moodle shows them as one text.',
        restoredOnReimport: true,
      },
      {
        id: 'markdown-dialect',
        what: "Hints stay Markdown ([markdown]), but Moodle renders Markdown with its own (Markdown Extra) renderer: GFM tables, task lists, strikethrough and bare-URL autolinks show differently or as text.",
        restoredOnReimport: true,
      },
      { id: 'question-name', what: 'The question name (::name::) is the prompt, cut at 120 characters with "…".', restoredOnReimport: true },
      {
        id: 'leading-whitespace',
        what: 'GIFT readers (Moodle, gift-pegjs) trim the whitespace at the start and end of a feedback: a hint that starts with an indented code block loses that indent.',
        restoredOnReimport: false,
      },
      { id: 'tag-brackets', what: 'Ids and tags travel as "// [id:…] [tag:…]" comments (Moodle 3.6+); a "]" inside a tag ends it early.', restoredOnReimport: false },
    ],
  },
  qti: {
    format: 'qti',
    name: 'QTI 3.0 content package (zip)',
    lines: [
      reviewHistory,
      { id: 'role-details', what: "The role's slug (in the manifest identifier) and name (in test titles) travel; its title and summary do not.", restoredOnReimport: false },
      { id: 'tags', what: 'Tags are dropped: QTI items carry no keywords here.', restoredOnReimport: false },
      promptPlainText,
      { id: 'hints-as-html', what: 'Hints are rendered from Markdown to XHTML inside qti-rubric-block view="scorer" (one block per hint); raw HTML in a hint is escaped.', restoredOnReimport: false },
      { id: 'identifiers', what: 'Item identifiers are "Q_" + the stable id with "_" written "__" and ":" written "_c" (QTI identifiers are XML names).', restoredOnReimport: false },
      { id: 'no-reader', what: 'Prepbank does not read QTI packages back.', restoredOnReimport: false },
    ],
  },
} as const satisfies Record<string, LossReport>

export type LossReportFormat = keyof typeof lossReports

export function lossReportFor({ format }: { format: LossReportFormat }): LossReport {
  return lossReports[format]
}

/** The report as text, one line per loss, for the CLI. */
export function formatLossReport(report: LossReport): string {
  const lines = report.lines.map((line) => `- ${line.id}: ${line.what}${line.restoredOnReimport ? ' (restored on re-import into Prepbank)' : ''}`)
  return `${report.name} (--format ${report.format}) cannot carry:\n${lines.join('\n')}\n`
}
