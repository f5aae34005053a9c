/**
 * A reader asks for a consultation in a real browser, on the production build, in both languages,
 * with JavaScript (sent without leaving the page) and without it (a plain form post and a 303
 * back to the page); the e-mails reach a real SMTP server; the consultation staff find the
 * request in the admin, and an anonymous reader cannot read it through REST or GraphQL. The
 * server is its own (its own database and mailbox), so the accounts it needs do not change what
 * the other browser tests find.
 */
import { randomBytes } from 'node:crypto'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MIN_SECONDS_TO_FILL } from '@/lib/consultation/inquiry'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'
import { pagePathIn } from '@/lib/i18n/paths'
import { resourcePolicy } from '@/lib/security/content-security-policy'

import { TEST_SECRET } from '../setup/test-secret'
import { startMailbox, type Mailbox } from '../support/mailbox'
import { runScript, startProductionServer, type ProductionServer } from '../../tooling/server/production-server'
import { axeViolations } from './axe'
import { launchChromium } from './browser'

const staffEmail = 'answers@example.com'
// Random, as the password policy wants: nothing of the account's name or address in it.
const password = `${randomBytes(12).toString('base64url')}-Ri9!`
let server: ProductionServer
let mailbox: Mailbox
let browser: Browser

beforeAll(async () => {
  mailbox = await startMailbox()
  server = await startProductionServer({
    secret: TEST_SECRET,
    databasePrefix: 'column_consultation',
    env: { SMTP_URL: mailbox.url, EMAIL_FROM: 'The column <no-reply@column.example.jp>' },
    seed: (databaseUrl) => {
      runScript('scripts/seed.ts', ['--without-admin'], { databaseUrl, secret: TEST_SECRET })
      runScript('tests/e2e/seed-consultation-accounts.ts', [staffEmail, password], { databaseUrl, secret: TEST_SECRET })
    },
  })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await mailbox?.stop()
})

const consultationPage = (locale: Locale) => `${server.baseUrl}${pagePathIn(locale, 'consultation')}`

async function openForm(locale: Locale, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  const response = await page.goto(consultationPage(locale), { waitUntil: 'networkidle' })
  expect(response?.status()).toBe(200)
  return page
}

/** Fills the form as a person does, taking longer than the form's minimum time. */
async function fillIn(page: Page, locale: Locale, email: string) {
  const opened = Date.now()
  await page.fill('#consultation-name', locale === 'ja' ? '山田 花子' : 'Hana Yamada')
  await page.fill('#consultation-email', email)
  await page.selectOption('#consultation-language', locale)
  // The first published category the form offers.
  const firstTopic = await page.locator('#consultation-topic option').first().getAttribute('value')
  await page.selectOption('#consultation-topic', firstTopic!)
  await page.fill(
    '#consultation-message',
    locale === 'ja'
      ? '脳梗塞のあとの回復について相談したいです。'
      : 'I would like to ask about recovery after a stroke.',
  )
  await page.check('#consultation-consent')
  const wait = MIN_SECONDS_TO_FILL * 1000 + 500 - (Date.now() - opened)
  if (wait > 0) await page.waitForTimeout(wait)
}

