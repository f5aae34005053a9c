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
import { Media } from './collections/Media'
import { Series } from './collections/Series'
import { TherapyCategories } from './collections/TherapyCategories'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { keepFieldErrorsInAnswers } from './lib/payload/validation-error'
import { refusingDestructiveMigrationsInProduction } from './lib/database/destructive-migrations'
import { columnEmailAdapter } from './lib/email/email-adapter'
import { graphqlRespectsDocumentLocks } from './plugins/graphql-document-locks'
import { draftsForEditorsOnly } from './plugins/drafts-for-editors-only'
import { mediaFollowsPublication } from './plugins/media-follows-publication'
import { refuseBadQueryParameters } from './plugins/refuse-bad-query-parameters'
import { answerBadInputAs400, keepClientErrorMessages } from './lib/http/api-error-answers'
import { adminTranslations } from './lib/i18n/admin-translations'
import { withLocaleAwareScheduledUnpublish } from './plugins/locale-aware-scheduled-unpublish'
import { multipartLimits } from './lib/media/file-types'
import { env } from './lib/env'
import { defaultLocale, localeLabels, locales } from './lib/i18n/locales'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const config = buildConfig({
  serverURL: env.SITE_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – the column' },
    // Payload's own avatar: Gravatar would send a hash of each editor's e-mail to a third party,
    // and shows a broken image where there is no internet.
    avatar: 'default',
    components: {
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
  collections: [Episodes, Series, TherapyCategories, Authors, Media, GlossaryTerms, Disclaimers, Users],
  // SMTP when SMTP_URL is set, otherwise the server's log (lib/email/).
  email: columnEmailAdapter(env),
  globals: [SiteSettings],
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
  db: refusingDestructiveMigrationsInProduction(postgresAdapter({
    // A bounded wait, so that a page whose database is down falls back instead of hanging.
    pool: { connectionString: env.DATABASE_URL, connectionTimeoutMillis: 5000 },
    // Schema changes go through committed migrations only: push would prompt and hang CI,
    // and a database shaped by push cannot be reproduced from the repository.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }), { production: env.NODE_ENV === 'production' }),
  jobs: {
    // Scheduled publish and unpublish are jobs; the app process runs due ones every minute
    // (JOBS_AUTORUN_CRON), so no external cron is needed.
    autoRun: [{ cron: env.jobsAutoRunCron, queue: 'default', limit: 20 }],
    shouldAutoRun: () => env.jobsAutoRun,
  },
  sharp,
  // Multipart bodies (uploads): see lib/media/file-types.ts for the limits and why files are cut, not refused, here.
  upload: multipartLimits,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  logger: { options: { level: env.LOG_LEVEL } },
  // A mistyped password or a refused disclaimer change is routine, not an incident. Payload types
  // the keys as its own error names; it looks up any error's name at run time.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', NotFound: 'info', ...({ SiteDisclaimerRuleError: 'info', ClaimsRefusedError: 'info', FirstUserByCommandLineError: 'info', PasswordResetUnavailableError: 'info', TooManyRequestsError: 'info', PublishedOnlyLocaleError: 'info', UploadRefusedError: 'info' } as object) },
  telemetry: false,
  // Field errors reach the admin's fields in the production build too (see the hook).
  // Bad input stays a clear 4xx: a value PostgreSQL refuses is the client's 400, not a 500, and
  // a 4xx keeps its message in the production build (lib/http/api-error-answers.ts).
  hooks: { afterError: [keepFieldErrorsInAnswers, answerBadInputAs400, keepClientErrorMessages] },
  // refuseBadQueryParameters: page, limit (capped for anonymous readers), depth, locale and ids
  // checked before Payload queries with them.
  plugins: [draftsForEditorsOnly, mediaFollowsPublication, graphqlRespectsDocumentLocks, refuseBadQueryParameters],
})

export default config.then(withLocaleAwareScheduledUnpublish)
