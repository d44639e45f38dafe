/**
 * Markup built once, filled per item. The XML exporters (Moodle XML, QTI)
 * build an item's fixed markup (wrappers, declarations, constant elements)
 * once with fast-xml-parser's XMLBuilder, with a marker where an item's own
 * parts go, and build only those parts per item, with the same builder.
 * With `format: false`, or with Moodle's indentation kept inside the
 * pieces, an element's markup is its start tag, its children's markup in
 * order and its end tag, so the pieces joined give the same bytes as one
 * tree (the golden files hold them).
 *
 * A marker is an empty element that no escaped text or attribute can hold
 * (their "<" is written "&lt;"), or a fixed text the builder was given
 * where no item text goes.
 */

/** An empty element used as a marker: `<prepbank-slot/>` with `suppressEmptyNode`, `<prepbank-slot></prepbank-slot>` without. */
export const slotName = 'prepbank-slot'

/**
 * The pieces of built markup between its markers: exactly `count` markers
 * (so `count + 1` pieces), or an Error naming `what`. A RegExp marker
 * matches differently named slots (Moodle's object builder needs unique keys).
 */
export function cutAtMarkers({ markup, marker, count, what }: { markup: string; marker: string | RegExp; count: number; what: string }): string[] {
  const pieces = markup.split(marker)
  if (pieces.length !== count + 1) throw new Error(`${what} must hold its marker ${count} time(s), not ${pieces.length - 1}`)
  return pieces
}

/** Pieces with the fills between them, in order: `pieces[0] fills[0] pieces[1] …`. */
export function joinAtMarkers({ pieces, fills }: { pieces: readonly string[]; fills: readonly string[] }): string {
  if (fills.length !== pieces.length - 1) throw new Error(`${pieces.length - 1} markers take as many fills, not ${fills.length}`)
  let markup = pieces[0]
  for (let index = 0; index < fills.length; index += 1) markup += fills[index] + pieces[index + 1]
  return markup
}

/**
 * A frame whose marker text stands in attributes (an identifier), filled
 * with values that need no escaping: each value must match `safe`, checked
 * on every fill, so that a value that would need escaping fails loudly
 * instead of being pasted.
 */
export function attributeFrame({ markup, marker, safe, what }: { markup: string; marker: string; safe: RegExp; what: string }): (value: string) => string {
  const pieces = markup.split(marker)
  if (pieces.length < 2) throw new Error(`${what} must hold its marker`)
  return (value) => {
    if (!safe.test(value)) throw new Error(`${what}: ${JSON.stringify(value)} would need escaping`)
    return pieces.join(value)
  }
}
