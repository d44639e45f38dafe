import Database from 'libsql'
import { createHash } from 'node:crypto'
import { mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { NormalSource } from './source'
import { ankiDeckName, ankiTag } from '../format/interop'
import { escapeHtml, hintsToHtml } from './html'
import { zipWriter } from './zip'

/**
 * An Anki package (.apkg) that Anki opens by double-click: a zip holding
 * `collection.anki2` (an Anki 2.1 "schema 11" collection, the layout Anki
 * still imports and that genanki and anki-apkg-export write) and `media`
 * (`{}`: no media). The collection is a SQLite database written with libsql
 * (the SQLite build Payload's SQLite adapter already runs on) to a file in a
 * temporary folder, then read back into the zip a piece at a time and
 * removed.
 *
 * Same notes as the Anki text export: note type "Prepbank Basic" (Front,
 * Back), GUID = the question's stable id (Anki updates notes with a known
 * GUID in place), deck `Prepbank::<Role>::<Level>`, tags, and one new card
 * per note whose `due` is the question's place in the export, so Anki shows
 * them in bank order.
 *
 * Byte-stable: every id and timestamp is derived from the content or fixed,
 * and the file is read in pieces of a fixed size (fflate's DEFLATE output
 * depends on how its input is split). Memory stays flat: SQLite keeps its
 * pages on disk beyond a small cache, and the zip holds one piece at a time.
 * The collection is written before the first byte of the zip, so the
 * download starts once every question is in it.
 */

/** Fixed so that the same bank gives the same bytes (Anki reads these as seconds / milliseconds). */
const createdSeconds = 1_700_000_000
const modifiedSeconds = createdSeconds
const modelId = 1_700_000_000_001
const defaultDeckId = 1
const optionsId = 1
const noteIdBase = 1_700_000_000_000

const schema = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`

const sha1Hex = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex')

/** A deck's id from its name: stable across exports, so re-imports land in the same deck. */
const deckIdOf = (name: string) => Number.parseInt(sha1Hex(`deck:${name}`).slice(0, 12), 16)

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text. */
const checksumOf = (text: string) => Number.parseInt(sha1Hex(text).slice(0, 8), 16)

const deckJson = ({ id, name }: { id: number; name: string }) => ({
  id,
  name,
  desc: '',
  mod: modifiedSeconds,
  usn: -1,
  collapsed: false,
  browserCollapsed: false,
  conf: optionsId,
  dyn: 0,
  extendNew: 0,
  extendRev: 0,
  newToday: [0, 0],
  revToday: [0, 0],
  lrnToday: [0, 0],
  timeToday: [0, 0],
})

const field = (name: string, ord: number) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })

const modelJson = {
  id: modelId,
  name: 'Prepbank Basic',
  type: 0,
  mod: modifiedSeconds,
  usn: -1,
  sortf: 0,
  did: defaultDeckId,
  tmpls: [
    { name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null },
  ],
  flds: [field('Front', 0), field('Back', 1)],
  css: '.card { font-family: arial; font-size: 20px; text-align: left; color: black; background-color: white; }\n.prepbank-hint + .prepbank-hint { margin-top: 1em; border-top: 1px solid #ccc; }\n',
  latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
  latexPost: '\\end{document}',
  req: [[0, 'any', [0]]],
  tags: [],
  vers: [],
}

const optionsJson = {
  id: optionsId,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
  lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 100 },
}

const collectionConf = {
  activeDecks: [defaultDeckId],
  curDeck: defaultDeckId,
  newSpread: 0,
  collapseTime: 1200,
  timeLim: 0,
  estTimes: true,
  dueCounts: true,
  curModel: String(modelId),
  nextPos: 1,
  sortType: 'noteFld',
  sortBackwards: false,
  addToCur: true,
}

type Collection = InstanceType<typeof Database>

async function fillCollection({ db, source }: { db: Collection; source: NormalSource }): Promise<void> {
  // A scratch file: no journal to roll back to and nothing to sync; a failed export removes it whole.
  db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;')
  db.exec(schema)
  const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')')
  // A level's cards in one statement after its notes: one card per note, its id the note's, due in bank order.
  const insertCards = db.prepare(
    'INSERT INTO cards SELECT id, id, ?, 0, ?, -1, 0, 0, id - ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\' FROM notes WHERE id > ? ORDER BY id',
  )
  const decks: Record<string, ReturnType<typeof deckJson>> = { [defaultDeckId]: deckJson({ id: defaultDeckId, name: 'Default' }) }
  let sequence = 0
  // On a failure the transaction is left open: the file is closed and removed whole (apkgChunks), so nothing rolls back.
  db.exec('BEGIN')
  for await (const { level, questions } of source.levels) {
    const name = ankiDeckName({ roleName: source.role.name, levelName: level.name })
    const deckId = deckIdOf(name)
    decks[deckId] = deckJson({ id: deckId, name })
    const lastNoteBefore = noteIdBase + sequence
    for await (const question of questions) {
      sequence += 1
      const noteId = noteIdBase + sequence
      const front = escapeHtml(question.prompt)
      const tags = question.tags.length > 0 ? ` ${question.tags.map(ankiTag).join(' ')} ` : ''
      const fields = `${front}\u001f${hintsToHtml(question.hints)}`
      insertNote.run([noteId, question.id, modelId, modifiedSeconds, tags, fields, question.prompt, checksumOf(question.prompt)])
    }
    insertCards.run([deckId, modifiedSeconds, noteIdBase, lastNoteBefore])
  }
  db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run([
    createdSeconds,
    modifiedSeconds * 1000,
    modifiedSeconds * 1000,
    JSON.stringify(collectionConf),
    JSON.stringify({ [modelId]: modelJson }),
    JSON.stringify(decks),
    JSON.stringify({ [optionsId]: optionsJson }),
    '{}',
  ])
  db.exec('COMMIT')
}

/** The collection file is read into the zip in pieces of this size: fixed, so the deflated bytes are too. */
const pieceSize = 1024 * 1024

export async function* apkgChunks({ source }: { source: NormalSource }): AsyncGenerator<Uint8Array> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'prepbank-apkg-'))
  try {
    const file = path.join(folder, 'collection.anki2')
    const db = new Database(file)
    try {
      await fillCollection({ db, source })
    } finally {
      db.close()
    }
    // DEFLATE level 1: half of level 6's time for a collection about 10 % larger (fflate, not Node's zlib, whose bytes vary by build).
    const zip = zipWriter({ level: 1 })
    const entry = zip.open({ name: 'collection.anki2' })
    const handle = await open(file, 'r')
    try {
      for (;;) {
        // A new buffer per piece: the zip may keep a reference to what it was given.
        const piece = Buffer.alloc(pieceSize)
        const { bytesRead } = await handle.read(piece, 0, pieceSize, null)
        yield* entry.push(piece.subarray(0, bytesRead), bytesRead < pieceSize)
        if (bytesRead < pieceSize) break
      }
    } finally {
      await handle.close()
    }
    yield* zip.add({ name: 'media', data: new TextEncoder().encode('{}') })
    yield* zip.end()
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
