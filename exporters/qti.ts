import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import type { NormalLevel, NormalQuestion, NormalRole, NormalSource } from './source'
import { questionName } from '../format/interop'
import { markdownToHtml, plainBlocks, renderWithMarkdownIt } from './html'
import { attributeFrame, cutAtMarkers, slotName } from './xml-slots'
import { zipWriter } from './zip'

/**
 * Streams a QTI 3.0 content package (a zip):
 *
 *   items/<item id>.xml      one qti-assessment-item per question: a
 *                            qti-extended-text-interaction with the prompt,
 *                            and each hint as a qti-rubric-block for the
 *                            scorer (view="scorer"), rendered from Markdown
 *   tests/<level slug>.xml   one qti-assessment-test per level, its items in order
 *   imsmanifest.xml          every item and test as a resource, written last
 *
 * The zip stores its files uncompressed (about 1.5 KB per question).
 *
 * Every XML file is built by fast-xml-parser's XMLBuilder (the hints' HTML is
 * parsed into nodes by its XMLParser and built as nodes, never pasted as
 * text). Markup that repeats (an item's declarations, rubric and interaction
 * wrappers; a test's item references; the manifest's resources) is built
 * once and filled per item (./xml-slots): the same bytes as one tree at a
 * fraction of the builder's work. Item documents are written and dropped one
 * at a time; the manifest, written last, keeps each item's identifier and is
 * itself streamed. What still grows with the bank is fflate's record of
 * every zip entry (about 1.2 KB each, kept for the central directory until
 * the end).
 */

const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
const manifestNamespace = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1'
const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance'
const itemSchema = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd'
const manifestSchema = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd'
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

type XmlNode = Record<string, unknown>

const htmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
})
const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: false, suppressEmptyNode: true })

function element(name: string, attributes: Record<string, string>, children: XmlNode[] = []): XmlNode {
  const node: XmlNode = { [name]: children }
  let prefixed: Record<string, string> | null = null
  for (const key in attributes) (prefixed ??= {})[`@_${key}`] = attributes[key]
  if (prefixed) node[':@'] = prefixed
  return node
}

const textNode = (text: string): XmlNode => ({ '#text': text })

/** Buffer.from encodes UTF-8 several times faster than TextEncoder for strings of this size. */
function xmlDocument(root: XmlNode): Uint8Array {
  return Buffer.from(`${declaration}${builder.build([root])}\n`, 'utf8')
}

/**
 * A hint's HTML as XML nodes. Plain blocks (most hints, see ./html) are
 * built as `<p>` and `<ul><li>` text nodes directly: the same nodes the
 * parser returns for their rendered HTML (entities decoded, the "\n"
 * between blocks and items kept), without rendering and parsing them
 * (test/exporters/interop.test.ts compares both ways).
 */
export function hintNodes(markdown: string): XmlNode[] {
  const blocks = plainBlocks(markdown)
  if (!blocks) return htmlParser.parse(`<div>${renderWithMarkdownIt(markdown)}</div>`) as XmlNode[]
  const children: XmlNode[] = []
  for (const block of blocks) {
    if (children.length > 0) children.push(textNode('\n'))
    if (!block.list) {
      children.push(element('p', {}, [textNode(block.text)]))
      continue
    }
    const items: XmlNode[] = [textNode('\n')]
    for (const item of block.items) items.push(element('li', {}, [textNode(item)]), textNode('\n'))
    children.push(element('ul', {}, items))
  }
  return [element('div', {}, children)]
}

/** The parser's nodes for a hint's rendered HTML, whatever the Markdown: what `hintNodes` must equal. */
export function parsedHintNodes(markdown: string): XmlNode[] {
  return htmlParser.parse(`<div>${markdownToHtml(markdown)}</div>`) as XmlNode[]
}

/**
 * QTI identifiers are XML names (no ":", not starting with a digit):
 * "Q_" + the stable id, with "_" written "__" and ":" written "_c", so that
 * two ids never share an identifier.
 */
export function qtiIdentifier(id: string): string {
  return `Q_${id.replace(/[_:]/g, (character) => (character === '_' ? '__' : '_c'))}`
}

const slotMarkup = `<${slotName}/>`

/** The builder's markup of `nodes` cut at their one slot element: the fixed text before and after the part that is built per item. */
function around(nodes: XmlNode[]): [string, string] {
  const [head, tail] = cutAtMarkers({ markup: builder.build(nodes) as string, marker: slotMarkup, count: 1, what: 'A QTI frame' })
  return [head, tail]
}

