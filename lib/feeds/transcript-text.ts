/**
 * An episode's transcript as plain text, for the podcast feed's `<podcast:transcript>`: podcast
 * apps fetch it as a file. It opens with the episode's title and ends with the non-medical
 * disclaimer, as every page does. Published episodes only (the cached reader query).
 */
import { getEpisode } from '@/lib/content/episodes'
import type { Locale } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

export async function transcriptText(locale: Locale, slug: string): Promise<string | null> {
  const episode = await getEpisode(locale, slug)
  const transcript = episode?.podcast?.transcript?.trim()
  if (!episode || !transcript) return null
  return `${episode.title}\n\n${transcript}\n\n${getMessages(locale).disclaimer.builtIn}\n`
}
