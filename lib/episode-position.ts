/** An episode's place in its series as readers see it: "第2回(全10回)", "Episode 2 of 10". */
import type { Locale } from '@/lib/i18n/locales'
import { fill, getMessages } from '@/lib/i18n/messages'

/** Without a planned total (no series), only the number: "第2回", "Episode 2". */
export function episodePosition(locale: Locale, episodeNumber: number, plannedEpisodeCount?: number | null): string {
  const messages = getMessages(locale).episode
  return plannedEpisodeCount
    ? fill(messages.position, { number: episodeNumber, total: plannedEpisodeCount })
    : fill(messages.positionWithoutTotal, { number: episodeNumber })
}
