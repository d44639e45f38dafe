export class UsageError extends Error {}

export const usage = `Usage:
  prepbank import <files…> [--dry-run] [--json] [--role <name>] [--layout <name>] [--skip-duplicates]
  prepbank export --role <slug> --format json|md|csv|anki|apkg|moodle|gift|qti [--release <n>]
                  [--levels <slugs>] [--tags <tags>] [--csv-profile standard|spreadsheet] [--out <file>]
  prepbank export --format <format> --report     what the format cannot carry, as JSON
  prepbank release diff --role <slug> <from> <to> [--json]
  prepbank duplicates [--role <slug>] [--threshold <0-1>] [--json]
  prepbank duplicates rebuild

Import turns documents into draft questions for review. Layouts: auto (default),
prepbank-text, markdown, qa, prepbank-json, prepbank-csv, moodle-xml, gift, aiken,
anki-text. Import lists the stored questions each incoming one likely duplicates;
--skip-duplicates leaves those out. Duplicates lists groups of likely duplicate
questions across every bank.
Exit codes: 0 done (warnings allowed), 1 errors (nothing written), 2 usage.
The database is the server's: DATABASE_URI, or the SQLite file under data/.
`
