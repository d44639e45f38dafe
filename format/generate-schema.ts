/**
 * Writes schemas/prepbank-bank.v1.schema.json from the zod definition of the
 * JSON format. Run after changing format/schema.ts, and commit the result:
 *
 *   NODE_OPTIONS=--conditions=production npx tsx format/generate-schema.ts
 *
 * test/exporters/schema.test.ts fails while the committed file is stale.
 */
import { writeFile } from 'node:fs/promises'
import { jsonSchemaFileText } from './schema'

const jsonSchemaFileUrl = new URL('../schemas/prepbank-bank.v1.schema.json', import.meta.url)

await writeFile(jsonSchemaFileUrl, jsonSchemaFileText())
console.log(`wrote ${jsonSchemaFileUrl.pathname}`)
