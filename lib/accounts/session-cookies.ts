/**
 * The attributes of Payload's session cookie (`payload-token`): Secure whenever the site is served
 * over https (SITE_URL), so the token never travels in clear; SameSite=Lax, so other sites cannot
 * make a signed-in editor's browser send it with their forms (CSRF), while links into the admin
 * from an e-mail still arrive signed in.
 */
export function sessionCookieOptions(siteUrl: string): { secure: boolean; sameSite: 'Lax' } {
  return { secure: new URL(siteUrl).protocol === 'https:', sameSite: 'Lax' }
}
