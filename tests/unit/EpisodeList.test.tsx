// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { Disclaimer } from '@/components/Disclaimer'
import { EpisodeList } from '@/components/EpisodeList'
import { richTextFromParagraphs } from '@/tooling/seed/rich-text'

afterEach(cleanup)

const labels = { position: (number: number) => `第${number}回`, coming: '準備中' }

describe('a series’ episode list', () => {
  it('links published episodes and shows the other planned numbers as coming', () => {
    render(
      <EpisodeList
        locale="ja"
        plannedCount={4}
        labels={labels}
        episodes={[
          {
            id: 1,
            slug: 'first',
            title: '第一回の題',
            episodeNumber: 1,
            lead: '',
            publishedAt: null,
            updatedAt: '2026-11-01T00:00:00.000Z',
          },
          {
            id: 3,
            slug: 'third',
            title: '第三回の題',
            episodeNumber: 3,
            lead: '',
            publishedAt: null,
            updatedAt: '2026-11-01T00:00:00.000Z',
          },
        ]}
      />,
    )
    const items = screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(items).toEqual(['第1回 第一回の題', '第2回 準備中', '第3回 第三回の題', '第4回 準備中'])
    expect(screen.getByRole('link', { name: '第三回の題' }).getAttribute('href')).toBe('/ja/episodes/third')
  })
})

describe('an episode card with a hero image', () => {
  const picture = {
    url: '/api/media/file/room.jpg',
    alt: '培養室',
    width: 1200,
    height: 800,
    candidates: [
      { url: '/api/media/file/room-400x267.webp', width: 400 },
      { url: '/api/media/file/room-800x533.webp', width: 800 },
      { url: '/api/media/file/room.jpg', width: 1200 },
    ],
  }
  const episode = {
    slug: 'with-picture',
    lead: '',
    publishedAt: null,
    updatedAt: '2026-11-01T00:00:00.000Z',
  }

  it('shows its picture, lazily and at the card’s size, and keeps the title as the link’s name', () => {
    render(
      <EpisodeList
        locale="ja"
        labels={labels}
        episodes={[
          { ...episode, id: 1, episodeNumber: 1, title: '写真のある回', heroImage: picture },
          { ...episode, id: 2, episodeNumber: 2, slug: 'without', title: '写真のない回' },
        ]}
      />,
    )
    const [withPicture, without] = screen.getAllByRole('listitem')
    const image = withPicture!.querySelector('img.episode-thumbnail')!
    expect(image.getAttribute('loading')).toBe('lazy')
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['1200', '800'])
    expect(image.getAttribute('srcset')).toContain('/api/media/file/room-400x267.webp')
    expect(screen.getByRole('link', { name: '写真のある回' })).toBeTruthy()
    expect(without!.querySelector('img')).toBeNull()
  })
})

describe('the site disclaimer from the CMS', () => {
  it('renders its rich text inside the labelled landmark', () => {
    render(
      <Disclaimer label="Before you read" text={richTextFromParagraphs(['Physicians decide.', 'General guidance.'])} />,
    )
    const landmark = screen.getByRole('complementary', { name: 'Before you read' })
    expect(landmark.querySelectorAll('p')).toHaveLength(2)
    expect(landmark.textContent).toContain('Physicians decide.')
  })
})
