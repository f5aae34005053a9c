/**
 * GET /api/inquiries/export.csv: every inquiry as CSV (lib/consultation/csv-export.ts), for
 * administrators only; consultation staff answer inquiries in the admin but do not take the
 * readers' data out of it. Headings in the admin's language.
 */
import type { Endpoint } from 'payload'

import { isAdmin } from '@/access/roles'
import { CSV_CONTENT_TYPE, inquiriesToCsv } from '@/lib/consultation/csv-export'
import type { StoredInquiry } from '@/lib/consultation/inquiry'
import { errorAnswer } from '@/lib/http/request-body'
import { isLocale } from '@/lib/i18n/locales'
import { translate } from '@/lib/payload/validation-error'
import type { Inquiry } from '@/payload-types'

export const INQUIRIES_CSV_PATH = '/export.csv'

function asStored(inquiry: Inquiry): StoredInquiry {
  const category = inquiry.therapyCategory
  return {
    ...inquiry,
    topic:
      category === null || category === undefined ? 'not-sure' : typeof category === 'number' ? category : category.id,
  }
}

export const exportInquiriesAsCsv: Endpoint = {
  path: INQUIRIES_CSV_PATH,
  method: 'get',
  handler: async (req) => {
    if (!(await isAdmin({ req }))) return errorAnswer(403, translate(req, 'column:exportInquiriesOnlyAdmins'))
    const { docs } = await req.payload.find({
      collection: 'inquiries',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      sort: 'createdAt',
    })
    const language = isLocale(req.i18n.language) ? req.i18n.language : 'ja'
    const day = new Date().toISOString().slice(0, 10)
    return new Response(inquiriesToCsv(docs.map(asStored), language), {
      headers: {
        'Content-Type': CSV_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="inquiries-${day}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
