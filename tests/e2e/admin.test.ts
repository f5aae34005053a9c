/**
 * The admin in a real browser, on an empty database: in production the first-user form is closed
 * and the first admin is created with `npm run create-admin`, then each role signs in and sees
 * exactly its own work offered.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createHash } from 'node:crypto'

import { adminTranslations } from '@/lib/i18n/admin-translations'
import { getMessages } from '@/lib/i18n/messages'
import { episodePath, pagePath, previewPath } from '@/lib/i18n/paths'
import { episodes, series } from '@/tooling/seed/content'

import { TEST_SECRET } from '../setup/test-secret'
import { createAdminWithCommand } from '../support/admin-account'
import { launchChromium } from './browser'

let browser: Browser
const baseUrl = inject('baseUrl')
const password = 'correct horse battery staple'

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(() => browser?.close())

// Each account signs in once, through the form, and its session is reused: logins are rate
// limited per client address (10 a minute), and every request here comes from the same one.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>()
const apiTokens = new Map<string, string>()

async function signIn(email: string): Promise<Page> {
  const session = sessions.get(email)
  const page = await (await browser.newContext(session ? { storageState: session } : {})).newPage()
  if (session) {
    await page.goto(`${baseUrl}/admin`)
  } else {
    await page.goto(`${baseUrl}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
  }
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  sessions.set(email, await page.context().storageState())
  return page
}

async function apiToken(email: string): Promise<string> {
  const cached = apiTokens.get(email)
  if (cached) return cached
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  apiTokens.set(email, token)
  return token
}

async function editorAuthorization(): Promise<Record<string, string>> {
  return { Authorization: `JWT ${await apiToken('editor@example.com')}`, 'Content-Type': 'application/json' }
}

/** An episode's id, looked up by slug as the editor. */
async function episodeIdBySlug(slug: string): Promise<number> {
  const found = await fetch(`${baseUrl}/api/episodes?where[slug][equals]=${slug}&locale=ja`, {
    headers: await editorAuthorization(),
  })
  const [doc] = ((await found.json()) as { docs: { id: number }[] }).docs
  return doc!.id
}

async function offersToCreate(page: Page, collection: string): Promise<boolean> {
  await page.goto(`${baseUrl}/admin/collections/${collection}`)
  await page.waitForSelector('.collection-list, .list-header, h1', { timeout: 30_000 })
  return (await page.locator(`a[href="/admin/collections/${collection}/create"]`).count()) > 0
}

async function adminToken(): Promise<string> {
  return apiToken('first-admin@example.com')
}

describe('the first visit to /admin, in production', () => {
  it('says the first admin is created on the server, instead of offering a form to whoever arrives first', async () => {
    const page = await browser.newPage({ locale: 'en-US' })
    await page.goto(`${baseUrl}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    await expect
      .poll(() => page.locator('.create-first-user [role="status"]').textContent(), { timeout: 30_000 })
      .toBe(adminTranslations.en.column.firstUserByCommandLine)
    expect(await page.locator('input[name="password"]').count()).toBe(0)
    await page.close()
  })

  it('refuses Payload’s first-register endpoint with a message naming the command', async () => {
    const response = await fetch(`${baseUrl}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'ja' },
      body: JSON.stringify({ email: 'intruder@example.com', password: 'an intruder’s long passphrase' }),
    })
    expect(response.status).toBe(403)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe(adminTranslations.ja.column.firstUserByCommandLine)
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.com', password: 'an intruder’s long passphrase' }),
    })
    expect(login.status).toBe(401)
  })

  it('lets the admin made with npm run create-admin sign in to the dashboard', async () => {
    createAdminWithCommand({
      databaseUrl: inject('databaseUrl'),
      secret: TEST_SECRET,
      siteUrl: baseUrl,
      email: 'first-admin@example.com',
      password,
    })
    const page = await signIn('first-admin@example.com')
    await expect.poll(() => page.locator('.dashboard').isVisible(), { timeout: 30_000 }).toBe(true)
    await page.close()
  })
})

