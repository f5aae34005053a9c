/** The site's share card (name and tagline), for every reader page without a card of its own. */
import { isLocale, locales } from '@/lib/i18n/locales'
import { siteCard } from '@/lib/seo/share-cards'
import { shareImageContentType, shareImageSize, siteShareImage } from '@/lib/seo/share-image'

export const size = shareImageSize
export const contentType = shareImageContentType

// It reads no content, so `next build` draws both locales' cards once.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}
export const dynamicParams = false

export default async function SiteShareImage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  return siteShareImage(siteCard(locale))
}
