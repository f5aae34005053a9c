/**
 * POST /api/inquiries/submit: a reader's consultation request (docs/consultation.md, "A request,
 * step by step"). JSON from the form's script, answered with JSON; a plain form post without
 * JavaScript, answered with a 303 back to the page, or with the form and its messages as a page.
 * Spam gets exactly the answer of an accepted request; the log alone names the check.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { renderConsultationErrorPage } from '@/components/consultation/ConsultationErrorPage'
import { consultationContextFields } from '@/components/consultation/ConsultationFormView'
import { getPrivacyPolicyPath } from '@/lib/content/consultation-form'
import {
  bodyEncoding,
  decodeInquiryBody,
  inquiryFormFields,
  NOT_SURE,
  parseInquiry,
  type InquiryInput,
} from '@/lib/consultation/inquiry-input'
import { acknowledgeReader, inquiryAdminLink, notifyStaff } from '@/lib/consultation/notifications'
import { confirmationLocation, consultationReturnPath } from '@/lib/consultation/return-path'
import { readBodyWithinLimit, spamVerdict, type SpamCheck } from '@/lib/consultation/spam-checks'
import { env } from '@/lib/env'
import { errorAnswer } from '@/lib/http/request-body'
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

const noStore = { 'Cache-Control': 'no-store' }

interface Topic {
  id: number
  name: string
}

/** The therapy categories a reader may choose: the published ones, named in the page's language. */
async function publishedTopics(payload: Payload, locale: Locale): Promise<Topic[]> {
  const { docs } = await payload.find({
    collection: 'therapy-categories',
    overrideAccess: false,
    draft: false,
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
    select: { name: true },
  })
  return docs.map((category) => ({ id: category.id, name: category.name }))
}

/** How the request is answered, in its own encoding. */
interface Answerer {
  accepted: () => Response
  invalid: (errors: Record<string, string>, values: Record<string, string>, formToken: string) => Promise<Response>
}

function answererFor(
  json: boolean,
  { locale, returnTo, topics }: { locale: Locale; returnTo: string; topics: () => Promise<Topic[]> },
): Answerer {
  if (json) {
    return {
      accepted: () => Response.json({ ok: true }, { headers: noStore }),
      invalid: async (errors) => Response.json({ errors }, { status: 400, headers: noStore }),
    }
  }
  return {
    accepted: () =>
      new Response(null, { status: 303, headers: { ...noStore, Location: confirmationLocation(returnTo) } }),
    invalid: async (errors, values, formToken) =>
      new Response(
        await renderConsultationErrorPage({
          locale,
          topics: await topics(),
          privacyPolicyPath: await getPrivacyPolicyPath(locale),
          formToken,
          returnTo,
          values,
          errors,
        }),
        { status: 400, headers: { ...noStore, 'Content-Type': 'text/html; charset=utf-8' } },
      ),
  }
}

async function storeInquiry(payload: Payload, inquiry: InquiryInput, locale: Locale, topics: Topic[]) {
  const category = inquiry.topic === NOT_SURE ? undefined : topics.find((topic) => topic.id === inquiry.topic)
  return payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: {
      name: inquiry.name,
      email: inquiry.email,
      language: inquiry.language,
      therapyCategory: category?.id ?? null,
      topicLabel: category?.name ?? getMessages(locale).consultation.form.notSure,
      message: inquiry.message,
      consentedAt: new Date().toISOString(),
      locale,
      status: 'new',
    },
  })
}

/** The e-mails; a failure is logged and the inquiry kept (docs/consultation.md, "E-mails"). */
async function sendEmails(payload: Payload, inquiry: Awaited<ReturnType<typeof storeInquiry>>) {
  const notified = { ...inquiry, language: inquiry.language as Locale }
  try {
    const { docs: staff } = await payload.find({
      collection: 'users',
      overrideAccess: true,
      pagination: false,
      depth: 0,
      where: { role: { equals: 'consultation' } },
      select: { email: true },
    })
    await notifyStaff(payload, {
      inquiry: notified,
      to: staff.map((user) => user.email),
      adminLink: inquiryAdminLink(payload.config, 'inquiries', inquiry.id),
    })
  } catch (error) {
    payload.logger.error({ err: error, inquiry: inquiry.id }, 'consultation: the staff notification was not sent')
  }
  try {
    await acknowledgeReader(payload, notified)
  } catch (error) {
    payload.logger.error({ err: error, inquiry: inquiry.id }, 'consultation: the acknowledgement was not sent')
  }
}

async function submit(req: PayloadRequest): Promise<Response> {
  const request = req as unknown as Request
  const encoding = bodyEncoding(request.headers.get('content-type'))
  if (!encoding) return errorAnswer(415, 'Content-Type must be application/json or application/x-www-form-urlencoded.')
  const json = encoding === 'json'
  const read = await readBodyWithinLimit(request)
  const fields = 'text' in read ? decodeInquiryBody(read.text, request.headers.get('content-type')) : {}
  if (!fields) return errorAnswer(400, 'The body is not a JSON object or a form.')
  const locale = isLocale(String(fields[consultationContextFields.locale])) ? (fields.locale as Locale) : defaultLocale
  const returnTo = consultationReturnPath(locale, {
    given: fields[consultationContextFields.returnTo],
    referer: request.headers.get('referer'),
    siteUrl: env.SITE_URL,
  })
  let topics: Promise<Topic[]> | undefined
  const topicsOnce = () => (topics ??= publishedTopics(req.payload, locale))
  const answer = answererFor(json, { locale, returnTo, topics: topicsOnce })
  const dropAsSpam = (check: SpamCheck) => {
    req.payload.logger.info({ check }, 'consultation: request dropped as spam')
    return answer.accepted()
  }
  if ('spam' in read) return dropAsSpam(read.check)

  const categories = await topicsOnce()
  const parsed = parseInquiry(fields, { locale, categoryIds: categories.map((topic) => topic.id) })
  if (parsed.status === 'spam') return dropAsSpam('honeypot')
  if (parsed.status === 'invalid') return answer.invalid(parsed.errors, parsed.values, parsed.formToken)
  const verdict = await spamVerdict({
    honeypot: fields[inquiryFormFields.honeypot],
    formToken: parsed.formToken,
    headers: request.headers,
  })
  if (verdict.spam) return dropAsSpam(verdict.check)

  const inquiry = await storeInquiry(req.payload, parsed.inquiry, locale, categories)
  await sendEmails(req.payload, inquiry)
  return answer.accepted()
}

export const submitInquiry: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    try {
      return await submit(req)
    } catch (error) {
      // The database, most likely: nothing was stored (one insert), and the reader may try again.
      req.payload.logger.error({ err: error }, 'consultation: the request could not be taken')
      return errorAnswer(503, 'The request could not be taken now; please try again later.')
    }
  },
}
