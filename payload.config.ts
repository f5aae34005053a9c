import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Authors } from './collections/Authors'
import { Disclaimers } from './collections/Disclaimers'
import { Episodes } from './collections/Episodes'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Inquiries } from './collections/Inquiries'
import { deleteExpiredInquiriesTask } from './collections/Inquiries/retention-task'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Series } from './collections/Series'
import { TherapyCategories } from './collections/TherapyCategories'
import { Users } from './collections/Users'
import { Footer } from './globals/Footer'
import { Header } from './globals/Header'
import { SiteSettings } from './globals/SiteSettings'
import { keepFieldErrorsInAnswers } from './hooks/keepFieldErrorsInAnswers'
import { cacheTags } from './lib/cache/tags'
import { refusingDestructiveMigrationsInProduction } from './lib/database/destructive-migrations'
import { columnEmailAdapter } from './lib/email/email-adapter'
import { weeklyEditorsEmailTask } from './lib/editors-desk/weekly-email-task'
import { env } from './lib/env'
import { answerBadInputAs400, keepClientErrorMessages } from './lib/http/api-error-answers'
import { adminTranslations } from './lib/i18n/admin-translations'
import { defaultLocale, localeLabels, locales } from './lib/i18n/locales'
import { getMessages } from './lib/i18n/messages'
import { multipartLimits } from './lib/media/file-types'
import { cacheRevalidation, slugTags, type CacheRevalidationOptions } from './plugins/cache-revalidation'
import { claimsGuard } from './plugins/claims-guard'
import { consultationStaffSeeInquiriesOnly } from './plugins/consultation-staff-see-inquiries-only'
import { draftsForEditorsOnly } from './plugins/drafts-for-editors-only'
import { graphqlRespectsDocumentLocks } from './plugins/graphql-document-locks'
import { lastEditedBy } from './plugins/last-edited-by'
import { withLocaleAwareScheduledUnpublish } from './plugins/locale-aware-scheduled-unpublish'
import { mediaFollowsPublication } from './plugins/media-follows-publication'
import { mediaStorage } from './plugins/media-storage'
import { readReplicasForReaders } from './plugins/read-replicas'
import { refuseBadQueryParameters } from './plugins/refuse-bad-query-parameters'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The column's name, as readers see it. */
const siteNames = { ja: getMessages('ja').site.name, en: getMessages('en').site.name }

/** The reader site's cache tags (lib/cache/tags.ts) a published change makes stale. */
const staleAfterChange: CacheRevalidationOptions = {
  collections: {
    // An episode's own page, and every list it appears in: home, its series, its categories, and
    // the previous/next links and related lists of other episodes.
    episodes: (doc, previous) => [cacheTags.episodes, ...slugTags(cacheTags.episode, doc, previous)],
    // Series appear on the home page, their own pages and every episode's header.
    series: () => [cacheTags.series],
    // Categories appear on the home page, their own pages and the episodes that cite them.
    'therapy-categories': () => [cacheTags.categories],
    // The term's page, the index, and every episode body (terms are linked when a page is built).
    'glossary-terms': (doc, previous) => [cacheTags.glossary, ...slugTags(cacheTags.glossaryTerm, doc, previous)],
    // A page's own path; pages are linked from the navigation and calls to action of every page.
    pages: (doc, previous) => [cacheTags.pages, ...slugTags(cacheTags.page, doc, previous)],
    // Authors, and media (alt text, audio, hero images), are shown on the episodes that use them
    // and in lists of episodes (feed entries name the author, cards show the image).
    authors: () => [cacheTags.episodePages, cacheTags.episodes],
    media: () => [cacheTags.episodePages, cacheTags.episodes],
    // The site disclaimer is on every page; topic disclaimers on the episodes that carry them.
    // Before the collection's own hooks: succeedPreviousSiteDisclaimer saves other disclaimers.
    disclaimers: { tags: () => [cacheTags.disclaimers], beforeOwnHooks: true },
  },
  globals: {
    // Episodes without their own call to action show the default one.
    'site-settings': [cacheTags.siteSettings],
    // The header and footer are on every reader page, which reads them under this one tag.
    header: [cacheTags.navigation],
    footer: [cacheTags.navigation],
  },
}

