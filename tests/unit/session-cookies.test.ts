import { describe, expect, it } from 'vitest'

import { generatePayloadCookie } from 'payload/shared'

import { sessionCookieOptions } from '@/lib/accounts/session-cookies'

/** The Set-Cookie header Payload writes on login with these options. */
function setCookieFor(siteUrl: string): string {
  const cookies = sessionCookieOptions(siteUrl)
  return generatePayloadCookie({
    collectionAuthConfig: { cookies, tokenExpiration: 7200 } as never,
    cookiePrefix: 'payload',
    token: 'a-token',
  }) as string
}

describe('the session cookie', () => {
  it('is Secure when the site is served over https, and SameSite=Lax', () => {
    expect(sessionCookieOptions('https://column.example.jp')).toEqual({ secure: true, sameSite: 'Lax' })
    const header = setCookieFor('https://column.example.jp')
    expect(header).toMatch(/; Secure/)
    expect(header).toMatch(/; SameSite=Lax/)
    expect(header).toMatch(/; HttpOnly/)
  })

  it('is not Secure on plain http (development, tests), where a browser would drop it', () => {
    expect(sessionCookieOptions('http://localhost:3000')).toEqual({ secure: false, sameSite: 'Lax' })
    const header = setCookieFor('http://localhost:3000')
    expect(header).not.toMatch(/Secure/)
    expect(header).toMatch(/; SameSite=Lax/)
  })
})