describe('each role in the admin', () => {
  beforeAll(async () => {
    const token = await adminToken()
    for (const role of ['editor', 'glossary']) {
      const response = await fetch(`${baseUrl}/api/users`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ email: `${role}@example.com`, password, role }),
      })
      expect(response.status).toBe(201)
    }
  })

  it('lets the first user, an admin, create episodes, glossary terms and users', async () => {
    const page = await signIn('first-admin@example.com')
    expect(await offersToCreate(page, 'episodes')).toBe(true)
    expect(await offersToCreate(page, 'glossary-terms')).toBe(true)
    expect(await offersToCreate(page, 'users')).toBe(true)
    await page.close()
  })

  it('lets an editor create episodes but not glossary terms', async () => {
    const page = await signIn('editor@example.com')
    expect(await offersToCreate(page, 'episodes')).toBe(true)
    expect(await offersToCreate(page, 'glossary-terms')).toBe(false)
    await page.close()
  })

  it('lets glossary staff create glossary terms and only read episodes', async () => {
    const page = await signIn('glossary@example.com')
    expect(await offersToCreate(page, 'glossary-terms')).toBe(true)
    expect(await offersToCreate(page, 'episodes')).toBe(false)
    await page.close()
  })
})

describe('draft preview', () => {
  const episode = episodes.find((candidate) => candidate.number === 2)!
  const draftTitle = 'プレビューで確かめる下書きのタイトル'
  // The server derives its preview secret from PAYLOAD_SECRET (lib/env-schema.ts).
  const previewSecret = createHash('sha256').update(`preview:${TEST_SECRET}`).digest('hex')
  const previewUrl = `${baseUrl}${previewPath('ja')}?path=${encodeURIComponent(pagePath.episode(episode.slug))}&secret=${previewSecret}`

  beforeAll(async () => {
    const saved = await fetch(`${baseUrl}/api/episodes/${await episodeIdBySlug(episode.slug)}?draft=true&locale=ja`, {
      method: 'PATCH',
      headers: await editorAuthorization(),
      body: JSON.stringify({ title: draftTitle }),
    })
    expect(saved.status).toBe(200)
  })

  it('keeps the draft out of the public page', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${episodePath('ja', episode.slug)}`)
    expect(await page.locator('h1').textContent()).toBe(episode.title.ja)
    await page.close()
  })

  it('is refused to someone who is not signed in', async () => {
    const response = await fetch(previewUrl, { redirect: 'manual' })
    expect(response.status).toBe(403)
  })

  it('is refused with a wrong secret', async () => {
    const page = await signIn('editor@example.com')
    const response = await page.goto(previewUrl.replace(previewSecret, 'not-the-secret-at-all-not-the-secret'))
    expect(response?.status()).toBe(403)
    await page.close()
  })

  it('shows a signed-in editor the draft under a visible banner, until they leave preview', async () => {
    const page = await signIn('editor@example.com')
    await page.goto(previewUrl)
    await page.waitForURL(new RegExp(`${episodePath('ja', episode.slug)}$`))
    expect(await page.locator('h1').textContent()).toBe(draftTitle)
    const banner = page.getByRole('status').filter({ hasText: getMessages('ja').preview.banner })
    expect(await banner.count()).toBe(1)
    await banner.getByRole('link').click()
    await page.waitForURL(new RegExp(`${episodePath('ja', episode.slug)}$`))
    await expect.poll(() => page.locator('h1').textContent()).toBe(episode.title.ja)
    await page.close()
  })
})

describe('the public data cache', () => {
  const episode = episodes.find((candidate) => candidate.number === 3)!
  const pageUrl = `${baseUrl}${episodePath('ja', episode.slug)}`

  // Reader pages are rendered per request, for their CSP nonce, from Next's data cache: there is
  // no x-nextjs-cache to read on them. Which tags each change revalidates is checked in
  // tests/int/revalidation.test.ts.
  async function publicTitle(): Promise<string | undefined> {
    const html = await (await fetch(pageUrl)).text()
    return /<h1[^>]*>([^<]*)</.exec(html)?.[1]
  }

  async function saveEpisode(body: Record<string, unknown>, query: string): Promise<void> {
    const saved = await fetch(`${baseUrl}/api/episodes/${await episodeIdBySlug(episode.slug)}?locale=ja${query}`, {
      method: 'PATCH',
      headers: await editorAuthorization(),
      body: JSON.stringify(body),
    })
    expect(saved.status).toBe(200)
  }

  it('keeps the published episode through a draft save, and shows a publish on the next request', async () => {
    expect(await publicTitle()).toBe(episode.title.ja)

    await saveEpisode({ title: 'まだ下書きの新しい題名' }, '&draft=true')
    expect(await publicTitle()).toBe(episode.title.ja)

    const publishedTitle = '公開したばかりの新しい題名'
    try {
      await saveEpisode({ title: publishedTitle, _status: 'published' }, '')
      expect(await publicTitle()).toBe(publishedTitle)
      expect(await (await fetch(`${baseUrl}/ja`)).text()).toContain(publishedTitle)
    } finally {
      // The reader tests expect the demo content as seeded.
      await saveEpisode({ title: episode.title.ja, _status: 'published' }, '')
    }
  })

  it('lets only the app itself revalidate through /api/revalidate', async () => {
    const url = `${baseUrl}/api/revalidate`
    const secret = createHash('sha256').update(`revalidate:${TEST_SECRET}`).digest('hex')
    // JSON, as the app's own jobs send it (any other Content-Type is a 415).
    const post = (headers: Record<string, string>, body: string) =>
      fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })
    expect((await post({}, JSON.stringify({ tags: ['episodes'] }))).status).toBe(403)
    const wrongBody = await post({ 'x-column-revalidate-secret': secret }, '{"tags": "episodes"}')
    expect(wrongBody.status).toBe(400)
    expect(((await wrongBody.json()) as { error: string }).error).toMatch(/tags/)
    expect((await post({ 'x-column-revalidate-secret': secret }, JSON.stringify({ tags: ['episodes'] }))).status).toBe(
      200,
    )
  })
})

describe('live preview', () => {
  const episode = episodes.find((candidate) => candidate.number === 4)!

  it('shows the draft beside the form, in draft mode at the front-end address, and follows autosaves', async () => {
    const id = await episodeIdBySlug(episode.slug)
    const page = await signIn('editor@example.com')
    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=ja`)
    await page.click('.live-preview-toggler')
    const iframe = page.locator('#live-preview-iframe')
    await expect
      .poll(() => iframe.getAttribute('src'), { timeout: 30_000 })
      .toContain(`${previewPath('ja')}?path=${encodeURIComponent(pagePath.episode(episode.slug))}`)
    const preview = page.frameLocator('#live-preview-iframe')
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 30_000 }).toBe(episode.title.ja)
    expect(
      await preview
        .getByRole('status')
        .filter({ hasText: getMessages('ja').preview.banner })
        .count(),
    ).toBe(1)

    const typed = 'ライブプレビューで確かめる題名'
    await page.fill('#field-title', typed)
    // Autosave runs every 2 s; the preview re-renders on the admin's document event.
    await expect.poll(() => preview.locator('h1').textContent(), { timeout: 30_000 }).toBe(typed)
    expect(await (await fetch(`${baseUrl}${episodePath('ja', episode.slug)}`)).text()).not.toContain(typed)
    await page.close()
  })
})

