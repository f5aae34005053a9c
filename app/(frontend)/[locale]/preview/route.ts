import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { readerPayload } from '@/lib/content/payload-client'
import { isLocale } from '@/lib/i18n/locales'
import { localePath } from '@/lib/i18n/paths'
import { isPreviewSecret, isSitePath } from '@/lib/preview/preview-link'

/** Turns on draft mode for a signed-in staff member holding the preview secret, then opens the page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const path = request.nextUrl.searchParams.get('path')
  if (!isLocale(locale) || !isSitePath(path)) return new Response('Preview: unknown page.', { status: 400 })
  if (!isPreviewSecret(request.nextUrl.searchParams.get('secret'))) {
    return new Response('Preview: the link is not valid.', { status: 403 })
  }
  const payload = await readerPayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Preview: sign in to the admin first.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(localePath(locale, path))
}
