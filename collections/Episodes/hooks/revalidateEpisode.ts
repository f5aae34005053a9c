import { revalidationHooks, slugTags } from '@/plugins/cache-revalidation'
import { cacheTags } from '@/lib/cache/tags'

/**
 * An episode's own page, and every list it appears in: home, its series, its categories, and
 * the previous/next links and related lists of other episodes.
 */
export const revalidateEpisode = revalidationHooks((doc, previous) => [
  cacheTags.episodes,
  ...slugTags(cacheTags.episode, doc, previous),
])
