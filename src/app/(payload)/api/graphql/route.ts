/* Payload's template route, with the request body limit added (Payload does not regenerate route files). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { limitRequestBody } from '../../../../http/limitRequestBody'

// Bodies are read within PREPBANK_MAX_API_BODY_BYTES while they stream (src/http/limitRequestBody.ts).
export const POST = limitRequestBody(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