const slot = () => element(slotName, {})

// Built once: the markup that is the same in every item (about two thirds of its attributes and elements).
const [bodyHead, bodyTail] = around([
  element('qti-response-declaration', { identifier: 'RESPONSE', cardinality: 'single', 'base-type': 'string' }),
  element('qti-outcome-declaration', { identifier: 'SCORE', cardinality: 'single', 'base-type': 'float' }),
  element('qti-item-body', {}, [slot()]),
])
const [rubricHead, rubricTail] = around([element('qti-rubric-block', { use: 'scoring', view: 'scorer' }, [element('qti-content-body', {}, [slot()])])])
const [interactionHead, interactionTail] = around([element('qti-extended-text-interaction', { 'response-identifier': 'RESPONSE' }, [slot()])])

/** Holds attributes while they are built: `<prepbank-attributes a="…"/>`, cut down to ` a="…"` (see attributesOf). */
const attributesName = 'prepbank-attributes'

function attributesOf(markup: string): string {
  const head = `<${attributesName}`
  if (!markup.startsWith(head) || !markup.endsWith('/>')) throw new Error('Unexpected markup for QTI attributes')
  return markup.slice(head.length, -2)
}

// The item's fixed attributes, around its identifier and title (the builder writes attributes in their given order).
const itemAttributesBefore = attributesOf(
  builder.build([element(attributesName, { xmlns: qtiNamespace, 'xmlns:xsi': xsiNamespace, 'xsi:schemaLocation': `${qtiNamespace} ${itemSchema}` })]),
)
const itemAttributesAfter = attributesOf(builder.build([element(attributesName, { adaptive: 'false', 'time-dependent': 'false' })]))
const [itemHead, itemTail] = around([element('qti-assessment-item', {}, [slot()])])

/**
 * One builder call per item for its own parts (identifier and title, each
 * hint's nodes, the prompt), separated by slots and cut there, then put in
 * the fixed markup.
 */
function itemDocument(question: NormalQuestion): Uint8Array {
  const nodes: XmlNode[] = [element(attributesName, { identifier: qtiIdentifier(question.id), title: questionName(question.prompt) })]
  // hintNodes is never empty (one div), so no content body is the self-closed element a tree would give.
  for (const hint of question.hints) nodes.push(slot(), ...hintNodes(hint.markdown))
  nodes.push(slot(), element('qti-prompt', {}, [textNode(question.prompt)]))
  const parts = cutAtMarkers({ markup: builder.build(nodes) as string, marker: slotMarkup, count: question.hints.length + 1, what: 'A QTI item' })
  let rubricBlocks = ''
  for (let index = 1; index <= question.hints.length; index += 1) rubricBlocks += `${rubricHead}${parts[index]}${rubricTail}`
  const start = `${itemHead.slice(0, -1)}${itemAttributesBefore}${attributesOf(parts[0])}${itemAttributesAfter}>`
  return Buffer.from(
    `${declaration}${start}${bodyHead}${rubricBlocks}${interactionHead}${parts[parts.length - 1]}${interactionTail}${bodyTail}${itemTail}\n`,
    'utf8',
  )
}

/** A test and its items' identifiers: all the manifest needs, written last. */
type TestRecord = { identifier: string; href: string; items: string[] }

const itemHref = (identifier: string) => `items/${identifier}.xml`

/** Stands for an item's identifier while the markup around it is built once. */
const identifierMark = 'PREPBANKITEM'
/** What qtiIdentifier gives (an XML name of letters, digits, ".", "_" and "-"): written into attributes as it is. */
const xmlNameSafe = /^[A-Za-z_][A-Za-z0-9._-]*$/
const identifierFrame = ({ nodes, what }: { nodes: XmlNode[]; what: string }) =>
  attributeFrame({ markup: builder.build(nodes) as string, marker: identifierMark, safe: xmlNameSafe, what })

// Markup repeated once per item in a test and in the manifest, built once.
const itemRef = identifierFrame({
  nodes: [element('qti-assessment-item-ref', { identifier: identifierMark, href: `../${itemHref(identifierMark)}` })],
  what: 'A QTI item reference',
})
const itemDependency = identifierFrame({ nodes: [element('dependency', { identifierref: `R_${identifierMark}` })], what: 'A QTI dependency' })
const itemResource = identifierFrame({
  nodes: [
    element('resource', { identifier: `R_${identifierMark}`, type: 'imsqti_item_xmlv3p0', href: itemHref(identifierMark) }, [
      element('file', { href: itemHref(identifierMark) }),
    ]),
  ],
  what: 'A QTI item resource',
})