describe('glossary staff at work', () => {
  it('publish a new short definition, and the tooltip on an episode page shows it on the next request', async () => {
    const episodeUrl = `${baseUrl}${episodePath('ja', episodes[1]!.slug)}`
    const reader = await browser.newPage()
    await reader.goto(episodeUrl)
    const linked = reader.locator('.episode-body .glossary-term > a').first()
    const slug = (await linked.getAttribute('href'))!.split('/').pop()!
    await reader.close()

    const token = await apiToken('glossary@example.com')
    const found = await fetch(`${baseUrl}/api/glossary-terms?where[slug][equals]=${slug}&locale=ja`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const [term] = ((await found.json()) as { docs: { id: number }[] }).docs

    const definition = '用語集の担当者が書き直した短い説明です。'
    const page = await signIn('glossary@example.com')
    await page.goto(`${baseUrl}/admin/collections/glossary-terms/${term!.id}?locale=ja`)
    await page.fill('#field-shortDefinition', definition)
    await page.click('#action-save')
    await expect
      .poll(
        async () => (await (await fetch(`${baseUrl}/api/glossary-terms/${term!.id}?locale=ja`)).json()).shortDefinition,
        {
          timeout: 30_000,
        },
      )
      .toBe(definition)
    await page.close()

    const html = await (await fetch(episodeUrl)).text()
    expect(html).toContain(`id="glossary-tip-${slug}" class="glossary-tooltip">${definition}<`)
  })
})

describe('an editor’s loop, in the admin', () => {
  const slug = 'e2e-written-in-the-admin'
  const japanese = {
    title: '管理画面で書いた回',
    lead: '管理画面から書いて公開する流れを確かめます。',
    body: '本文は一般的な情報です。',
  }
  const english = {
    title: 'An episode written in the admin',
    lead: 'Checking the loop from writing to publishing.',
    body: 'The text is general information.',
  }

  async function fillLocale(page: Page, text: typeof japanese): Promise<void> {
    await page.fill('#field-title', text.title)
    await page.fill('#field-lead', text.lead)
    await page.click('.rich-text-lexical [contenteditable="true"]')
    await page.keyboard.type(text.body)
  }

  /** Autosave has stored the draft in this locale when the API returns what was typed. */
  async function autosaved(id: string, locale: 'ja' | 'en', expected: Record<string, unknown>): Promise<void> {
    const auth = await editorAuthorization()
    const stored = async () => {
      const response = await fetch(`${baseUrl}/api/episodes/${id}?draft=true&depth=0&locale=${locale}`, {
        headers: auth,
      })
      const doc = (await response.json()) as Record<string, unknown>
      return Object.fromEntries(Object.keys(expected).map((key) => [key, doc[key]]))
    }
    await expect.poll(stored, { timeout: 30_000 }).toEqual(expected)
  }

  it('writes Japanese, translates it, previews the draft and publishes it live', async () => {
    const page = await signIn('editor@example.com')
    await page.goto(`${baseUrl}/admin/collections/episodes/create?locale=ja`)
    // With autosave, the admin creates the draft at once and opens it.
    await page.waitForURL(/\/admin\/collections\/episodes\/\d+/, { timeout: 30_000 })
    const id = new URL(page.url()).pathname.split('/').pop()!
    await fillLocale(page, japanese)
    await page.fill('#field-slug', slug)
    await page.fill('#field-episodeNumber', '6')
    await page.click('#field-series .rs__control')
    await page.getByText(series.title.ja, { exact: true }).last().click()
    await autosaved(id, 'ja', { title: japanese.title, lead: japanese.lead, slug, episodeNumber: 6 })

    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=en`)
    await fillLocale(page, english)
    await autosaved(id, 'en', { title: english.title, lead: english.lead })
    expect((await fetch(`${baseUrl}${episodePath('ja', slug)}`)).status).toBe(404)

    const previewSecret = createHash('sha256').update(`preview:${TEST_SECRET}`).digest('hex')
    await page.goto(
      `${baseUrl}${previewPath('en')}?path=${encodeURIComponent(pagePath.episode(slug))}&secret=${previewSecret}`,
    )
    expect(await page.locator('h1').textContent()).toBe(english.title)
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: getMessages('en').preview.banner })
        .count(),
    ).toBe(1)

    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=ja`)
    await page.click('#action-save')
    await expect
      .poll(async () => (await (await fetch(`${baseUrl}/api/episodes?where[slug][equals]=${slug}`)).json()).totalDocs, {
        timeout: 30_000,
      })
      .toBe(1)
    for (const [locale, text] of [
      ['ja', japanese],
      ['en', english],
    ] as const) {
      const response = await fetch(`${baseUrl}${episodePath(locale, slug)}`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain(text.title)
    }
    await page.close()
  })
})

describe('the claims guard in the edit view', () => {
  const promise = 'この治療は副作用がなく、必ず改善します。'
  const calm = '効果には個人差があり、医師とよく相談することが大切です。'

  it('asks the server as the editor types: a promise is marked, and the mark goes when it is reworded', async () => {
    const episode = episodes.find((candidate) => candidate.number === 1)!
    const id = await episodeIdBySlug(episode.slug)
    const page = await signIn('editor@example.com')
    const checks: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/claims/check') checks.push(request.postData() ?? '')
    })
    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=ja`)
    const panel = page.getByRole('region', { name: '表現チェック' })
    // The server's answer for the lead: its error findings, once the panel shows an answer.
    const leadErrors = async () =>
      (await panel.locator('[data-status="done"]').count()) === 1
        ? panel.locator('li[data-severity="error"][data-field="lead"]').count()
        : -1
    await expect.poll(leadErrors, { timeout: 30_000 }).toBe(0)

    await page.fill('#field-lead', promise)
    await expect.poll(leadErrors, { timeout: 30_000 }).toBeGreaterThan(0)
    const marked = await panel.locator('li[data-field="lead"] mark').allTextContents()
    expect(marked.length).toBeGreaterThan(0)
    for (const words of marked) expect(promise).toContain(words)
    // The form's values went to the server, which found the promise: no matcher runs in the page.
    expect(checks.some((body) => body.includes(promise))).toBe(true)

    await page.fill('#field-lead', calm)
    await expect.poll(leadErrors, { timeout: 30_000 }).toBe(0)
    expect(await panel.locator('li[data-field="lead"]').count()).toBe(0)
    await page.close()
  })

  it('refuses to publish a promise with the reason', async () => {
    const episode = episodes.find((candidate) => candidate.number === 1)!
    const id = await episodeIdBySlug(episode.slug)
    const page = await signIn('editor@example.com')
    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=ja`)
    const panel = page.getByRole('region', { name: '表現チェック' })
    await page.fill('#field-lead', promise)
    await expect
      .poll(() => panel.locator('li[data-severity="error"][data-field="lead"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)

    await page.click('#action-save')
    await expect
      .poll(() => page.locator('.payload-toast-container').textContent(), { timeout: 30_000 })
      .toMatch(/公開できません|cannot be published/)
    const publicPage = await (await fetch(`${baseUrl}${episodePath('ja', episode.slug)}`)).text()
    expect(publicPage).not.toContain('必ず改善します')
    await page.close()
  })

  it('lists the episode among the promises to review, in the list filtered by its stored errors', async () => {
    const episode = episodes.find((candidate) => candidate.number === 1)!
    const id = await episodeIdBySlug(episode.slug)
    // The draft the edit view autosaved above, saved once more so the test does not hang on autosave's timing.
    const saved = await fetch(`${baseUrl}/api/episodes/${id}?draft=true&locale=ja`, {
      method: 'PATCH',
      headers: await editorAuthorization(),
      body: JSON.stringify({ lead: promise }),
    })
    expect(saved.status).toBe(200)
    const page = await signIn('editor@example.com')
    const filtered = `${baseUrl}/admin/collections/episodes?locale=ja&where[or][0][and][0][claimsReview.errors][greater_than]=0`
    await page.goto(filtered)
    const rows = page.locator('.table tbody tr')
    // The demo content has no error findings: the episode with the promise is the only one listed.
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1)
    expect(await rows.first().textContent()).toContain(episode.title.ja)

    // The filter as an editor builds it: the field offered in the list's filter, its operator, a value.
    await page.goto(`${baseUrl}/admin/collections/episodes?locale=ja`)
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(1)
    await page.locator('.list-controls__toggle-where').click()
    await page.locator('.where-builder__add-first-filter').click()
    await page.locator('.condition__field .rs__control').click()
    await page
      .locator('.condition__field .rs__option', { hasText: /エラー|Errors/ })
      .first()
      .click()
    await page.locator('.condition__operator .rs__control').click()
    await page
      .locator('.condition__operator .rs__option', { hasText: /より大きい|greater than/i })
      .first()
      .click()
    await page.locator('.condition__value input').fill('0')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(1)
    expect(await rows.first().textContent()).toContain(episode.title.ja)
    expect(decodeURIComponent(page.url())).toContain('[claimsReview.errors][greater_than]=0')
    await page.close()
  })
})

