/** The podcast channel names an owner for directories' ownership checks only when one is configured. */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { podcastRss, type PodcastChannel } from '@/lib/feeds/podcast-rss'

const channel: PodcastChannel = {
  title: 'コラムのポッドキャスト',
  description: '一般的な情報です。',
  language: 'ja',
  link: 'https://column.example.jp/ja',
  selfUrl: 'https://column.example.jp/ja/podcast.xml',
  imageUrl: 'https://column.example.jp/podcast-cover.png',
  author: '再生医療を知るコラム',
  copyright: '再生医療を知るコラム',
  guid: '5a5f2b8e-0000-5000-8000-000000000000',
}

const parsedChannel = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel

describe('the podcast channel owner', () => {
  it('is the organisation and the configured address', () => {
    const parsed = parsedChannel(podcastRss({ ...channel, ownerEmail: 'podcast@column.example.jp' }, []))
    expect(parsed['itunes:owner']).toEqual({
      'itunes:name': channel.author,
      'itunes:email': 'podcast@column.example.jp',
    })
  })

  it('is left out when no address is configured, rather than invented', () => {
    expect(parsedChannel(podcastRss(channel, []))['itunes:owner']).toBeUndefined()
  })
})