function testDocument({ role, level, identifier, items }: { role: NormalRole; level: NormalLevel; identifier: string; items: string[] }): Uint8Array {
  const test = (sectionChildren: XmlNode[]) =>
    element(
      'qti-assessment-test',
      { xmlns: qtiNamespace, 'xmlns:xsi': xsiNamespace, 'xsi:schemaLocation': `${qtiNamespace} ${itemSchema}`, identifier, title: `${role.name}: ${level.name}` },
      [
        element('qti-test-part', { identifier: `${identifier}-part`, 'navigation-mode': 'nonlinear', 'submission-mode': 'simultaneous' }, [
          element('qti-assessment-section', { identifier: `${identifier}-section`, title: level.name, visible: 'true' }, sectionChildren),
        ]),
      ],
    )
  // An empty section is self-closed, as one tree would write it.
  if (items.length === 0) return xmlDocument(test([]))
  const [head, tail] = around([test([slot()])])
  let refs = ''
  for (const item of items) refs += itemRef(item)
  return Buffer.from(`${declaration}${head}${refs}${tail}\n`, 'utf8')
}

/** Item resources and dependencies are joined this many at a time: the manifest streams, only the item identifiers stay in memory. */
const resourcesPerPiece = 500

/** The markup of `items`, `resourcesPerPiece` at a time, as UTF-8. */
function* itemPieces({ items, markup }: { items: string[]; markup: (identifier: string) => string }): Generator<Uint8Array> {
  for (let start = 0; start < items.length; start += resourcesPerPiece) {
    let piece = ''
    for (const item of items.slice(start, start + resourcesPerPiece)) piece += markup(item)
    yield Buffer.from(piece, 'utf8')
  }
}

/**
 * imsmanifest.xml, every test then every item as a resource, as UTF-8
 * pieces: the frame (declaration, metadata, the `<resources>` element) and
 * each test's resource are built once with a slot where their children go,
 * and the per-item markup is joined a few hundred at a time, so the
 * manifest of a large bank is never one tree or one string.
 */
function* manifestPieces({ role, tests }: { role: NormalRole; tests: TestRecord[] }): Generator<Uint8Array> {
  const utf8 = (text: string) => Buffer.from(text, 'utf8')
  const [head, tail] = around([
    element(
      'manifest',
      {
        xmlns: manifestNamespace,
        'xmlns:xsi': xsiNamespace,
        'xsi:schemaLocation': `${manifestNamespace} ${manifestSchema}`,
        identifier: `prepbank-${role.slug}`,
      },
      [
        element('metadata', {}, [element('schema', {}, [textNode('QTI Package')]), element('schemaversion', {}, [textNode('3.0.0')])]),
        element('organizations', {}),
        element('resources', {}, [slot()]),
      ],
    ),
  ])
  yield utf8(`${declaration}${head}`)
  for (const test of tests) {
    const [testHead, testTail] = around([
      element('resource', { identifier: `R_${test.identifier}`, type: 'imsqti_test_xmlv3p0', href: test.href }, [element('file', { href: test.href }), slot()]),
    ])
    yield utf8(testHead)
    yield* itemPieces({ items: test.items, markup: itemDependency })
    yield utf8(testTail)
  }
  for (const test of tests) yield* itemPieces({ items: test.items, markup: itemResource })
  yield utf8(`${tail}\n`)
}

export async function* qtiChunks({ source }: { source: NormalSource }): AsyncGenerator<Uint8Array> {
  // Stored, not deflated: thousands of small item files would each pay DEFLATE's setup (see ./zip).
  const zip = zipWriter({ level: 0 })
  const tests: TestRecord[] = []
  for await (const { level, questions } of source.levels) {
    const items: string[] = []
    for await (const question of questions) {
      const identifier = qtiIdentifier(question.id)
      items.push(identifier)
      yield* zip.add({ name: itemHref(identifier), data: itemDocument(question) })
    }
    const identifier = `T_${level.slug.replace(/[^A-Za-z0-9_.-]/g, '_')}`
    const href = `tests/${level.slug}.xml`
    tests.push({ identifier, href, items })
    yield* zip.add({ name: href, data: testDocument({ role: source.role, level, identifier, items }) })
  }
  const manifest = zip.open({ name: 'imsmanifest.xml' })
  for (const piece of manifestPieces({ role: source.role, tests })) yield* manifest.push(piece, false)
  yield* manifest.push(new Uint8Array(0), true)
  yield* zip.end()
}
