// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { EpisodeNav } from '@/components/EpisodeNav'
import type { EpisodeSummary } from '@/lib/content/episodes'
import { getMessages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/locales'

afterEach(cleanup)

function labelsFor(locale: Locale) {
  const { episode } = getMessages(locale)
  return {
    label: episode.seriesNav,
    previous: episode.previous,
    next: episode.next,
    comingNext: episode.comingNext,
    comingNextPosition: episode.comingNextPosition,
  }
}

const first: EpisodeSummary = {
  id: 1,
  slug: 'first',
  title: '第一回の題',
  episodeNumber: 1,
  lead: '',
  publishedAt: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
}
const third: EpisodeSummary = {
  id: 3,
  slug: 'third',
  title: '第三回の題',
  episodeNumber: 3,
  lead: '',
  publishedAt: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
}
// 09:00 in Tokyo on 2 December 2026.
const scheduled = { episodeNumber: 3, publishAt: '2026-12-02T00:00:00.000Z' }

describe('the previous and next episode navigation', () => {
  it('links the previous and next episodes by their titles, with rel attributes', () => {
    render(<EpisodeNav locale="ja" previous={first} next={third} labels={labelsFor('ja')} />)
    const nav = screen.getByRole('navigation', { name: '前後の記事' })
    const previous = screen.getByRole('link', { name: /第一回の題/ })
    const next = screen.getByRole('link', { name: /第三回の題/ })
    expect(previous.getAttribute('rel')).toBe('prev')
    expect(previous.getAttribute('href')).toBe('/ja/episodes/first')
    expect(previous.textContent).toBe('前の記事第一回の題')
    expect(next.getAttribute('rel')).toBe('next')
    expect(next.getAttribute('href')).toBe('/ja/episodes/third')
    expect(nav.textContent).not.toContain('次回予告')
  })

  it('renders nothing when there is neither a previous nor a next episode', () => {
    const { container } = render(<EpisodeNav locale="en" labels={labelsFor('en')} />)
    expect(container.innerHTML).toBe('')
  })

  it('shows a scheduled next episode by number and date only, not as a link', () => {
    render(<EpisodeNav locale="en" previous={first} comingNext={scheduled} labels={labelsFor('en')} />)
    const nav = screen.getByRole('navigation', { name: 'Previous and next' })
    expect(screen.getAllByRole('link')).toHaveLength(1)
    expect(nav.querySelector('[rel="next"]')).toBeNull()
    expect(nav.querySelector('.episode-nav-coming')?.textContent).toBe('Coming nextEpisode 3 · 2 December 2026')
  })

  it('shows a scheduled next episode in Japanese with the Japanese date', () => {
    render(<EpisodeNav locale="ja" comingNext={scheduled} labels={labelsFor('ja')} />)
    const nav = screen.getByRole('navigation', { name: '前後の記事' })
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(nav.textContent).toBe('次回予告第3回・2026年12月2日')
  })

  it('prefers a published next episode to a scheduled one', () => {
    render(<EpisodeNav locale="ja" next={third} comingNext={scheduled} labels={labelsFor('ja')} />)
    expect(screen.getByRole('link', { name: /第三回の題/ }).getAttribute('rel')).toBe('next')
    expect(screen.getByRole('navigation').textContent).not.toContain('次回予告')
  })
})