/** The popup beside the Publish button: schedule publish, publish in one locale. */
async function openPublishMenu(page: Page): Promise<void> {
  await page.waitForSelector('#action-save', { timeout: 30_000 })
  const chevron = page.locator('#action-save ~ * .popup-button').first()
  await expect
    .poll(
      async () => {
        await chevron.click()
        return page
          .locator('.popup-button-list__button')
          .filter({ hasText: /Schedule Publish|スケジュール公開/ })
          .count()
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0)
}

describe('scheduling in the admin', () => {
  it('lets an editor schedule a publication, in Japan time, and lists it until it is cancelled', async () => {
    const id = await episodeIdBySlug(episodes[2]!.slug)
    const page = await signIn('editor@example.com')
    await page.goto(`${baseUrl}/admin/collections/episodes/${id}?locale=ja`)
    await openPublishMenu(page)
    await page
      .locator('.popup-button-list__button')
      .filter({ hasText: /Schedule Publish|スケジュール公開/ })
      .first()
      .click()
    const drawer = page
      .locator('[class*=drawer]')
      .filter({ has: page.locator('[id$="-type-publish"]') })
      .last()
    await drawer.locator('[id$="-type-publish"]').check({ force: true })
    // A day in the next month from the calendar, then the first time offered: no typed date format.
    await drawer.locator('input[type=text]:not(.rs__input)').first().click()
    await page.locator('.react-datepicker__navigation--next').first().click()
    await page.locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)').first().click()
    await page.locator('.react-datepicker__time-list-item').first().click()
    await expect.poll(() => drawer.textContent()).toContain('Tokyo')
    // A click beside the calendar closes it, as an editor's would: a month with six weeks (January
    // 2027) is tall enough to cover the Save button while it is open.
    await drawer.locator('h2, h3').first().click()
    await expect.poll(() => page.locator('.react-datepicker__month').count()).toBe(0)
    await drawer.getByRole('button', { name: /^(Save|保存)$/ }).click()

    const upcoming = drawer.locator('table tbody tr')
    await expect.poll(() => upcoming.count(), { timeout: 30_000 }).toBe(1)
    expect(await upcoming.first().textContent()).toMatch(/Asia\/Tokyo|Tokyo/)

    // The drawer reads the list again from the jobs after a delete. It has now and then kept the
    // row after the first click on its delete button (2 of 6 full e2e runs here; the cause is not
    // found, in Payload's drawer): an editor would click again, and so does this test, every 3 s.
    const deleteButton = upcoming.first().locator('button').last()
    await expect
      .poll(
        async () => {
          if ((await upcoming.count()) > 0) await deleteButton.click({ timeout: 2_000 }).catch(() => undefined)
          return upcoming.count()
        },
        { timeout: 30_000, interval: 3_000 },
      )
      .toBe(0)
    await page.close()
  })
})

