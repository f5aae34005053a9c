/**
 * The bench acting as the seeded admin over REST: publishing edits, and turning on Next.js draft
 * mode the way the admin's Preview button does, to get the page rendered on every request.
 */
import type { Locale } from '../../lib/i18n/locales'

export interface Credentials {
  email: string
  password: string
}

export interface AdminSession {
  baseUrl: string
  token: string
}

type Collection = 'episodes' | 'glossary-terms'

async function call(session: AdminSession, path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${session.baseUrl}${path}`, {
    ...init,
    headers: { Authorization: `JWT ${session.token}`, 'Content-Type': 'application/json', ...init.headers },
  })
  const body = await response.text()
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${body.slice(0, 300)}`)
  return JSON.parse(body)
}

export async function signIn(baseUrl: string, credentials: Credentials): Promise<AdminSession> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!response.ok) throw new Error(`Signing in as ${credentials.email} answered ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return { baseUrl, token }
}

export async function findIdBySlug(session: AdminSession, collection: Collection, slug: string): Promise<number> {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, locale: 'ja', depth: '0' })
  const { docs } = (await call(session, `/api/${collection}?${query}`)) as { docs: { id: number }[] }
  if (!docs[0]) throw new Error(`No ${collection} document with slug ${slug}`)
  return docs[0].id
}

/** Saves and publishes the Japanese version, as an editor pressing Publish in the Japanese editor. */
export async function publishJapanese(
  session: AdminSession,
  collection: Collection,
  id: number,
  data: Record<string, unknown>,
): Promise<void> {
  await call(session, `/api/${collection}/${id}?locale=ja`, {
    method: 'PATCH',
    body: JSON.stringify({ ...data, _status: 'published' }),
  })
}

/**
 * The request headers of a browser in draft mode, signed in to the admin. The preview route checks
 * the secret and the admin's cookie, then sets Next's `__prerender_bypass` cookie. Payload takes
 * the admin's cookie only from a same-site request (its CSRF check reads Sec-Fetch-Site when
 * there is no Origin), so the headers say so, as the browser does.
 */
export async function draftModeHeaders(
  session: AdminSession,
  previewSecret: string,
  locale: Locale,
  path: string,
): Promise<Record<string, string>> {
  const signedIn = { Cookie: `payload-token=${session.token}`, 'Sec-Fetch-Site': 'same-origin' }
  const query = new URLSearchParams({ path, secret: previewSecret })
  const response = await fetch(`${session.baseUrl}/${locale}/preview?${query}`, {
    redirect: 'manual',
    headers: signedIn,
  })
  const bypass = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__prerender_bypass='))
  if (!bypass) {
    const reason = (await response.text()).slice(0, 200)
    throw new Error(`The preview route answered ${response.status} without turning on draft mode: ${reason}`)
  }
  return { ...signedIn, Cookie: `${signedIn.Cookie}; ${bypass.split(';')[0]}` }
}
