/** What one measurement (one child process) reports to the orchestrator. */
export type CaseResult = {
  /** import | export | parse | exporter | http */
  kind: string
  /** The tool measured, e.g. prepbank, plugin-csv, payload-create, libsql-raw, prepbank-json. */
  tool: string
  /** The bank size of the row (questions). */
  size: number
  /** Questions the timed step actually processed (a sample for the slow baselines at large sizes). */
  measured: number
  /** Questions already in the database when the timed step ran (a sample imported into a full bank). */
  preloaded?: number
  ms: number
  peakRssMb: number
  startRssMb: number
  peakIsStepOnly: boolean
  /** Rows (or documents) written or read, when it says something. */
  rows?: number
  /** Bytes produced or parsed. */
  bytes?: number
  note?: string
  /** The database the case ran on; results of runs before PostgreSQL was measured have none: SQLite. */
  db?: 'sqlite' | 'postgres'
  /** Set when the step ran but its output was wrong (e.g. questions missing from an export). */
  failed?: string
}

export type CaseArgs = {
  caseName: string
  size: number
  sample: number
  format?: string
  template?: string
  templateOut?: string
  /** A PostgreSQL database URI (made by the orchestrator): the case runs there instead of on a SQLite file. */
  database?: string
  /** A directory chosen by the caller (the HTTP case's server database). */
  dir?: string
}
