/**
 * The non-medical disclaimer must never disappear from the site. Before a change or a delete we
 * note whether published site disclaimers cover every moment from now on; after it (still inside
 * the same transaction) we check again, and refuse the change if it broke that, so that
 * deleting, unpublishing or expiring the last one rolls back with a clear 400.
 *
 * Measured on the saved rows rather than on the incoming data, because a draft save of a
 * published disclaimer leaves the published one in force and must not be refused.
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { translate } from '@/lib/payload/validation-error'
import { coversFromNow } from '@/lib/content/disclaimer-coverage'

export async function publishedSiteDisclaimerPeriods(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'disclaimers',
    where: { and: [{ kind: { equals: 'site' } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    from: new Date(doc.activeFrom),
    until: doc.activeUntil ? new Date(doc.activeUntil) : null,
  }))
}

async function siteIsCovered(req: PayloadRequest): Promise<boolean> {
  return coversFromNow(await publishedSiteDisclaimerPeriods(req), new Date())
}

/**
 * Remembered per request rather than in `req.context`: the Local API calls made here with `req`
 * give the request a fresh context, so a value put there would be gone by the after hook.
 */
/** A 400 for the editor, named so that payload.config.ts can log it as routine, not as an error. */
export class SiteDisclaimerRuleError extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'SiteDisclaimerRuleError'
  }
}

const coveredBefore = new WeakMap<PayloadRequest, boolean>()

async function noteCoverage(req: PayloadRequest) {
  coveredBefore.set(req, await siteIsCovered(req))
}

async function refuseIfUncovered(req: PayloadRequest) {
  if (coveredBefore.get(req) && !(await siteIsCovered(req))) {
    throw new SiteDisclaimerRuleError(translate(req, 'column:lastSiteDisclaimer'))
  }
}

export const noteCoverageBeforeChange: CollectionBeforeChangeHook = async ({ data, req }) => {
  await noteCoverage(req)
  return data
}

export const noteCoverageBeforeDelete: CollectionBeforeDeleteHook = ({ req }) => noteCoverage(req)

export const refuseUncoveredAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refuseIfUncovered(req)
  return doc
}

export const refuseUncoveredAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refuseIfUncovered(req)
  return doc
}
