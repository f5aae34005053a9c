/**
 * The nginx micro-cache of docker-compose (deploy/nginx/column.conf) in front of the production
 * build: reader pages come from its cache for a second and are refreshed in the background;
 * signed-in editors, draft mode, the admin and the API always reach the app and are never stored.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { episodes } from '@/tooling/seed/content'
import { episodePath, homePath, podcastFeedPath, searchPath } from '@/lib/i18n/paths'

import { scriptNonce } from '../helpers/content-security-policy'
import { ensureNginx, startNginx, type RunningNginx } from '../../tooling/server/nginx'
import { buildDirectory } from '../../tooling/server/production-server'

const app = inject('baseUrl')
const episodePage = episodePath('ja', episodes[0]!.slug)
const publicReaderPage = 'public, s-maxage=1, stale-while-revalidate=59'
// Next's draft-mode cookie holds the build's preview id.
const draftModeCookie = `__prerender_bypass=${JSON.parse(readFileSync(path.join(buildDirectory, 'prerender-manifest.json'), 'utf8')).preview.previewModeId}`
const signedInCookie = 'payload-token=any-session'

let nginx: RunningNginx

beforeAll(async () => {
  ensureNginx()
  nginx = await startNginx(app)
})

afterAll(() => nginx?.stop())

/** A path nobody has asked for yet in this run, so the cache starts empty for it. */
function freshSearchPath(): string {
  return `${searchPath('ja')}?q=${encodeURIComponent(`幹細胞 ${crypto.randomUUID()}`)}`
}

async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' })
  await response.arrayBuffer()
  return {
    status: response.status,
    cache: response.headers.get('x-cache-status'),
    cacheControl: response.headers.get('cache-control'),
    contentEncoding: response.headers.get('content-encoding'),
  }
}

describe('the app’s cache headers', () => {
  it('let a shared cache keep a reader page for a second and serve it stale for a minute', async () => {
    expect((await get(app, episodePage)).cacheControl).toBe(publicReaderPage)
    expect((await get(app, homePath('en'))).cacheControl).toBe(publicReaderPage)
  })

  it('keep pages for a signed-in editor and in draft mode out of shared caches', async () => {
    expect((await get(app, episodePage, { cookie: signedInCookie })).cacheControl).toBe('private, no-store')
    // Next itself answers draft mode with no-store, over the header of next.config.ts.
    expect((await get(app, episodePage, { cookie: draftModeCookie })).cacheControl).toMatch(/^private, .*no-store/)
  })
})

describe('nginx in front of the app', () => {
  it('serves a reader page from the app once, then from its cache', async () => {
    const path = freshSearchPath()
    const first = await get(nginx.url, path)
    expect(first).toMatchObject({ status: 200, cache: 'MISS', cacheControl: publicReaderPage })
    expect((await get(nginx.url, path)).cache).toBe('HIT')
  })

  it('serves a page past its second at once and refreshes it in the background', async () => {
    const path = freshSearchPath()
    expect((await get(nginx.url, path)).cache).toBe('MISS')
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect((await get(nginx.url, path)).cache).toBe('STALE')
    await expect.poll(async () => (await get(nginx.url, path)).cache, { timeout: 5_000 }).toBe('HIT')
  })

  it('lets a signed-in editor through to the app and does not store what they saw', async () => {
    const path = freshSearchPath()
    expect((await get(nginx.url, path, { cookie: `theme=dark; ${signedInCookie}` })).cache).toBe('BYPASS')
    expect((await get(nginx.url, path)).cache).toBe('MISS')
  })

  it('lets draft mode through to the app and does not store the draft', async () => {
    const path = freshSearchPath()
    const draft = await get(nginx.url, path, { cookie: draftModeCookie })
    expect(draft.cache).toBe('BYPASS')
    expect(draft.cacheControl).toMatch(/no-store/)
    expect((await get(nginx.url, path)).cache).toBe('MISS')
  })

  it('never stores the admin or the API', async () => {
    for (const path of ['/admin', '/api/health', '/api/episodes?limit=1']) {
      await get(nginx.url, path)
      expect((await get(nginx.url, path)).cache, path).toBeNull()
    }
  })

  it('serves a stored page with the policy whose nonce its scripts carry, headers passed through', async () => {
    const path = freshSearchPath()
    await get(nginx.url, path)
    const stored = await fetch(`${nginx.url}${path}`)
    expect(stored.headers.get('x-cache-status')).toBe('HIT')
    const nonce = scriptNonce(stored.headers.get('content-security-policy'))
    expect(nonce).toBeDefined()
    const scriptNonces = [...(await stored.text()).matchAll(/<script\b[^>]*\bnonce="([^"]*)"/g)].map(
      ([, value]) => value,
    )
    expect(scriptNonces.length).toBeGreaterThan(0)
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]))
    expect(stored.headers.get('x-content-type-options')).toBe('nosniff')
    expect(stored.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('names no version of itself, on what it passes on and on its own error pages', async () => {
    for (const path of ['/ja', '/api/health', '/api/media/file/no-such-file.png']) {
      const response = await fetch(`${nginx.url}${path}`)
      expect(response.headers.get('server'), path).toBe('nginx')
      expect(await response.text(), path).not.toMatch(/nginx\/\d/)
    }
  })

  it('keeps the content-hashed build files, and compresses what it sends', async () => {
    const html = await (await fetch(`${nginx.url}/ja`)).text()
    const asset = html.match(/\/_next\/static\/[^"']+\.js/)?.[0]
    expect(asset).toBeDefined()
    const gzip = { 'accept-encoding': 'gzip' }
    await get(nginx.url, asset!, gzip)
    const again = await get(nginx.url, asset!, gzip)
    expect(again).toMatchObject({ cache: 'HIT', contentEncoding: 'gzip' })
    expect(again.cacheControl).toContain('immutable')
  })
})

describe('nginx serving uploaded files', () => {
  it('answers HEAD and byte ranges for podcast audio with its length, as podcast directories ask', async () => {
    const feed = await (await fetch(`${nginx.url}${podcastFeedPath('ja')}`)).text()
    const enclosure = /<enclosure url="([^"]+)" length="(\d+)" type="([^"]+)"/.exec(feed)
    expect(enclosure).not.toBeNull()
    const [, url, length, type] = enclosure!
    const audioPath = new URL(url!).pathname
    expect(audioPath).toMatch(/^\/api\/media\/file\//)

    const head = await fetch(`${nginx.url}${audioPath}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(length)
    expect(head.headers.get('content-type')).toBe(type)
    expect(head.headers.get('accept-ranges')).toBe('bytes')

    const firstByte = await fetch(`${nginx.url}${audioPath}`, { headers: { range: 'bytes=0-0' } })
    expect(firstByte.status).toBe(206)
    expect(firstByte.headers.get('content-range')).toBe(`bytes 0-0/${length}`)
  })
})