async function storedCount(email: string): Promise<number> {
  const login = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: staffEmail, password }),
  })
  const { token } = (await login.json()) as { token: string }
  const found = await fetch(`${server.baseUrl}/api/inquiries?where[email][equals]=${encodeURIComponent(email)}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return ((await found.json()) as { totalDocs: number }).totalDocs
}

describe.each(['ja', 'en'] as const)('the consultation form in %s', (locale) => {
  const words = getMessages(locale).consultation

  it('with JavaScript: sends without leaving the page, then shows the confirmation and moves focus to it', async () => {
    const page = await openForm(locale, true)
    expect(await axeViolations(page)).toEqual([])
    const email = `js-${locale}@example.jp`
    await fillIn(page, locale, email)
    // A mark a reload would wipe.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    const since = mailbox.messages.length
    await page.click('form[data-testid="consultation-form"] button[type="submit"]')
    await page.getByTestId('consultation-sent').waitFor()
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    expect(page.url()).toBe(consultationPage(locale))
    expect(await page.locator('[data-testid="consultation-sent"] p').textContent()).toBe(words.form.sent)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2')
    expect(await axeViolations(page)).toEqual([])
    const acknowledgement = await mailbox.next(email, { since })
    expect(acknowledgement.subject).toContain(getMessages(locale).site.name)
    await mailbox.next(staffEmail, { since })
    expect(await storedCount(email)).toBe(1)
    await page.context().close()
  })

  it('with JavaScript: shows each field’s message next to it, focuses the summary and stores nothing', async () => {
    const page = await openForm(locale, true)
    await page.click('form[data-testid="consultation-form"] button[type="submit"]')
    await page.getByTestId('consultation-error-summary').waitFor()
    expect(await page.locator('#consultation-name-message').textContent()).toBe(words.errors.nameRequired)
    expect(await page.locator('#consultation-consent-message').textContent()).toBe(words.errors.consentRequired)
    expect(await page.getAttribute('#consultation-name', 'aria-describedby')).toContain('consultation-name-message')
    expect(await page.getAttribute('#consultation-name', 'aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('consultation-form__summary')
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('without JavaScript: posts the form, comes back with a 303 to the page and shows the confirmation', async () => {
    const page = await openForm(locale, false)
    const email = `nojs-${locale}@example.jp`
    await fillIn(page, locale, email)
    const since = mailbox.messages.length
    await Promise.all([page.waitForURL(/consultation=sent/), page.click('button[type="submit"]')])
    expect(new URL(page.url()).pathname).toBe(pagePathIn(locale, 'consultation'))
    expect(new URL(page.url()).search).toBe('?consultation=sent')
    expect(await page.getByTestId('consultation-sent').locator('p').textContent()).toBe(words.form.sent)
    expect(await page.locator('form[data-testid="consultation-form"]').count()).toBe(0)
    await mailbox.next(email, { since })
    expect(await storedCount(email)).toBe(1)
    await page.context().close()
  })

  it('without JavaScript: an invalid post answers the form again, with the typed values and each field’s message', async () => {
    const page = await openForm(locale, false)
    await page.fill('#consultation-name', 'Typed name')
    await page.fill('#consultation-email', 'not-an-address')
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith('/api/inquiries/submit')),
      page.click('button[type="submit"]'),
    ])
    expect(response.status()).toBe(400)
    await page.waitForLoadState()
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('#consultation-email-message').textContent()).toBe(words.errors.emailInvalid)
    expect(await page.locator('#consultation-message-message').textContent()).toBe(words.errors.messageRequired)
    expect(await page.inputValue('#consultation-name')).toBe('Typed name')
    expect(await page.getAttribute('#consultation-email', 'aria-describedby')).toContain('consultation-email-message')
    expect(await page.getByTestId('consultation-error-summary').isVisible()).toBe(true)
    expect(await page.textContent('body')).toContain(getMessages(locale).disclaimer.builtIn)
    expect(await storedCount('not-an-address')).toBe(0)
    // axe runs in the page, so it needs a context that runs scripts: there the answer's markup is
    // served again at the address it was answered from, under the policy API answers carry (no
    // styles, no scripts of the page's own): the document a reader without JavaScript gets.
    const html = await page.content()
    const answeredAt = page.url()
    await page.context().close()
    const withScripts = await (await browser.newContext()).newPage()
    await withScripts.route(answeredAt, (route) =>
      route.fulfill({
        status: 400,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': resourcePolicy },
        body: html,
      }),
    )
    await withScripts.goto(answeredAt)
    expect(await axeViolations(withScripts)).toEqual([])
    await withScripts.context().close()
  })
})

describe('the inquiries, once sent', () => {
  it('are in the admin for the consultation staff, who see nothing else there', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.fill('input[name="email"]', staffEmail)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.goto(`${server.baseUrl}/admin/collections/inquiries`)
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 30_000 }).toBe(4)
    // The navigation names the inquiries (its current page) and nothing else of the site's.
    expect(await page.locator('#nav-inquiries').count()).toBe(1)
    for (const hidden of ['episodes', 'pages', 'media', 'therapy-categories', 'users', 'global-site-settings'])
      expect(await page.locator(`#nav-${hidden}`).count()).toBe(0)
    // Only administrators export.
    expect(await page.getByTestId('inquiries-csv-export').count()).toBe(0)
    await page.context().close()
  })

  it('are answered by the consultation staff in the admin: a status and a note, kept', async () => {
    const login = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: staffEmail, password }),
    })
    const { token } = (await login.json()) as { token: string }
    const asStaff = { Authorization: `JWT ${token}` }
    const { docs } = (await (
      await fetch(`${server.baseUrl}/api/inquiries?where[status][equals]=new&limit=1&depth=0`, { headers: asStaff })
    ).json()) as { docs: { id: number }[] }
    const id = docs[0]!.id

    const page = await (await browser.newContext()).newPage()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.fill('input[name="email"]', staffEmail)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.goto(`${server.baseUrl}/admin/collections/inquiries/${id}`)
    await page.click('#field-status .rs__control', { timeout: 30_000 })
    // The admin speaks the browser's language: the option is named in either.
    const answered = new RegExp(
      `^(${getMessages('ja').consultation.statuses.answered}|${getMessages('en').consultation.statuses.answered})$`,
    )
    await page.locator('.rs__option').filter({ hasText: answered }).first().click()
    await page.fill('#field-note', 'Answered by e-mail on the same day.')
    await page.click('#action-save')
    await expect
      .poll(async () => {
        const response = await fetch(`${server.baseUrl}/api/inquiries/${id}?depth=0`, { headers: asStaff })
        const inquiry = (await response.json()) as { status: string; note?: string }
        return [inquiry.status, inquiry.note]
      })
      .toEqual(['answered', 'Answered by e-mail on the same day.'])
    await page.context().close()
  })

  it('are exported as CSV by an administrator, from a button above their list', async () => {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage()
    await page.goto(`${server.baseUrl}/admin/login`)
    await page.fill('input[name="email"]', 'consultation-admin@example.com')
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    await page.goto(`${server.baseUrl}/admin/collections/inquiries`)
    const button = page.getByTestId('inquiries-csv-export')
    await button.waitFor({ timeout: 30_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/)
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const csv = Buffer.concat(chunks)
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    for (const locale of ['ja', 'en']) {
      expect(csv.toString('utf8')).toContain(`js-${locale}@example.jp`)
      expect(csv.toString('utf8')).toContain(`nojs-${locale}@example.jp`)
    }
    await page.context().close()
  })

  it('cannot be read by an anonymous reader through REST or GraphQL', async () => {
    const list = await fetch(`${server.baseUrl}/api/inquiries`)
    expect(list.status).toBe(403)
    const byId = await fetch(`${server.baseUrl}/api/inquiries/1`)
    expect([403, 404]).toContain(byId.status)
    const graphql = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Inquiries { docs { id email message } } }' }),
    })
    const answer = (await graphql.json()) as { data?: { Inquiries: unknown } | null; errors?: unknown[] }
    expect(answer.data?.Inquiries ?? null).toBeNull()
    expect(JSON.stringify(answer)).not.toContain('@example.jp')
  })
})
