import { XMLBuilder } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { attributeFrame, cutAtMarkers, joinAtMarkers, slotName } from '../../exporters/xml-slots'

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: false, suppressEmptyNode: true })
const build = (nodes: unknown[]) => builder.build(nodes) as string
const slot = { [slotName]: [] }

describe('markup built once and filled per item', () => {
  it('gives the bytes of one tree: a frame cut at its slot and joined with parts built alone', () => {
    const part = [{ p: [{ '#text': 'a < b & "c"' }] }]
    const whole = build([{ div: [{ h1: [{ '#text': 'T' }] }, ...part, { hr: [] }], ':@': { '@_class': 'x' } }])
    const pieces = cutAtMarkers({ markup: build([{ div: [{ h1: [{ '#text': 'T' }] }, slot, { hr: [] }], ':@': { '@_class': 'x' } }]), marker: `<${slotName}/>`, count: 1, what: 'test' })
    expect(joinAtMarkers({ pieces, fills: [build(part)] })).toBe(whole)
  })

  it('refuses a frame with another number of markers, and fills of another number', () => {
    expect(() => cutAtMarkers({ markup: `<a><${slotName}/><${slotName}/></a>`, marker: `<${slotName}/>`, count: 1, what: 'A frame' })).toThrow(
      'A frame must hold its marker 1 time(s), not 2',
    )
    expect(() => joinAtMarkers({ pieces: ['a', 'b'], fills: [] })).toThrow()
  })

  it('fills attribute markers only with values that need no escaping', () => {
    const ref = attributeFrame({ markup: build([{ ref: [], ':@': { '@_id': 'MARK', '@_href': 'items/MARK.xml' } }]), marker: 'MARK', safe: /^[A-Za-z_][\w.-]*$/, what: 'A reference' })
    expect(ref('Q_a.b-1')).toBe('<ref id="Q_a.b-1" href="items/Q_a.b-1.xml"/>')
    expect(() => ref('Q_"x')).toThrow('A reference: "Q_\\"x" would need escaping')
    expect(() => ref('a&b')).toThrow()
  })
})
