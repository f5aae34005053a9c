/**
 * Logins and reset requests sent as GraphQL mutations (several can share one request) count
 * against the same per-address budgets as the REST routes, which proxy.ts counts before Payload
 * runs. Over the limit, the mutation fails with a 429 error (GraphQL answers errors in its body).
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { env } from '@/lib/env'

import { clientAddress } from './client-address'
import { consume, rateLimits } from './rate-limits'
import { messageFor } from './too-many-requests'

export class TooManyRequestsError extends APIError {
  override name = 'TooManyRequestsError'
  constructor(message: string) {
    super(message, 429, undefined, true)
  }
}

const limitOfOperation: Record<string, string> = { login: 'login', forgotPassword: 'forgot-password' }

export const limitAuthenticationThroughGraphQL: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const limit = rateLimits.find((candidate) => candidate.name === limitOfOperation[operation])
  if (!limit || req.payloadAPI !== 'GraphQL' || !req.headers) return args
  const refused = await consume(limit, clientAddress(req.headers, env.trustProxy))
  if (refused) {
    const locale = req.i18n?.language === 'en' ? 'en' : 'ja'
    throw new TooManyRequestsError(messageFor(locale, refused.retryAfterSeconds))
  }
  return args
}