describe('versions in the admin', () => {
  it('shows what a publication changed, and restores the version before it', async () => {
    // Not an episode whose draft other tests here autosave: its last version is its publication.
    const episode = episodes[2]!
    const id = await episodeIdBySlug(episode.slug)
    const publicTitle = async () => {
      const html = await (await fetch(`${baseUrl}${episodePath('ja', episode.slug)}`)).text()
      return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]
    }
    const publishedTitle = (await publicTitle())!
    const changedTitle = '履歴から元に戻す題名'
    const saved = await fetch(`${baseUrl}/api/episodes/${id}?locale=ja`, {
      method: 'PATCH',
      headers: await editorAuthorization(),
      body: JSON.stringify({ title: changedTitle, _status: 'published' }),
    })
    expect(saved.status).toBe(200)
    expect(await publicTitle()).toBe(changedTitle)

    const page = await signIn('editor@example.com')
    await page.goto(`${baseUrl}/admin/collections/episodes/${id}/versions`)
    const versionLinks = page.locator(`a[href*="/admin/collections/episodes/${id}/versions/"]`)
    await expect.poll(() => versionLinks.count(), { timeout: 30_000 }).toBeGreaterThan(1)
    const [latest, previous] = await versionLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!),
    )

    // The newest version, compared with the one before it: both titles side by side.
    await page.goto(`${baseUrl}${latest}`)
    const comparison = page.locator('main, .template-default__wrap').first()
    await expect.poll(() => comparison.innerText(), { timeout: 30_000 }).toContain(publishedTitle)
    expect(await comparison.innerText()).toContain(changedTitle)

    await page.goto(`${baseUrl}${previous}`)
    await page.getByRole('button', { name: /Restore this version|このバージョンを復元/ }).click()
    await page.getByRole('button', { name: /^(Confirm|実行)$/ }).click()
    await expect.poll(publicTitle, { timeout: 30_000 }).toBe(publishedTitle)
    await page.close()
  })
})
