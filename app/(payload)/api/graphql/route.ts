import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { checkingBody } from '@/lib/http/request-body'

// A JSON body of at most 2 MB (nginx's limit, deploy/nginx/column.conf), parsed before Payload's
// bare JSON.parse (lib/http/request-body.ts).
export const POST = checkingBody(GRAPHQL_POST(config), { accepts: ['json'], maxBytes: 2 * 1024 * 1024, required: true })
export const OPTIONS = REST_OPTIONS(config)
