import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { checkingRestRequest, headFromGet } from '@/lib/http/payload-rest-route'
import type { BodyRules } from '@/lib/http/request-body'

// JSON, uploads and the admin's form-encoded reads; a malformed query or body is a 400, not
// Payload's 500 (lib/http/payload-rest-route.ts). JSON and forms up to 2 MB, nginx's limit on
// every route but the upload (deploy/nginx/column.conf); uploads have their own (lib/media/file-types.ts).
const bodies: BodyRules = { accepts: ['json', 'multipart', 'form'], maxBytes: 2 * 1024 * 1024 }

export const GET = checkingRestRequest(REST_GET(config))
// Stored files' length and type without their bytes (lib/http/payload-rest-route.ts).
export const HEAD = headFromGet(GET)
export const POST = checkingRestRequest(REST_POST(config), bodies)
export const DELETE = checkingRestRequest(REST_DELETE(config))
export const PATCH = checkingRestRequest(REST_PATCH(config), bodies)
export const PUT = checkingRestRequest(REST_PUT(config), bodies)
export const OPTIONS = REST_OPTIONS(config)
