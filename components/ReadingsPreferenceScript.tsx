import { headers } from 'next/headers'

import { readingsPreferenceScript } from '@/lib/glossary/readings-preference'
import { scriptNonceOf } from '@/lib/security/content-security-policy'

/**
 * Applies the reader's choice of readings before the page is drawn (lib/glossary/readings-preference.ts).
 * Inline scripts run only with the request's nonce (lib/security/content-security-policy.ts), so
 * this one carries it like Next's own; every reader page is rendered per request for that reason.
 */
export async function ReadingsPreferenceScript() {
  const nonce = scriptNonceOf((await headers()).get('Content-Security-Policy'))
  // The browser hides a nonce from the DOM once it has read it, so the client sees none: expected.
  return (
    <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: readingsPreferenceScript }} />
  )
}
