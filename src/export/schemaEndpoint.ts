import type { Endpoint } from 'payload'

import { jsonSchemaDocument } from '../../exporters'
import { jsonResponse } from '../http/respond'

/** GET /api/schemas/prepbank-bank.v1.json — the JSON Schema of the export format, for validators. */
export const schemaEndpoint: Endpoint = {
  path: '/schemas/prepbank-bank.v1.json',
  method: 'get',
  handler: () =>
    jsonResponse({
      body: jsonSchemaDocument(),
      headers: { 'content-type': 'application/schema+json; charset=utf-8', 'cache-control': 'public, max-age=3600' },
    }),
}
