export class UsageError extends Error {}

export const usage = `Usage:
  prepbank import <files…> [--dry-run] [--json] [--role <name>] [--layout <name>]
  prepbank export --role <slug> --format json|md|csv|anki|apkg|moodle|gift|qti [--release <n>]
                  [--levels <slugs>] [--tags <tags>] [--csv-profile standard|spreadsheet] [--out <file>]
  prepbank export --format <format> --report     what the format cannot carry, as JSON
  prepbank release diff --role <slug> <from> <to> [--json]

Import turns documents into draft questions for review. Layouts: auto (default),
prepbank-text, markdown, qa, prepbank-json, prepbank-csv, moodle-xml, gift, aiken,
anki-text.
Exit codes: 0 done (warnings allowed), 1 errors (nothing written), 2 usage.
The database is the server's: DATABASE_URI, or the SQLite file under data/.
`
