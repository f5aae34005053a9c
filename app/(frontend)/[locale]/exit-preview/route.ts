import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import type { NextRequest } from 'next/server'

import { defaultLocale, isLocale } from '@/lib/i18n/locales'
import { localePath, pagePath } from '@/lib/i18n/paths'
import { isSitePath } from '@/lib/preview/preview-link'

/** Leaves draft mode and returns to the published page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const path = request.nextUrl.searchParams.get('path')
  ;(await draftMode()).disable()
  redirect(localePath(isLocale(locale) ? locale : defaultLocale, isSitePath(path) ? path : pagePath.home))
}
