/** An episode's share card: "第2回(全10回)", its title and the site name. */
import { isLocale } from '@/lib/i18n/locales'
import { episodeCard, siteCard } from '@/lib/seo/share-cards'
import { episodeShareImage, shareImageContentType, shareImageSize, siteShareImage } from '@/lib/seo/share-image'

export const size = shareImageSize
export const contentType = shareImageContentType

// The episode comes through the cached data layer: publishing it revalidates the tags the card was drawn from.
export { buildOnFirstRequest as generateStaticParams } from '@/lib/cache/build-on-first-request'

export default async function EpisodeShareImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  const card = await episodeCard(locale, slug)
  // Not published in this locale (or not at all): the site's card, never a draft's title.
  return card ? episodeShareImage(card) : siteShareImage(siteCard(locale))
}
