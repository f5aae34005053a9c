/**
 * Exactly one site disclaimer is active at any moment. Publishing a new one hands over from its
 * start: a published site disclaimer that began earlier and is still open is given that start as
 * its end. One that would begin later and overlap is refused: the editor resolves that by hand.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { translate } from '@/lib/payload/validation-error'

import { publishedSiteDisclaimerPeriods, SiteDisclaimerRuleError } from './keepSiteDisclaimerActive'

const SUCCESSION = 'siteDisclaimerSuccession'

export const succeedPreviousSiteDisclaimer: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context[SUCCESSION]) return doc
  const periods = await publishedSiteDisclaimerPeriods(req)
  const current = periods.find((period) => period.id === doc.id)
  if (!current) return doc

  for (const other of periods) {
    if (other.id === current.id) continue
    const overlaps =
      (other.until === null || other.until > current.from) && (current.until === null || other.from < current.until)
    if (!overlaps) continue
    if (other.from >= current.from) {
      throw new SiteDisclaimerRuleError(translate(req, 'column:siteDisclaimerOverlap'))
    }
    await req.payload.update({
      collection: 'disclaimers',
      id: other.id,
      data: { activeUntil: current.from.toISOString() },
      context: { [SUCCESSION]: true },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
