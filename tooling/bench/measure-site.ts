/**
 * What `npm run bench` measures on a running, seeded server, in this order: the episode page in
 * each locale as readers get it from `next start` (rendered for each request, for its CSP nonce,
 * from the data cache), a page of about the same size in the same layout that reads no content
 * (the reference the episode page is held to), the same episode page uncached (draft mode reads
 * the database on every request), a static file, the page through the nginx micro-cache of
 * docker-compose, then publish-to-live, last because its edits change the pages.
 */
import { parseEnv } from '../../lib/env-schema'
import { locales, type Locale } from '../../lib/i18n/locales'
import { getMessages } from '../../lib/i18n/messages'
import { episodes } from '../seed/content'
import { ensureNginx, startNginx } from '../server/nginx'
import type { ProductionServer } from '../server/production-server'

import {
  draftModeHeaders,
  findIdBySlug,
  publishJapanese,
  signIn,
  type AdminSession,
  type Credentials,
} from './admin-session'
import { measureLoad, type LoadFigures, type LoadScenario } from './load'
import type { BenchOptions } from './options'
import { checkPage, firstLinkedGlossarySlug, staticAssetPath } from './pages'
import { timePublishToLive, type PublishEdit, type PublishTimings } from './publish-to-live'

/** The series' first episode: published in both locales, and its text links glossary terms. */
const episode = episodes[0]!
const progress = (line: string) => process.stderr.write(`${line}\n`)
/** The heading of app/(frontend)/[locale]/bench-reference/page.bench.tsx. */
const REFERENCE_HEADING = 'Benchmark reference'

/** What a scenario loads, so that the report can set cached against uncached per locale. */
export interface ScenarioKind {
  kind: 'reader page' | 'reference page' | 'uncached page' | 'static file' | 'reader page via nginx'
  locale?: Locale
  caching: string
}

type PlannedScenario = LoadScenario & ScenarioKind

/** Every page checked before any load, so a wrong page stops the bench instead of being measured. */
async function planScenarios(
  server: ProductionServer,
  session: AdminSession,
  proxyUrl: string,
): Promise<PlannedScenario[]> {
  const previewSecret = parseEnv(server.env).previewSecret
  const draftMode = await draftModeHeaders(session, previewSecret, 'ja', `/episodes/${episode.slug}`)
  const pageUrl = (locale: Locale, base = server.baseUrl) => `${base}/${locale}/episodes/${episode.slug}`
  const cached: PlannedScenario[] = []
  const uncached: PlannedScenario[] = []
  let assetPath = ''
  for (const locale of locales) {
    const page = await checkPage(pageUrl(locale), { contains: episode.title[locale] })
    assetPath ||= staticAssetPath(page.html)
    cached.push({
      name: `episode page (${locale})`,
      kind: 'reader page',
      locale,
      url: page.url,
      caching: page.caching,
    })
    const reference = await checkPage(`${server.baseUrl}/${locale}/bench-reference`, { contains: REFERENCE_HEADING })
    cached.push({
      name: `reference page (${locale})`,
      kind: 'reference page',
      locale,
      url: reference.url,
      caching: reference.caching,
    })
    const banner = getMessages(locale).preview.banner
    const draft = await checkPage(pageUrl(locale), { contains: banner, headers: draftMode })
    uncached.push({
      name: `uncached, draft mode (${locale})`,
      kind: 'uncached page',
      locale,
      url: draft.url,
      headers: draftMode,
      caching: draft.caching,
    })
  }
  const asset = await checkPage(`${server.baseUrl}${assetPath}`)
  const file = `static file ${assetPath.split('/').pop()}`
  const proxied = await checkPage(pageUrl('ja', proxyUrl), { contains: episode.title.ja })
  return [
    ...cached,
    ...uncached,
    { name: file, kind: 'static file', url: asset.url, caching: asset.caching },
    {
      name: 'episode page via nginx (ja)',
      kind: 'reader page via nginx',
      locale: 'ja',
      url: proxied.url,
      caching: proxied.caching,
    },
  ]
}

async function publishEdits(server: ProductionServer, session: AdminSession): Promise<PublishEdit[]> {
  const pageUrl = `${server.baseUrl}/ja/episodes/${episode.slug}`
  const episodeId = await findIdBySlug(session, 'episodes', episode.slug)
  const termSlug = firstLinkedGlossarySlug((await checkPage(pageUrl)).html)
  const termId = await findIdBySlug(session, 'glossary-terms', termSlug)
  return [
    {
      name: 'episode title (ja)',
      pageUrl,
      publish: (marker) => publishJapanese(session, 'episodes', episodeId, { title: `${episode.title.ja} ${marker}` }),
    },
    {
      name: `glossary tooltip "${termSlug}" (ja)`,
      pageUrl,
      publish: (marker) =>
        publishJapanese(session, 'glossary-terms', termId, {
          shortDefinition: `ベンチマークで書き換えた説明 ${marker}`,
        }),
    },
  ]
}

export interface SiteMeasurements {
  pagePath: string
  /** Load figures in scenario order. */
  load: (LoadFigures & ScenarioKind)[]
  publishToLive: PublishTimings[]
}

export async function measureSite(
  server: ProductionServer,
  admin: Credentials,
  options: BenchOptions,
  signal: AbortSignal,
): Promise<SiteMeasurements> {
  const session = await signIn(server.baseUrl, admin)
  const load = []
  ensureNginx()
  const proxy = await startNginx(server.baseUrl)
  try {
    for (const scenario of await planScenarios(server, session, proxy.url)) {
      progress(`Loading ${scenario.name} for ${options.durationSeconds} s...`)
      const { kind, locale, caching } = scenario
      load.push({ ...(await measureLoad(scenario, options, signal)), kind, locale, caching })
    }
  } finally {
    await proxy.stop()
  }
  const publishToLive = []
  for (const edit of await publishEdits(server, session)) {
    progress(`Publishing ${options.edits} edits of the ${edit.name}...`)
    publishToLive.push(await timePublishToLive(edit, options.edits, signal))
  }
  return { pagePath: `/{ja,en}/episodes/${episode.slug}`, load, publishToLive }
}
