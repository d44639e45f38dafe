import type { Endpoint } from 'payload'

import { jsonSchemaDocument } from '../../exporters'

/** GET /api/schemas/prepbank-bank.v1.json — the JSON Schema of the export format, for validators. */
export const schemaEndpoint: Endpoint = {
  path: '/schemas/prepbank-bank.v1.json',
  method: 'get',
  handler: () =>
    Response.json(jsonSchemaDocument(), {
      headers: { 'content-type': 'application/schema+json; charset=utf-8', 'cache-control': 'public, max-age=3600' },
    }),
}
