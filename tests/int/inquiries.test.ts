/**
 * Consultation inquiries end to end on the server: who may do what with them through every API
 * door (a generated matrix of roles × doors), the form's endpoint as the reader page and its
 * script call it (JSON and form posts, both languages, every class of bad field, every spam check),
 * the e-mails through a real SMTP server, the CSV export and the retention job.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role } from '@/access/roles'
import { getMessages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'

import { startMailboxForTheApp, type Mailbox } from '../support/mailbox'

const siteUrl = 'https://column.example.jp'
// Before the Payload config is first imported, below.
const mailbox: Mailbox = await startMailboxForTheApp(siteUrl)
const { default: config } = await import('@payload-config')
const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
const { graphql, rest, testPayload } = await import('../helpers/payload')
const { ensureUser, emailFor, tokenFor } = await import('../helpers/users')
const { issueFormToken, MAX_BODY_BYTES } = await import('@/lib/consultation/spam-checks')
const { deleteExpiredInquiriesTask } = await import('@/collections/Inquiries/retention-task')
const { JOB_RUNNER_QUEUE } = await import('@/lib/server/job-runner')

type Actor = Role | 'anonymous'
const everyone: Actor[] = ['anonymous', 'admin', 'editor', 'glossary', 'consultation']
const answerers: Actor[] = ['admin', 'consultation']

let payload: Payload
const tokens = new Map<Actor, string | undefined>()
let category: { id: number; ja: string; en: string }
let draftCategoryId: number

beforeAll(async () => {
  payload = await testPayload()
  // Created first, so that the first-user-becomes-admin rule cannot promote another role.
  await ensureUser(payload, 'admin')
  for (const actor of everyone) tokens.set(actor, await tokenFor(payload, actor))
  const created = await payload.create({
    collection: 'therapy-categories',
    locale: 'ja',
    data: { name: 'エクソソーム', slug: 'exosomes', introduces: '細胞が出す小さな袋', _status: 'published' },
  })
  await payload.update({
    collection: 'therapy-categories',
    id: created.id,
    locale: 'en',
    data: { name: 'Exosomes', introduces: 'Small vesicles cells release', _status: 'published' },
  })
  category = { id: created.id, ja: 'エクソソーム', en: 'Exosomes' }
  const draft = await payload.create({
    collection: 'therapy-categories',
    locale: 'ja',
    data: { name: '未公開の分野', slug: 'unpublished-area', introduces: '未公開', _status: 'draft' },
  })
  draftCategoryId = draft.id
})

afterAll(() => mailbox.stop())

// ---------------------------------------------------------------------------------------------
// The endpoint, as Next routes /api/inquiries/submit to Payload's REST handler.

const post = REST_POST(config)
const get = REST_GET(config)
let addressCounter = 0

/** A client address of its own for each request, so the rate limit counts only where a test wants it to. */
function uniqueAddress(): string {
  addressCounter++
  return `2001:db8:${Math.floor(addressCounter / 65536).toString(16)}:${(addressCounter % 65536).toString(16)}::1`
}

interface Submission {
  body: string
  contentType: string
  address?: string
  referer?: string
}

async function submit({ body, contentType, address = uniqueAddress(), referer }: Submission): Promise<Response> {
  const headers = new Headers({ 'Content-Type': contentType, 'X-Forwarded-For': address })
  if (referer) headers.set('Referer', referer)
  const request = new Request('http://localhost/api/inquiries/submit', { method: 'POST', headers, body })
  return post(request, { params: Promise.resolve({ slug: ['inquiries', 'submit'] }) })
}

type Fields = Record<string, string | boolean | number | undefined>

/** A valid request from a reader on the `locale` page; `overrides` change fields (undefined removes one). */
function fieldsFor(locale: Locale, overrides: Fields = {}): Fields {
  const fields: Fields = {
    locale,
    return_to: `/${locale}/consultation`,
    form_token: issueFormToken(Date.now() - 10_000),
    contact_reference: '',
    name: locale === 'ja' ? '山田 花子' : 'Hana Yamada',
    email: `reader-${++addressCounter}@example.jp`,
    language: locale,
    topic: String(category.id),
    message:
      locale === 'ja'
        ? '脳梗塞のあとのリハビリについて相談したいです。'
        : 'I would like to ask about recovery after a stroke.',
    consent: 'on',
    ...overrides,
  }
  for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key]
  return fields
}

