/**
 * Inquiries keep no versions, yet Payload routes /api/inquiries/versions for every collection and
 * answers a 500 there when the collection has none (its database adapter finds no versions
 * table). These take the paths first and answer what is true: there is nothing there.
 */
import type { Endpoint } from 'payload'

import { errorAnswer } from '@/lib/http/request-body'

const notFound = () => errorAnswer(404, 'Inquiries have no versions.')

export const noInquiryVersions: Endpoint[] = [
  { path: '/versions', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'get', handler: notFound },
  { path: '/versions/:id', method: 'post', handler: notFound },
]