const config = buildConfig({
  serverURL: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // The organisation's name and mark in the browser tab (Payload appends the suffix after a space),
    // instead of Payload's name, favicon and generated share image (admin pages are not shared).
    meta: {
      titleSuffix: `– ${siteNames.ja}`,
      description: `${siteNames.ja} (${siteNames.en}): 編集画面 / editors' admin`,
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/admin-icon.svg' }],
      openGraph: { siteName: siteNames.ja, description: `${siteNames.ja} (${siteNames.en})` },
      defaultOGImageType: 'off',
    },
    // Payload's own avatar: Gravatar would send a hash of each editor's e-mail to a third party,
    // and shows a broken image where there is no internet.
    avatar: 'default',
    components: {
      // Our own wordmark and mark instead of Payload's (how to replace them: docs/operations.md).
      graphics: {
        Logo: '@/components/admin/brand/Logo#Logo',
        Icon: '@/components/admin/brand/Icon#Icon',
      },
      // Each role's desk above Payload's collection cards: the lists of their work (lib/editors-desk/).
      beforeDashboard: ['@/components/admin/desk/Desk#Desk'],
      views: {
        // A message instead of the form in production, where `npm run create-admin` makes the first admin.
        createFirstUser: {
          Component: {
            path: '@/components/admin/FirstUser#FirstUser',
            serverProps: { closed: env.NODE_ENV === 'production' },
          },
        },
      },
    },
    // Editors schedule publications in Japan time unless they pick another zone.
    timezones: { defaultTimezone: 'Asia/Tokyo' },
    // Sizes offered in the Live Preview pane of episodes, glossary terms and categories.
    livePreview: {
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
    },
  },
  collections: [
    Episodes,
    Series,
    TherapyCategories,
    Authors,
    Media,
    GlossaryTerms,
    Pages,
    Inquiries,
    Disclaimers,
    Users,
  ],
  // SMTP when SMTP_URL is set, otherwise the server's log (lib/email/).
  email: columnEmailAdapter(env),
  globals: [SiteSettings, Header, Footer],
  editor: lexicalEditor(),
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { ja, en },
    fallbackLanguage: 'ja',
    translations: adminTranslations,
  },
  // Per-locale publication status: Japanese is usually published before English.
  experimental: { localizeStatus: true },
  // migrate:down, reset, refresh and fresh refuse under NODE_ENV=production without --force.
  db: refusingDestructiveMigrationsInProduction(
    postgresAdapter({
      // A bounded wait, so that a page whose database is down falls back instead of hanging.
      pool: { connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 },
      // Read replicas, for the reader pages only (plugins/read-replicas.ts).
      readReplicas: env.databaseReplicaUrls.length > 0 ? env.databaseReplicaUrls : undefined,
      // Schema changes go through committed migrations only: push would prompt and hang CI,
      // and a database shaped by push cannot be reproduced from the repository.
      push: false,
      migrationDir: path.resolve(dirname, 'migrations'),
      prodMigrations: migrations,
    }),
    { production: env.NODE_ENV === 'production' },
  ),
  jobs: {
    // Scheduled publish and unpublish are jobs; the app process runs due ones every minute
    // (JOBS_AUTORUN_CRON), so no external cron is needed, through a runner of its own rather than
    // Payload's autoRun, so that several instances run each job once (lib/server/job-runner.ts).
    // The same runner queues the daily deletion of inquiries past their retention period, and the
    // editors' weekly e-mail (Mondays, 09:00 in Japan).
    tasks: [deleteExpiredInquiriesTask, weeklyEditorsEmailTask],
  },
  sharp,
  // Multipart bodies (uploads): see lib/media/file-types.ts for the limits and why files are cut, not refused, here.
  upload: multipartLimits,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  logger: { options: { level: env.LOG_LEVEL } },
  // A mistyped password or a refused disclaimer change is routine, not an incident. Payload types
  // the keys as its own error names; it looks up any error's name at run time.
  loggingLevels: {
    AuthenticationError: 'info',
    LockedAuth: 'info',
    NotFound: 'info',
    ...({
      SiteDisclaimerRuleError: 'info',
      ClaimsRefusedError: 'info',
      FirstUserByCommandLineError: 'info',
      PasswordResetUnavailableError: 'info',
      TooManyRequestsError: 'info',
      PublishedOnlyLocaleError: 'info',
      UploadRefusedError: 'info',
    } as object),
  },
  telemetry: false,
  // Field errors reach the admin's fields in the production build too (see the hook).
  // Bad input stays a clear 4xx: a value PostgreSQL refuses is the client's 400, not a 500, and
  // a 4xx keeps its message in the production build (lib/http/api-error-answers.ts).
  hooks: { afterError: [keepFieldErrorsInAnswers, answerBadInputAs400, keepClientErrorMessages] },
  // In this order: each adds its hooks before or after those already there.
  plugins: [
    claimsGuard({ collections: ['episodes', 'glossary-terms', 'series', 'therapy-categories', 'pages'] }),
    cacheRevalidation(staleAfterChange),
    // Who saved last: the dashboard's desk lists each editor's own drafts from it.
    lastEditedBy({ collections: ['episodes', 'pages'] }),
    draftsForEditorsOnly,
    mediaFollowsPublication,
    // The local disk, or the S3_* bucket (docs/object-storage.md).
    mediaStorage(env.objectStorage),
    graphqlRespectsDocumentLocks,
    // Page, limit (capped for anonymous readers), depth, locale and ids checked before Payload
    // queries with them.
    refuseBadQueryParameters,
    readReplicasForReaders,
    // Last, so that it sees every collection and global, those plugins add included.
    consultationStaffSeeInquiriesOnly,
  ],
})

// Not a plugin: it changes Payload's own `schedulePublish` task, which Payload adds to the config
// after the plugins have run.
export default config.then(withLocaleAwareScheduledUnpublish)