const asJson = (fields: Fields): Submission => ({ body: JSON.stringify(fields), contentType: 'application/json' })
const asForm = (fields: Fields): Submission => ({
  body: new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)])).toString(),
  contentType: 'application/x-www-form-urlencoded',
})

async function storedWithEmail(email: unknown) {
  const { docs } = await payload.find({
    collection: 'inquiries',
    where: { email: { equals: String(email) } },
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

async function inquiryCount(): Promise<number> {
  return (await payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs
}

async function storeInquiry(overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: {
      name: '佐藤 一郎',
      email: `stored-${++addressCounter}@example.jp`,
      language: 'ja',
      topicLabel: 'エクソソーム',
      message: '=HYPERLINK("https://attacker.example")',
      consentedAt: new Date().toISOString(),
      locale: 'ja',
      status: 'new',
      ...overrides,
    },
  })
}

describe('the consultation endpoint: accepted requests', () => {
  for (const locale of ['ja', 'en'] as const) {
    for (const encoding of ['json', 'form'] as const) {
      it(`stores a valid ${encoding} request from the ${locale} page and sends both e-mails`, async () => {
        await ensureUser(payload, 'consultation')
        const since = mailbox.messages.length
        const fields = fieldsFor(locale, { language: locale === 'ja' ? 'en' : 'ja' })
        const response = await submit(encoding === 'json' ? asJson(fields) : asForm(fields))
        if (encoding === 'json') {
          expect(response.status).toBe(200)
          expect(await response.json()).toEqual({ ok: true })
        } else {
          expect(response.status).toBe(303)
          expect(response.headers.get('location')).toBe(`/${locale}/consultation?consultation=sent#consultation`)
        }
        const [stored, ...more] = await storedWithEmail(fields.email)
        expect(more).toEqual([])
        expect(stored).toMatchObject({
          name: fields.name,
          language: fields.language,
          locale,
          therapyCategory: category.id,
          topicLabel: category[locale],
          message: fields.message,
          status: 'new',
        })
        const staffMail = await mailbox.next(emailFor('consultation'), { since })
        expect(staffMail.text).toContain(`${siteUrl}/admin/collections/inquiries/${stored!.id}`)
        expect(staffMail.text).not.toContain(String(fields.message))
        const readerMail = await mailbox.next(String(fields.email), { since })
        const language = fields.language as Locale
        expect(readerMail.subject).toBe(
          getMessages(language).consultation.acknowledgement.subject.replace('{site}', getMessages(language).site.name),
        )
      })
    }
  }

  it('stores "not sure" with the words the reader saw', async () => {
    const fields = fieldsFor('en', { topic: 'not-sure' })
    expect((await submit(asJson(fields))).status).toBe(200)
    const [stored] = await storedWithEmail(fields.email)
    expect(stored).toMatchObject({ therapyCategory: null, topicLabel: getMessages('en').consultation.form.notSure })
  })

  const returnPaths: [given: string | undefined, referer: string | undefined, expected: string][] = [
    ['/en/episodes/what-is-an-exosome', undefined, '/en/episodes/what-is-an-exosome'],
    ['https://evil.example/en/consultation', undefined, '/en'],
    ['//evil.example/en', undefined, '/en'],
    ['/ja/consultation', undefined, '/en'],
    ['/en/search/../../admin', undefined, '/en'],
    [undefined, `${siteUrl}/en/contact-us?x=1`, '/en/contact-us'],
    [undefined, 'https://evil.example/en/contact-us', '/en'],
  ]
  for (const [given, referer, expected] of returnPaths) {
    it(`answers a form post from ${given ?? referer} with a 303 to ${expected}`, async () => {
      const response = await submit({ ...asForm(fieldsFor('en', { return_to: given })), referer })
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(`${expected}?consultation=sent#consultation`)
    })
  }
})

describe('the consultation endpoint: fields to correct', () => {
  const cases: [
    field: string,
    overrides: Fields,
    messageKey: keyof ReturnType<typeof getMessages>['consultation']['errors'],
  ][] = [
    ['name', { name: undefined }, 'nameRequired'],
    ['name', { name: 'あ'.repeat(101) }, 'nameTooLong'],
    ['name', { name: 'Hana\u202EYamada' }, 'nameInvalid'],
    ['email', { email: '' }, 'emailRequired'],
    ['email', { email: 'not-an-address' }, 'emailInvalid'],
    ['language', { language: 'fr' }, 'languageRequired'],
    ['topic', { topic: '' }, 'topicRequired'],
    ['topic', { topic: 'draft' }, 'topicRequired'],
    ['message', { message: '   ' }, 'messageRequired'],
    ['message', { message: 'x'.repeat(4001) }, 'messageTooLong'],
    ['message', { message: 'hello\u0000' }, 'messageInvalid'],
    ['consent', { consent: undefined }, 'consentRequired'],
  ]
  for (const locale of ['ja', 'en'] as const) {
    for (const [field, overrides, messageKey] of cases) {
      const words = getMessages(locale).consultation.errors
      const expected = words[messageKey].replace('{max}', field === 'name' ? '100' : '4000')
      const resolved = (): Fields =>
        fieldsFor(locale, overrides.topic === 'draft' ? { ...overrides, topic: String(draftCategoryId) } : overrides)

      it(`answers JSON from the ${locale} page with ${field}'s ${messageKey} message and stores nothing`, async () => {
        const before = await inquiryCount()
        const response = await submit(asJson(resolved()))
        expect(response.status).toBe(400)
        expect(await response.json()).toEqual({ errors: { [field]: expected } })
        expect(await inquiryCount()).toBe(before)
      })

      it(`answers a form post from the ${locale} page with the form again, ${field}'s message linked from it`, async () => {
        const before = await inquiryCount()
        const fields = resolved()
        const response = await submit(asForm(fields))
        expect(response.status).toBe(400)
        expect(response.headers.get('content-type')).toMatch(/^text\/html/)
        const html = await response.text()
        expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${locale}">`))
        expect(html).toContain(getMessages(locale).disclaimer.builtIn)
        expect(html).toContain(getMessages(locale).consultation.form.fixErrors)
        const escaped = expected.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
        expect(html).toContain(`<p class="consultation-form__error" id="consultation-${field}-message">${escaped}</p>`)
        expect(html).toMatch(
          new RegExp(`id="consultation-${field}"[^>]*aria-describedby="consultation-${field}-message`),
        )
        // What the reader typed comes back (the name, when it was not the field at fault).
        if (field !== 'name') expect(html).toContain(`value="${String(fields.name)}"`)
        expect(await inquiryCount()).toBe(before)
      })
    }
  }
})

describe('the consultation endpoint: spam gets the answer of an accepted request and is not stored', () => {
  const spam: [name: string, overrides: Fields][] = [
    ['a filled honeypot', { contact_reference: 'https://spam.example' }],
    ['a form sent too fast', { form_token: issueFormToken(Date.now()) }],
    ['a forged form token', { form_token: `${Date.now() - 10_000}.${'A'.repeat(43)}` }],
    ['no form token', { form_token: undefined }],
  ]
  for (const [name, overrides] of spam) {
    for (const encoding of ['json', 'form'] as const) {
      it(`drops ${name} (${encoding})`, async () => {
        const before = await inquiryCount()
        const fields = fieldsFor('ja', {
          ...overrides,
          form_token: 'form_token' in overrides ? overrides.form_token : issueFormToken(Date.now() - 10_000),
        })
        if (name === 'a form sent too fast') fields.form_token = issueFormToken(Date.now())
        const response = await submit(encoding === 'json' ? asJson(fields) : asForm(fields))
        if (encoding === 'json') {
          expect(response.status).toBe(200)
          expect(await response.json()).toEqual({ ok: true })
        } else {
          expect(response.status).toBe(303)
          expect(response.headers.get('location')).toBe('/ja/consultation?consultation=sent#consultation')
        }
        expect(await inquiryCount()).toBe(before)
      })
    }
  }

  it('takes five requests from one address in ten minutes and drops the sixth', async () => {
    const address = '203.0.113.77'
    const before = await inquiryCount()
    for (let i = 0; i < 5; i++) expect((await submit({ ...asJson(fieldsFor('en')), address })).status).toBe(200)
    expect(await inquiryCount()).toBe(before + 5)
    const sixth = await submit({ ...asJson(fieldsFor('en')), address })
    expect(sixth.status).toBe(200)
    expect(await sixth.json()).toEqual({ ok: true })
    expect(await inquiryCount()).toBe(before + 5)
  })

  it('drops a body over 64 KiB silently', async () => {
    const before = await inquiryCount()
    const fields = fieldsFor('en', { message: 'x'.repeat(MAX_BODY_BYTES) })
    const response = await submit(asJson(fields))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
    expect(await inquiryCount()).toBe(before)
  })

  it('refuses a body that is neither JSON nor a form, or not an object, with a 4xx', async () => {
    expect((await submit({ body: 'name=x', contentType: 'text/plain' })).status).toBe(415)
    expect((await submit({ body: '[1,2]', contentType: 'application/json' })).status).toBe(400)
    expect((await submit({ body: '{"name":', contentType: 'application/json' })).status).toBe(400)
  })
})

// ---------------------------------------------------------------------------------------------
// Who may do what, through every door.

type Door = 'rest-list' | 'rest-by-id' | 'rest-count' | 'graphql-list' | 'graphql-by-id' | 'rest-update' | 'rest-delete'
const readDoors: Door[] = ['rest-list', 'rest-by-id', 'rest-count', 'graphql-list', 'graphql-by-id']

describe('inquiries through the API: read and answered by admins and consultation staff only', () => {
  for (const actor of everyone) {
    const allowed = answerers.includes(actor)
    for (const door of readDoors) {
      it(`${actor} ${allowed ? 'reads' : 'cannot read'} an inquiry through ${door}`, async () => {
        const inquiry = await storeInquiry()
        const token = tokens.get(actor)
        let seen: unknown[] = []
        if (door === 'rest-list') {
          const response = await rest('GET', '/inquiries?limit=100&depth=0', { token })
          const body = (await response.json()) as { docs?: { id: number }[] }
          seen = response.status === 200 ? (body.docs ?? []).map((doc) => doc.id) : []
          if (!allowed) expect(response.status).toBe(403)
        } else if (door === 'rest-by-id') {
          const response = await rest('GET', `/inquiries/${inquiry.id}`, { token })
          if (response.status === 200) seen = [((await response.json()) as { id: number }).id]
          if (!allowed) expect([403, 404]).toContain(response.status)
        } else if (door === 'rest-count') {
          const response = await rest('GET', `/inquiries/count?where[id][equals]=${inquiry.id}`, { token })
          const body = (await response.json()) as { totalDocs?: number }
          if (response.status === 200 && body.totalDocs === 1) seen = [inquiry.id]
          if (!allowed) expect(response.status).toBe(403)
        } else if (door === 'graphql-list') {
          const result = await graphql<{ Inquiries: { docs: { id: number; message: string }[] } | null }>(
            `
              {
                Inquiries(limit: 100) {
                  docs {
                    id
                    message
                  }
                }
              }
            `,
            { token },
          )
          seen = (result.data?.Inquiries?.docs ?? []).map((doc) => doc.id)
        } else {
          const result = await graphql<{ Inquiry: { id: number; email: string } | null }>(
            `
              query ($id: Int!) {
                Inquiry(id: $id) {
                  id
                  email
                }
              }
            `,
            { token, variables: { id: inquiry.id } },
          )
          if (result.data?.Inquiry) seen = [result.data.Inquiry.id]
        }
        if (allowed) expect(seen).toContain(inquiry.id)
        else expect(seen).not.toContain(inquiry.id)
      })
    }

    it(`${actor} finds no versions of inquiries (they keep none)`, async () => {
      const inquiry = await storeInquiry()
      const token = tokens.get(actor)
      expect((await rest('GET', '/inquiries/versions', { token })).status).toBe(404)
      expect((await rest('GET', `/inquiries/versions/${inquiry.id}`, { token })).status).toBe(404)
      expect((await rest('POST', `/inquiries/versions/${inquiry.id}`, { token })).status).toBe(404)
    })

    it(`${actor} cannot create an inquiry through REST or GraphQL`, async () => {
      const before = await inquiryCount()
      const data = {
        name: 'Direct',
        email: 'direct@example.jp',
        language: 'en',
        topicLabel: 'x',
        message: 'x',
        consentedAt: new Date().toISOString(),
      }
      const response = await rest('POST', '/inquiries', { token: tokens.get(actor), body: data })
      expect(response.status).toBe(403)
      const result = await graphql(
        `
          mutation {
            createInquiry(
              data: {
                name: "Direct"
                email: "direct@example.jp"
                language: en
                topicLabel: "x"
                message: "x"
                consentedAt: "2026-12-01T00:00:00.000Z"
              }
            ) {
              id
            }
          }
        `,
        { token: tokens.get(actor) },
      )
      expect(result.errors?.length ?? 0).toBeGreaterThan(0)
      expect(await inquiryCount()).toBe(before)
    })

    it(`${actor} ${allowed ? 'may' : 'may not'} change an inquiry's status and note, and nobody its reader's fields`, async () => {
      const inquiry = await storeInquiry()
      const response = await rest('PATCH', `/inquiries/${inquiry.id}`, {
        token: tokens.get(actor),
        body: { status: 'answered', note: 'Replied by phone.', message: 'rewritten', email: 'other@example.jp' },
      })
      expect(response.status).toBe(allowed ? 200 : 403)
      const after = await payload.findByID({ collection: 'inquiries', id: inquiry.id, overrideAccess: true })
      expect(after).toMatchObject({
        status: allowed ? 'answered' : 'new',
        note: allowed ? 'Replied by phone.' : null,
        message: inquiry.message,
        email: inquiry.email,
      })
    })

    it(`${actor} ${actor === 'admin' ? 'may' : 'may not'} delete an inquiry`, async () => {
      const inquiry = await storeInquiry()
      const response = await rest('DELETE', `/inquiries/${inquiry.id}`, { token: tokens.get(actor) })
      expect(response.status).toBe(actor === 'admin' ? 200 : 403)
      const left = await payload.count({ collection: 'inquiries', where: { id: { equals: inquiry.id } } })
      expect(left.totalDocs).toBe(actor === 'admin' ? 0 : 1)
    })

    it(`${actor} ${actor === 'admin' ? 'downloads' : 'is refused'} the CSV export`, async () => {
      const inquiry = await storeInquiry()
      const headers = new Headers()
      const token = tokens.get(actor)
      if (token) headers.set('Authorization', `JWT ${token}`)
      const request = new Request('http://localhost/api/inquiries/export.csv', { headers })
      const response = await get(request, { params: Promise.resolve({ slug: ['inquiries', 'export.csv'] }) })
      const bytes = new Uint8Array(await response.arrayBuffer())
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      if (actor !== 'admin') {
        expect(response.status).toBe(403)
        expect(text).not.toContain(inquiry.email)
        return
      }
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('content-disposition')).toMatch(
        /^attachment; filename="inquiries-\d{4}-\d{2}-\d{2}\.csv"$/,
      )
      expect(text.startsWith('\uFEFF')).toBe(true)
      const row = text.split('\r\n').find((line) => line.includes(inquiry.email))
      expect(row).toContain(`"'=HYPERLINK(""https://attacker.example"")"`)
    })
  }
})

describe('the retention job', () => {
  it('deletes inquiries older than INQUIRY_RETENTION_DAYS and keeps newer ones', async () => {
    const day = 24 * 60 * 60 * 1000
    const old = await storeInquiry()
    const recent = await storeInquiry()
    // Payload sets createdAt itself; the database is told the age directly.
    await payload.db.drizzle.execute(
      `update inquiries set created_at = '${new Date(Date.now() - 181 * day).toISOString()}' where id = ${old.id}`,
    )
    await payload.db.drizzle.execute(
      `update inquiries set created_at = '${new Date(Date.now() - 179 * day).toISOString()}' where id = ${recent.id}`,
    )
    const job = await payload.jobs.queue({ task: 'deleteExpiredInquiries', input: {} })
    const run = await payload.jobs.runByID({ id: job.id })
    expect(run.jobStatus?.[job.id]?.status).toBe('success')
    const ids = (await payload.find({ collection: 'inquiries', pagination: false, depth: 0 })).docs.map((doc) => doc.id)
    expect(ids).not.toContain(old.id)
    expect(ids).toContain(recent.id)
  })

  it('is scheduled daily on the queue the app runs', () => {
    expect(deleteExpiredInquiriesTask.schedule).toEqual([{ cron: '0 30 3 * * *', queue: 'default' }])
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'deleteExpiredInquiries')
    expect(task).toBeDefined()
    // The app's job runner (lib/server/job-runner.ts) queues scheduled tasks, then runs this queue.
    expect(payload.config.jobs.scheduling).toBe(true)
    expect(deleteExpiredInquiriesTask.schedule?.[0]?.queue).toBe(JOB_RUNNER_QUEUE)
  })
})
