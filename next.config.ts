import path from 'node:path'
import type { NextConfig } from 'next'
import { withPayload } from '@payloadcms/next/withPayload'

import { responsiveWidths } from './lib/media/image-sizes'
import { everyResponseHeaders, resourceHeaders, resourcePaths } from './lib/security/response-headers'

// Reader pages, for a CDN or the nginx in deploy/nginx: fresh for one second, then served stale
// for up to a minute while one request fetches a new copy. Next's own cache is revalidated by tag
// on publish, so the proxy needs no purge. Next keeps a Cache-Control set here, on pages rendered
// per request too, except in draft mode and on errors, where it forces `private, no-cache, no-store`.
const readerPages = '/:locale(ja|en)/:path*'
const publicReaderPage = 'public, s-maxage=1, stale-while-revalidate=59'
const neverShared = 'private, no-store'
// A signed-in Payload user (admin session) and Next's draft mode: never in a shared cache.
const privateCookies = ['payload-token', '__prerender_bypass'] as const

// `npm run bench` builds into a directory of its own, with one extra page prerendered as its
// reference (app/(frontend)/[locale]/bench-reference/page.bench.tsx); other builds never see it.
const benchmarkBuild = process.env.COLUMN_BENCH_BUILD === '1'
// Two checkouts' worth of builds side by side (a second test run while the first one's build is
// in use): COLUMN_DIST_DIR names the directory `next build` writes and `next start` reads.
export const distDir = process.env.COLUMN_DIST_DIR ?? (benchmarkBuild ? '.next-bench' : '.next')

const nextConfig: NextConfig = {
  distDir,
  pageExtensions: benchmarkBuild ? ['bench.tsx', 'tsx', 'ts'] : ['tsx', 'ts'],
  // The Dockerfile asks for a self-contained server in .next/standalone; `npm start` uses the
  // regular build, which `next start` requires.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  reactStrictMode: true,
  // No `X-Powered-By: Next.js, Payload` (withPayload adds one unless this is false).
  poweredByHeader: false,
  // Pages, feeds, share images and the data cache live in the store of cache-handler.mjs: Redis
  // shared by every instance with REDIS_URL, else this process's memory, measured in bytes
  // (CACHE_MEMORY_MB), in place of Next's own 50 MB memory cache (0 here), which a catalogue of a
  // few hundred episodes thrashes. Nothing is flushed to disk: a restart, or a server started on
  // another database (tests, the benchmark), begins empty instead of serving what other data gave.
  cacheHandler: path.resolve(process.cwd(), 'cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // next/image lists exactly the widths Payload makes of an upload (lib/media/image-sizes.ts):
  // our images have their own loader, which names Payload's file of that width
  // (components/HeroImage.tsx), so each srcset candidate is described by its true width.
  images: { deviceSizes: Object.values(responsiveWidths), imageSizes: [] },
  // globalNotFound: paths that match no route get app/global-not-found.tsx, drawn on the server.
  experimental: { isrFlushToDisk: false, globalNotFound: true },
  async rewrites() {
    return {
      // The sitemap's parts (lib/seo/sitemap-xml.ts) are served by the sitemap's route, which has
      // the optional segment for them: /sitemap-3.xml is /sitemap.xml/3.
      beforeFiles: [{ source: '/sitemap-:part(\\d+).xml', destination: '/sitemap.xml/:part' }],
      afterFiles: [],
      fallback: [],
    }
  },
  async headers() {
    return [
      // Security headers that are the same everywhere; pages get their CSP and HSTS in proxy.ts.
      { source: '/:path*', headers: everyResponseHeaders },
      ...resourcePaths.map((source) => ({ source, headers: resourceHeaders })),
      {
        source: readerPages,
        missing: privateCookies.map((key) => ({ type: 'cookie' as const, key })),
        headers: [{ key: 'Cache-Control', value: publicReaderPage }],
      },
      ...privateCookies.map((key) => ({
        source: readerPages,
        has: [{ type: 'cookie' as const, key }],
        headers: [{ key: 'Cache-Control', value: neverShared }],
      })),
      // The draft-preview entry and exit set or clear cookies: later rules win.
      {
        source: '/:locale(ja|en)/:route(preview|exit-preview)',
        headers: [{ key: 'Cache-Control', value: neverShared }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
